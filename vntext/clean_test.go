package vntext

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestStableRunes checks the fast path's table rune by rune against the
// general path: wherever a stable rune stands (after a letter, a vowel
// that could take a mark, another stable rune, at either end), Clean's
// general path leaves the text unchanged; and every rune outside the
// table that the general path would keep is still correctly rejected,
// so the fast path never claims a change-free text that is not.
func TestStableRunes(t *testing.T) {
	tab := stableTable()
	var stable []rune
	for r := rune(0x80); r < stableLimit; r++ {
		in := tab[r>>6]&(1<<(r&63)) != 0
		s := string(r)
		if r >= 0xd800 && r < 0xe000 {
			s = "\uFFFD"
		}
		for _, ctx := range []string{"%", "a%", "%a", "e%b", "ơ%", "%ư", "A%\u0301", "Ð%"} {
			x := strings.ReplaceAll(ctx, "%", s)
			if isClean(x) && clean(x) != x {
				t.Fatalf("isClean(%q) = true, but clean gives %q", x, clean(x))
			}
		}
		if in {
			stable = append(stable, r)
		}
	}
	if len(stable) < 1000 {
		t.Fatalf("only %d stable runes; the table is broken", len(stable))
	}
	for _, r := range []rune{'à', 'ệ', 'Ư', 'đ', 'Đ', '–', '“', '…', '€', '№'} {
		if tab[r>>6]&(1<<(r&63)) == 0 {
			t.Errorf("rune %q (U+%04X) is not in the stable table", r, r)
		}
	}
	for _, r := range []rune{0xa0, 0xad, 'Ð', 'ð', 0x85, 0x200b, 0x2003, 0x301, 0x323, 0x2126, 0x212b, 0x340} {
		if r < stableLimit && tab[r>>6]&(1<<(r&63)) != 0 {
			t.Errorf("rune U+%04X is in the stable table", r)
		}
	}
	// random texts of stable runes, ASCII and the odd rejected rune
	rnd := rand.New(rand.NewPCG(1, 2))
	odd := []rune{'\r', 0x301, 0x302, 0xa0, 0x200b, 'Ð', 0x7f, 0x1, 0x2126, 0x4e00, utf8.RuneError}
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(12) {
			switch k := rnd.IntN(10); {
			case k < 4:
				b.WriteByte(byte(' ' + rnd.IntN(95)))
			case k < 9:
				b.WriteRune(stable[rnd.IntN(len(stable))])
			default:
				b.WriteRune(odd[rnd.IntN(len(odd))])
			}
		}
		if rnd.IntN(20) == 0 {
			b.WriteByte(0xff) // invalid UTF-8
		}
		x := b.String()
		if got, want := Clean(x), clean(x); got != want {
			t.Fatalf("Clean(%q) = %q, general path %q", x, got, want)
		}
	}
}

// TestCleanFastPathOnSeeds checks Clean against its general path on the
// shared real reports, line by line and whole.
func TestCleanFastPathOnSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("no shared seeds")
	}
	fast := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, x := range append(strings.Split(s, "\n"), s) {
			if got, want := Clean(x), clean(x); got != want {
				t.Fatalf("%s: Clean(%.60q...) differs from the general path", f, x)
			}
			if isClean(x) {
				fast++
			}
		}
	}
	if fast == 0 {
		t.Error("the fast path never applied to the seeds")
	}
}

// isCleanRef is isClean decoding every rune with DecodeLatin, as it did
// before it decoded Vietnamese letters inline.
func isCleanRef(s string) bool {
	tab := stableTable()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiDirty[c] {
				return false
			}
			i++
			continue
		}
		r, n := DecodeLatin(s, i)
		if r >= stableLimit || tab[r>>6]&(1<<(r&63)) == 0 {
			return false
		}
		i += n
	}
	return true
}

// cleanTokens are the pieces TestIsCleanRef builds texts of: Vietnamese
// letters whole and cut short, controls, and runes outside the table.
var cleanTokens = []string{"a", " ", "\n", "\t", "\r", "\x00", "\x7f", "à", "ệ", "Ư", "đ", "Ð", "\u00a0", "\u00ad",
	"\u0301", "–", "€", "\u200b", "中", "😀", "\xe1", "\xe1\xbb", "\xc3", "\xff", "\xe1\x80\x80", "\xed\xa0\x80"}

// TestIsCleanRef compares isClean with isCleanRef on random texts.
func TestIsCleanRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var b strings.Builder
	for range 200000 {
		b.Reset()
		for range rng.IntN(8) {
			b.WriteString(cleanTokens[rng.IntN(len(cleanTokens))])
		}
		if s := b.String(); isClean(s) != isCleanRef(s) {
			t.Fatalf("isClean(%q) = %v, want %v", s, isClean(s), isCleanRef(s))
		}
	}
}
