package meta

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/gen"
	"baocao/vntext"
)

// hasFoldPrefixOld is hasFoldPrefix before it rejected lines by their
// first byte: the reference of TestHasFoldPrefixRef.
func hasFoldPrefixOld(s string, prefixes ...string) bool {
	n := 0
	for _, p := range prefixes {
		n = max(n, len(p))
	}
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(s) && len(b) < n; {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := vntext.DecodeLatin(s, i)
		i += size
		b = append(b, vntext.FoldRune(r)...)
	}
	for _, p := range prefixes {
		if len(b) >= len(p) && string(b[:len(p)]) == p {
			return true
		}
	}
	return false
}

// foldPrefixLists are the prefix lists Read passes hasFoldPrefix, and a
// few more with empty and non-ASCII prefixes.
var foldPrefixLists = [][]string{bodyOpeners, mottos, {"v/v", "ve viec"}, {"v/v"}, {""}, {"", "x"}, {"đ", "dat"}, {"1."}}

// TestHasFoldPrefixRef compares hasFoldPrefix with hasFoldPrefixOld on
// every line of generated reports and on random strings.
func TestHasFoldPrefixRef(t *testing.T) {
	var lines []string
	for seed := range uint64(10) {
		for _, s := range gen.Texts(30, seed+1) {
			lines = append(lines, strings.Split(s, "\n")...)
		}
	}
	rng := rand.New(rand.NewPCG(1, 1))
	toks := []string{"Căn cứ", "can", "KINH", "Kính gửi", "V/v", "về việc", "Độc lập", " ", "I.", "1", "\u0301", "\xff", "Ủy", "a", "Z"}
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(toks[rng.IntN(len(toks))])
		}
		lines = append(lines, b.String())
	}
	for _, l := range lines {
		for _, ps := range foldPrefixLists {
			if got, want := hasFoldPrefix(l, ps...), hasFoldPrefixOld(l, ps...); got != want {
				t.Fatalf("hasFoldPrefix(%q, %q) = %v, want %v", l, ps, got, want)
			}
		}
	}
}

// TestNumberCutRef compares numberCut with strings.IndexFunc over
// numberRune, as parseNumber cut a number before, on random strings.
func TestNumberCutRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	toks := []string{"17", "/", "BC", "-", "UBND", " ", "\t", "Lạng", "Sơn", ",", "–", "—", "&", ".", "\u0301", "\xff", "Đ", "(", "\u00a0", "ſ", "\u2003", "中", ":"}
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(toks[rng.IntN(len(toks))])
		}
		s := b.String()
		if got, want := numberCut(s), strings.IndexFunc(s, func(r rune) bool { return !numberRune(r) }); got != want {
			t.Fatalf("numberCut(%q) = %d, want %d", s, got, want)
		}
	}
}
