package refs

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.text)
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "forms.input")); err == nil {
		f.Add(string(b))
	}
	f.Add("Quyết định số 1/QĐ-UBND ngày 31/2/2021 của \xff UBND tỉnh")
	f.Fuzz(func(t *testing.T, text string) {
		refs := Find(text)
		checkRefs(t, text, refs)
		for _, r := range refs {
			if utf8.ValidString(text) && (!utf8.ValidString(r.Text) || !utf8.ValidString(r.Number) || !utf8.ValidString(r.Name)) {
				t.Fatalf("Ref %+v: invalid UTF-8 from valid text", r)
			}
			if k := Key(r); k == "" {
				t.Fatalf("Key(%+v) is empty", r)
			}
		}
	})
}
