package store

import (
	"fmt"
	"sync"

	"baocao"

	"github.com/klauspost/compress/s2"
)

// The small values written for every document (its records, checks and
// metadata: JSON, some kilobytes) are compressed with S2, klauspost's
// extension of Snappy, not deflate. On the values of a 20,000-report store
// deflate level 1 kept 21.3% of the records' bytes at 64 MB/s, S2 27.3% at
// 774 MB/s; checks 31.1% at 89 MB/s against 39.4% at 394 MB/s; metadata
// 71.7% at 20 MB/s against 86.4% at 338 MB/s. In a 5,000-report import,
// store.Prepare took 1.33 s of CPU instead of 1.82 s, for a file 42 MB
// instead of 38. Texts are S2 blocks too (text.go).

// maxSnappyLen bounds the decoded length a stored value may claim, so a
// corrupt length cannot make a read allocate without limit.
const maxSnappyLen = 256 << 20

// appendSnappy appends the S2 block of src to dst when that saves at least
// an eighth of src, and reports whether it did.
func appendSnappy(dst, src []byte) ([]byte, bool) {
	n := len(dst)
	need := n + s2.MaxEncodedLen(len(src))
	if cap(dst) < need {
		dst = append(dst[:cap(dst)], make([]byte, need-cap(dst))...)
	}
	enc := s2.Encode(dst[n:need], src)
	if len(enc) > len(src)-len(src)/8 {
		return dst[:n], false
	}
	return dst[:n+len(enc)], true
}

// snappyBufs are decode buffers: Text decodes the metadata of every hit of a
// search page.
var snappyBufs = sync.Pool{New: func() any { return new([]byte) }}

// unsnappy decodes the S2 block p into a pooled buffer and passes it to
// use; the buffer is only valid during use.
func unsnappy(p []byte, use func([]byte) error) error {
	out, release, err := unsnappyPooled(p)
	if err != nil {
		return err
	}
	defer release()
	return use(out)
}

// unsnappyPooled decodes the S2 block p into a pooled buffer, valid until
// the caller calls release.
func unsnappyPooled(p []byte) (out []byte, release func(), err error) {
	n, err := s2.DecodedLen(p)
	if err != nil || n > maxSnappyLen {
		return nil, nil, fmt.Errorf("s2: bad length: %w", baocao.ErrCorrupt)
	}
	bp := snappyBufs.Get().(*[]byte)
	release = func() {
		if cap(*bp) <= maxPooledOut {
			snappyBufs.Put(bp)
		}
	}
	if cap(*bp) < n {
		*bp = make([]byte, n)
	}
	if out, err = s2.Decode((*bp)[:n], p); err != nil {
		release()
		return nil, nil, fmt.Errorf("s2: %v: %w", err, baocao.ErrCorrupt)
	}
	return out, release, nil
}
