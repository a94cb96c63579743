package extract

import (
	"baocao/vntext"
	"strings"
	"testing"
)

// lowerTests hold upper case, invalid bytes and runes whose lower case is
// shorter or longer in bytes, where lower must still agree with
// strings.ToLower.
var lowerTests = []string{
	"", "abc", "ABC", "Giải quyết", "ĐẠT KẾT QUẢ", "\xff\xfeA", "a\xe1\xba", "\uFFFDA",
	"İK\u212aȺ", "Ⱥb", "Ω", "lao động, đạt 73,95% kế hoạch năm 2021 (KH: 38.000 người",
}

func TestLowerText(t *testing.T) {
	for _, s := range []string{"Giải quyết việc làm: 38.000 người", "ĐẠT 73,95%", "abc"} {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLower(f *testing.F) {
	for _, s := range lowerTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := vntext.Lower(s), strings.ToLower(s); got != want {
			t.Errorf("vntext.Lower(%q) = %q, want %q", s, got, want)
		}
		if got := lowerText(s); got != "" && got != strings.ToLower(s) {
			t.Errorf("lowerText(%q) = %q", s, got)
		}
		w := s[:min(len(s), 40)]
		lw := strings.ToLower(w)
		if len(lw) != len(w) { // matchWord then compares as written
			lw = w
		}
		if got := lowerWindow(w); !strings.HasPrefix(lw, got) || len(got) < min(len(lw), maxWordLen) {
			t.Errorf("lowerWindow(%q) = %q, want a prefix of %q as long as any word", w, got, lw)
		}
	})
}

// TestLowerTextRunes checks every rune below U+2000 (the ones lowerText
// reads without the general decoder) inside a word and at the text's end.
func TestLowerTextRunes(t *testing.T) {
	for r := rune(0x80); r < 0x2000; r++ {
		for _, s := range []string{"abcdefg" + string(r) + "xyzxyzxyz", "ab" + string(r)} {
			want := strings.ToLower(s)
			if len(want) != len(s) {
				want = "" // lower casing changes the length
			}
			if got := lowerText(s); got != want {
				t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
