package refs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/vntext"
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
		checkTypeRightBefore(t, text)
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

// typeRightBeforeRef is typeRightBefore before it stopped at clause cuts.
func typeRightBeforeRef(text string, i int) bool {
	before := text[max(0, i-160):i]
	for len(before) > 0 && !utf8.RuneStart(before[0]) {
		before = before[1:]
	}
	start, end := lastWord(before)
	if w := before[start:end]; strings.HasSuffix(w, "số") || strings.HasSuffix(w, "Số") || strings.HasSuffix(w, "SỐ") {
		if at := soAt(before); at >= 0 {
			before = before[:at]
			start, end = lastWord(before)
		}
	}
	if start == end {
		return false
	}
	var buf [64]byte
	w := vntext.AppendFold(buf[:0], before[start:end])
	for _, c := range w {
		if c >= utf8.RuneSelf {
			return typeEnds[string(w)] || typeCodes[strings.ToUpper(string(w))] != ""
		}
	}
	return typeEndOrCode[string(w)]
}

// checkTypeRightBefore holds typeRightBefore to the reference at every
// digit of text: where only the reference says yes, the type search of
// numbered finds no type, so a bare number is rejected either way.
func checkTypeRightBefore(t *testing.T, text string) {
	t.Helper()
	for i := 0; i < len(text); i++ {
		if !isDigit(rune(text[i])) {
			continue
		}
		got, want := typeRightBefore(text, i), typeRightBeforeRef(text, i)
		if got == want {
			continue
		}
		if got {
			t.Fatalf("typeRightBefore(%q, %d) = true, reference false", text, i)
		}
		before := text[max(0, i-160):i]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
		base, so := i-len(before), false
		if at := soAt(before); at >= 0 {
			before, so = before[:at], true
		}
		if typ, _, _, _ := typeBefore(text, before, base, so); typ != "" {
			t.Fatalf("typeRightBefore(%q, %d) = false, but typeBefore finds %q", text, i, typ)
		}
	}
}
