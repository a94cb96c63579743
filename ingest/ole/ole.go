package ole

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/richardlehane/mscfb"

	"baocao"
)

// Magic is the signature every compound file starts with.
var Magic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// ErrNoStream is returned by Stream when the file has no such stream.
var ErrNoStream = errors.New("ole: no such stream")

// File is an opened compound file. Streams are read on demand; a File is
// not safe for concurrent use.
type File struct {
	data    []byte
	entries map[string]*mscfb.File
}

// Open parses the directory of the compound file held in data. It returns
// an error wrapping baocao.ErrCorrupt when data is not a readable compound
// file.
func Open(data []byte) (f *File, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("ole: malformed compound file: %v: %w", p, baocao.ErrCorrupt)
		}
	}()
	if !bytes.HasPrefix(data, Magic) {
		return nil, fmt.Errorf("ole: not a compound file: %w", baocao.ErrCorrupt)
	}
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("ole: %v: %w", err, baocao.ErrCorrupt)
	}
	f = &File{data: data, entries: map[string]*mscfb.File{}}
	for _, e := range r.File {
		// Only top-level streams matter to the readers; embedded objects
		// (ObjectPool/..., _VBA_PROJECT...) live in sub-storages.
		if len(e.Path) > 0 || e.Size <= 0 || e.FileInfo().IsDir() {
			continue
		}
		if _, dup := f.entries[e.Name]; !dup {
			f.entries[e.Name] = e
		}
	}
	return f, nil
}

// Has reports whether the file has a top-level stream called name.
func (f *File) Has(name string) bool {
	_, ok := f.entries[name]
	return ok
}

// Stream returns the whole content of the top-level stream called name.
// A stream cannot be larger than the file holding it, so a size claiming
// more is refused before anything is allocated.
func (f *File) Stream(name string) (b []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("ole: stream %s: %v: %w", name, p, baocao.ErrCorrupt)
		}
	}()
	e, ok := f.entries[name]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoStream, name)
	}
	if e.Size > int64(len(f.data)) {
		return nil, fmt.Errorf("ole: stream %s claims %d bytes in a %d-byte file: %w", name, e.Size, len(f.data), baocao.ErrCorrupt)
	}
	if _, err := e.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("ole: stream %s: %v: %w", name, err, baocao.ErrCorrupt)
	}
	b = make([]byte, e.Size)
	n, err := io.ReadFull(e, b)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("ole: stream %s: %v: %w", name, err, baocao.ErrCorrupt)
	}
	return b[:n], nil
}

// Names lists the top-level streams in name order, for diagnostics.
func (f *File) Names() []string {
	out := make([]string, 0, len(f.entries))
	for n := range f.entries {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
