package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"baocao"
)

// FuzzRead runs the in-process path (library in a goroutine, recover,
// deadline) on arbitrary bytes: no panic may escape, failures carry a
// documented sentinel, and text is valid UTF-8 on pages that exist.
func FuzzRead(f *testing.F) {
	for _, tt := range readTests {
		f.Add(tt.pdf.bytes())
	}
	bad, _ := filepath.Glob(filepath.Join("testdata", "bad-*.pdf"))
	for _, in := range bad {
		if data, err := os.ReadFile(in); err == nil {
			f.Add(data)
		}
	}
	r := &Reader{Pdftotext: "-", Timeout: 2 * time.Second, MaxPages: 50}
	sentinels := []error{baocao.ErrCorrupt, baocao.ErrEmpty, baocao.ErrEncrypted, baocao.ErrTimeout, baocao.ErrTooLarge}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := r.Read(context.Background(), baocao.Source{Name: "f.pdf", Data: data})
		if err != nil {
			for _, s := range sentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("Read: undocumented error %v", err)
		}
		for _, b := range c.Blocks {
			if !utf8.ValidString(b.Text) || !utf8.ValidString(b.Font) || b.Raw != nil {
				t.Fatalf("Read: block %q font %q is not valid UTF-8 text", b.Text, b.Font)
			}
			if b.Page < 1 || b.Page > c.Pages {
				t.Fatalf("Read: block on page %d of %d", b.Page, c.Pages)
			}
		}
	})
}
