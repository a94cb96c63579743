package refs

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/gen"
)

// lastWordEndOld and lastWordStartOld are lastWordEnd and lastWordStart
// before their ASCII fast path: the references of TestWordEdgesRef.
func lastWordEndOld(s string) int {
	end := len(s)
	for end > 0 {
		c, n := utf8.DecodeLastRuneInString(s[:end])
		if isLetter(c) || isDigit(c) {
			break
		}
		end -= n
	}
	return end
}
func lastWordStartOld(s string, end int) int {
	start := end
	for start > 0 {
		c, n := utf8.DecodeLastRuneInString(s[:start])
		if !isLetter(c) && !isDigit(c) {
			break
		}
		start -= n
	}
	return start
}

// wordEdgeTokens are the pieces TestWordEdgesRef builds strings of.
var wordEdgeTokens = []string{"số", "Quyết", "định", "22", " ", ", ", ".", "“", "”", "\u201d", "\xe2\x80", "\x9c", "\xe2", "(", "\n",
	"a", "Z", "\u0301", "\xff", "–", "ı", "中", "_"}

// TestWordEdgesRef compares lastWordEnd, lastWordStart and hasClauseCut
// with their references on every prefix of generated reports before a
// digit and on random strings.
func TestWordEdgesRef(t *testing.T) {
	var ss []string
	for seed := range uint64(8) {
		for _, s := range gen.Texts(20, seed+1) {
			for i := range len(s) {
				if isDigit(rune(s[i])) {
					ss = append(ss, s[max(0, i-160):i])
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(9, 9))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(wordEdgeTokens[rng.IntN(len(wordEdgeTokens))])
		}
		ss = append(ss, b.String())
	}
	for _, s := range ss {
		e := lastWordEnd(s)
		if want := lastWordEndOld(s); e != want {
			t.Fatalf("lastWordEnd(%q) = %d, want %d", s, e, want)
		}
		if got, want := lastWordStart(s, e), lastWordStartOld(s, e); got != want {
			t.Fatalf("lastWordStart(%q, %d) = %d, want %d", s, e, got, want)
		}
		for k := 0; k <= len(s); k += 1 + k/4 {
			if got, want := hasClauseCut(s[k:]), strings.ContainsAny(s[k:], clauseCuts); got != want {
				t.Fatalf("hasClauseCut(%q) = %v, want %v", s[k:], got, want)
			}
		}
	}
}

// TestLawStartsRef compares lawStarts.find with the nearer of
// strings.Index of a pair's two forms, on generated reports and random
// strings of the forms' pieces.
func TestLawStartsRef(t *testing.T) {
	texts := gen.Texts(30, 7)
	rng := rand.New(rand.NewPCG(3, 3))
	pieces := []string{"Luật", "LUẬT", "Lu", "L", "Bộ luật", "BỘ LUẬT", "Bộ", "B", "Pháp lệnh", "PHÁP LỆNH", "Ph", "P", " ", "x", "\xe1"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		ls := &lawStarts{text: s}
		for f, p := range lawPairs {
			for i := 0; i <= len(s); i += 1 + i/3 {
				want := -1
				for _, form := range p {
					if k := strings.Index(s[i:], form); k >= 0 && (want < 0 || i+k < want) {
						want = i + k
					}
				}
				if got := ls.find(f, i); got != want {
					t.Fatalf("find(%q, %d, %d) = %d, want %d", s, f, i, got, want)
				}
			}
		}
	}
}
