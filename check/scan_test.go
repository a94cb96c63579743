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

// spaceRuneEndRef is what trimSpace asked before spaceRuneEnd.
func spaceRuneEndRef(s string) int {
	r, n := utf8.DecodeLastRuneInString(s)
	if !isSpaceRune(r) {
		return 0
	}
	return n
}

// TestSpaceRuneEnd compares spaceRuneEnd with decoding for every rune
// after each of a few prefixes, and for every ending of up to three bytes
// beyond ASCII after them.
func TestSpaceRuneEnd(t *testing.T) {
	prefixes := []string{"", "a", "\xe2", "\xc2", "\xe1\x9a", "\xf0\xe2", "hộ"}
	for _, p := range prefixes {
		for r := rune(0x80); r <= 0x10FFFF; r++ {
			if s := p + string(r); spaceRuneEnd(s) != spaceRuneEndRef(s) {
				t.Fatalf("spaceRuneEnd(%q) = %d, want %d", s, spaceRuneEnd(s), spaceRuneEndRef(s))
			}
		}
		for x := 0; x < 1<<24; x += 13 { // three bytes, the last beyond ASCII: a sample
			s := p + string([]byte{byte(x >> 16), byte(x >> 8), byte(x) | 0x80})
			if spaceRuneEnd(s) != spaceRuneEndRef(s) {
				t.Fatalf("spaceRuneEnd(%q) = %d, want %d", s, spaceRuneEnd(s), spaceRuneEndRef(s))
			}
		}
	}
}
