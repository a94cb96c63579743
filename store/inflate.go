package store

import (
	"bytes"
	"fmt"
	"io"
	"sync"

	"baocao"

	"github.com/klauspost/compress/flate"
)

// inflater decompresses stored values. A flate reader is some 40 kB of
// tables and window: allocating one per value read made up most of what a
// search results page allocated (Text for every hit), so they are pooled
// with the source reader and an output buffer.
type inflater struct {
	src bytes.Reader
	fr  io.ReadCloser
	out bytes.Buffer
}

// maxPooledOut bounds the output buffer an inflater keeps between uses, so
// one huge document does not stay resident in the pool.
const maxPooledOut = 1 << 20

var inflaters = sync.Pool{New: func() any { return new(inflater) }}

// inflate decompresses p into a pooled buffer and passes it to use; the
// buffer is only valid during use.
func inflate(p []byte, use func([]byte) error) error {
	in, out, err := inflatePooled(p)
	if err != nil {
		return err
	}
	defer in.release()
	return use(out)
}

// inflatePooled decompresses p into the buffer of a pooled inflater, valid
// until the caller releases it.
func inflatePooled(p []byte) (*inflater, []byte, error) {
	in := inflaters.Get().(*inflater)
	in.src.Reset(p)
	if in.fr == nil {
		in.fr = flate.NewReader(&in.src)
	} else if err := in.fr.(flate.Resetter).Reset(&in.src, nil); err != nil {
		in.release()
		return nil, nil, fmt.Errorf("inflate: %v: %w", err, baocao.ErrCorrupt)
	}
	in.out.Reset()
	if _, err := in.out.ReadFrom(in.fr); err != nil {
		in.release()
		return nil, nil, fmt.Errorf("inflate: %v: %w", err, baocao.ErrCorrupt)
	}
	return in, in.out.Bytes(), nil
}

func (in *inflater) release() {
	in.src.Reset(nil)
	if in.out.Cap() > maxPooledOut {
		in.out = bytes.Buffer{}
	}
	in.out.Reset()
	inflaters.Put(in)
}
