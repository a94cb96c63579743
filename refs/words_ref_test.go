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

// TestWordEdgesRef compares lastWordEnd, lastWordStart, endsSo and hasClauseCut
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
		for _, x := range []string{s, s + "số", s + "Số", s + "SỐ", s + "SỐ"[:4], s + "sô"} {
			if got, want := endsSo(x), strings.HasSuffix(x, "số") || strings.HasSuffix(x, "Số") || strings.HasSuffix(x, "SỐ"); got != want {
				t.Fatalf("endsSo(%q) = %v, want %v", x, got, want)
			}
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

// nextDigitOld is nextDigit before it found the digit from the mask: the
// reference of TestNextDigitRef.
func nextDigitOld(text string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8] // one bounds check, and the compiler loads b in one go
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		x := w ^ 0x30*ones // digits become bytes below 10
		if (x-10*ones)&^x&highs != 0 {
			break // some byte of x is below 10 (exact: 10 <= 128)
		}
	}
	for i < len(text) && !isDigit(rune(text[i])) {
		i++
	}
	return i
}

// TestNextDigitRef compares nextDigit with nextDigitOld from every offset
// of generated reports and of random bytes.
func TestNextDigitRef(t *testing.T) {
	texts := gen.Texts(20, 9)
	rng := rand.New(rand.NewPCG(4, 4))
	for range 5000 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			b[k] = byte(rng.IntN(256))
			if rng.IntN(4) == 0 {
				b[k] = byte('0' + rng.IntN(10))
			}
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := nextDigit(s, i), nextDigitOld(s, i); got != want {
				t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
	for c := range 256 {
		w := uint64(c) << 24
		if got, want := digitMask(w) != 0, '0' <= c && c <= '9'; got != want {
			t.Fatalf("digitMask(byte %#x) = %v, want %v", c, got, want)
		}
	}
}
