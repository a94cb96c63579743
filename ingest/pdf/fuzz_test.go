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
// documented sentinel other than a timeout, text is valid UTF-8 on pages
// that exist, and there is one image figure per page, or none. Go's
// fuzzer minimizes each new input for up to a minute by default, and a
// read costs about 0.3 ms, so give -fuzzminimizetime 200x to fuzz rather
// than minimize.
func FuzzRead(f *testing.F) {
	for _, tt := range readTests {
		f.Add(tt.pdf.bytes())
	}
	f.Add(testPDF{pages: []string{"q /Form Do Q q /Small Do Q BI /W 1 /H 1 ID x EI"}, images: true}.bytes())
	bad, _ := filepath.Glob(filepath.Join("testdata", "bad-*.pdf"))
	if data, err := os.ReadFile(filepath.Join("testdata", "img-inline-gs.pdf")); err == nil {
		f.Add(data)
	}
	for _, in := range bad {
		if data, err := os.ReadFile(in); err == nil {
			f.Add(data)
		}
	}
	r := &Reader{Pdftotext: "-", Timeout: 2 * time.Second, MaxPages: 50}
	sentinels := []error{baocao.ErrCorrupt, baocao.ErrEmpty, baocao.ErrEncrypted, baocao.ErrTooLarge}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := r.Read(context.Background(), baocao.Source{Name: "f.pdf", Data: data})
		if errors.Is(err, baocao.ErrTimeout) {
			// A small input read for 2 s: the library loops, and its
			// goroutine would spin on after the deadline.
			t.Fatalf("Read: %v", err)
		}
		if err != nil {
			for _, s := range sentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("Read: undocumented error %v", err)
		}
		if len(c.ImagePixels) != 0 && len(c.ImagePixels) != c.Pages {
			t.Fatalf("Read: %d image figures for %d pages", len(c.ImagePixels), c.Pages)
		}
		for _, px := range c.ImagePixels {
			if px < -1 {
				t.Fatalf("Read: image figure %d", px)
			}
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
