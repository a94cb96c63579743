package doc

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"baocao"
)

// sentinels are the errors Read may return; anything else is a bug.
var sentinels = []error{baocao.ErrCorrupt, baocao.ErrEncrypted, baocao.ErrUnsupported, context.Canceled}

// FuzzRead feeds damaged documents to the reader: it must not panic, must
// return valid UTF-8, and must fail only with a shared sentinel error.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.doc"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, name := range []string{"2006-Mau-MD-3M-CP.doc", "2004-B6.doc"} {
		if b, err := os.ReadFile(filepath.Join(corpus, "files", name)); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: "f.doc", Data: data})
		if err != nil {
			for _, s := range sentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("Read = %v, want an error wrapping a baocao sentinel", err)
		}
		for _, b := range c.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("block %q is not valid UTF-8", b.Text)
			}
		}
	})
}

// BenchmarkRead measures the reader on the largest real document.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpus, "files", "2004-duanLD9820.doc"))
	if err != nil {
		b.Skip("corpus absent")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := new(Reader).Read(context.Background(), baocao.Source{Name: "x.doc", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
