package rtf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"baocao"
)

// FuzzRead checks that no input makes Read panic, hang or produce invalid
// text, and that failures carry one of the documented sentinels.
func FuzzRead(f *testing.F) {
	for _, tt := range readTests {
		f.Add([]byte(tt.in))
	}
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	for _, in := range inputs {
		if data, err := os.ReadFile(in); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := (&Reader{MaxText: 1 << 20}).Read(context.Background(), baocao.Source{Name: "f.rtf", Data: data})
		if err != nil {
			if !errors.Is(err, baocao.ErrCorrupt) && !errors.Is(err, baocao.ErrEmpty) && !errors.Is(err, baocao.ErrTooLarge) {
				t.Fatalf("Read: undocumented error %v", err)
			}
			return
		}
		for _, bl := range c.Blocks {
			if bl.Raw != nil || !utf8.ValidString(bl.Text) || !utf8.ValidString(bl.Font) {
				t.Fatalf("Read: block %q font %q not valid UTF-8 text", bl.Text, bl.Font)
			}
			if bl.Break > baocao.BreakPage {
				t.Fatalf("Read: break %d out of range", bl.Break)
			}
		}
		if !utf8.ValidString(c.Title) {
			t.Fatalf("Read: title %q not valid UTF-8", c.Title)
		}
	})
}
