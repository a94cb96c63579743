package check

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
)

var scanTests = []string{
	"", "a", "Z", "Đ", "đạt", "TỪ", "chiếm", "x\xff", "\xe1\xbb", "x\xbb\xab", "\xe1\xbb\xab", "ẞ", "\xc2", "Ω", "日本", "a €", "tổng: ", " *_x_* ",
	" 1.548 hộ ", "\u00a0120 người\u3000", "\t\v\f\r\n", "\u2000\u200a\u2028x\u2029\u202f\u205f", "\u0085hộ\u0085", "x \xff", "\xff ", " \xe2\x80", "\u1680",
}

// TestIsSpaceRune asks isSpaceRune and unicode.IsSpace of every rune.
func TestIsSpaceRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isSpaceRune(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpaceRune(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestTrimSpace(t *testing.T) {
	for _, s := range scanTests {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestLastLower(t *testing.T) {
	for _, s := range scanTests {
		r, _ := utf8.DecodeLastRuneInString(s)
		if got, want := lastLower(s), vntext.LowerRune(r); got != want {
			t.Errorf("lastLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTrimOf(t *testing.T) {
	for _, s := range scanTests {
		for _, set := range []string{" *_", " :", ",.;:)(*_", " "} {
			if got, want := trimRightOf(s, set), strings.TrimRight(s, set); got != want {
				t.Errorf("trimRightOf(%q, %q) = %q, want %q", s, set, got, want)
			}
			if got, want := trimLeftOf(s, set), strings.TrimLeft(s, set); got != want {
				t.Errorf("trimLeftOf(%q, %q) = %q, want %q", s, set, got, want)
			}
		}
	}
}

func FuzzLastLower(f *testing.F) {
	for _, s := range scanTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, _ := utf8.DecodeLastRuneInString(s)
		if got, want := lastLower(s), vntext.LowerRune(r); got != want {
			t.Errorf("lastLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimRightOf(s, " *_:"), strings.TrimRight(s, " *_:"); got != want {
			t.Errorf("trimRightOf(%q) = %q, want %q", s, got, want)
		}
	})
}
