package check

import (
	"slices"
	"strings"
	"testing"

	"baocao/extract"
	"baocao/vntext"
)

var isLowerTests = []struct{ s, word string }{
	{"Từ", "từ"}, {"TỪ", "từ"}, {"từ", "từ"}, {"tư", "từ"}, {"từx", "từ"}, {"t", "từ"}, {"", ""}, {"", "a"},
	{"ĐẠT", "đạt"}, {"a\xff", "a"}, {"K", "k"}, {"\u212a", "k"}, {"İ", "i"},
}

func TestIsLower(t *testing.T) {
	for _, tt := range isLowerTests {
		if strings.ContainsRune(tt.word, 0xFFFD) {
			continue // not a key word: isLower is not asked of it
		}
		if got, want := isLower(tt.s, tt.word), vntext.Lower(tt.s) == tt.word; got != want {
			t.Errorf("isLower(%q, %q) = %v, want %v", tt.s, tt.word, got, want)
		}
	}
}

// TestFieldsBefore holds fieldsBefore to wordsBefore on the texts of
// TestWordsBefore's fixtures and a few with odd separators.
func TestFieldsBefore(t *testing.T) {
	all := inputs(t)
	for i, s := range []string{
		"Số hộ nghèo GIẢM TỪ 3.351 hộ xuống còn 1.803 hộ, giảm được 1.548 hộ.",
		"a  b\t(c) *d* _e_: 12 người; Chiếm   Tỷ Lệ 5%",
		"một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba 7 hộ",
		"\xffx \xe1y: 5 hộ, ĐẠT 9%", "7 người",
	} {
		all[string(rune('a'+i))] = s
	}
	for name, text := range all {
		d := newDoc(text, extract.Numbers(text))
		for i := range d.ns {
			var f [3]string
			n := d.fieldsBefore(i, f[:])
			for k := 1; k <= 3; k++ {
				words := slices.Clone(f[:min(k, n)])
				for j := range words {
					words[j] = vntext.Lower(words[j])
				}
				slices.Reverse(words)
				if got, want := strings.Join(words, " "), d.wordsBefore(i, k); got != want {
					t.Errorf("%s: fieldsBefore(%d) joined for %d = %q, want %q", name, i, k, got, want)
				}
			}
		}
		d.release()
	}
}

func FuzzIsLower(f *testing.F) {
	for _, tt := range isLowerTests {
		f.Add(tt.s, tt.word)
	}
	f.Fuzz(func(t *testing.T, s, word string) {
		if word = vntext.Lower(word); strings.ContainsRune(word, 0xFFFD) {
			return
		}
		if got, want := isLower(s, word), vntext.Lower(s) == word; got != want {
			t.Errorf("isLower(%q, %q) = %v, want %v", s, word, got, want)
		}
	})
}

// TestTrongDoIn holds trongDoIn to indexFold on every span of short texts.
func TestTrongDoIn(t *testing.T) {
	for _, text := range []string{"trong đó", "Trong đó, trong đó: TRONG ĐÓ", "xtrong đóTrong đó", "trong đ", "a trong đó b", "ó trong đótrong đó", "rong đó"} {
		d := newDoc(text, nil)
		for from := 0; from <= len(text); from++ {
			for to := from; to <= len(text); to++ {
				want := indexFold(text[from:to], "trong đó")
				if want >= 0 {
					want += from
				}
				if got := d.trongDoIn(from, to); got != want {
					t.Errorf("trongDoIn(%q, %d, %d) = %d, want %d", text, from, to, got, want)
				}
			}
		}
		d.release()
	}
}
