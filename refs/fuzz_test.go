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
		checkBareFigures(t, text)
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

// checkBareFigures checks that numbered rejects every figure of text that
// bareFigure says it rejects, wherever Find could ask.
func checkBareFigures(t *testing.T, text string) {
	t.Helper()
	for i := 0; i < len(text); i++ {
		if isDigit(rune(text[i])) && (i == 0 || !continuesNumber(text[i-1])) && bareFigure(text, i) {
			if r, ok := numbered(text, i, nil); ok {
				t.Fatalf("bareFigure(%q, %d) = true, but numbered reads %+v", text, i, r)
			}
		}
	}
}
