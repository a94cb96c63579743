package refs

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// The byte-level scans Find runs over the whole text or around every
// figure: reports are mostly letters, so these look at bytes, several at
// a time where they can, rather than decoding runes.

// nextDigit returns the index of the first ASCII digit of text at or after
// i, or len(text). Reports are mostly letters: eight bytes are tested at
// once, and the first digit among them is found from the mask of their
// digits, without a second loop.
func nextDigit(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8] // one bounds check, and the compiler loads b in one go
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if m := digitMask(w); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(text) && !isDigit(rune(text[i])) {
		i++
	}
	return i
}

// digitMask returns the high bit of each byte of w that is an ASCII digit.
// Each byte is tested on its low seven bits, to which the additions add
// at most 0x50: no carry crosses into the next byte, so the mask is exact
// byte by byte.
func digitMask(w uint64) uint64 {
	const low, highs = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	v := w & low
	ge0 := v + 0x5050505050505050 // high bit: v >= '0'
	gt9 := v + 0x4646464646464646 // high bit: v > '9'
	return ge0 &^ gt9 &^ w & highs
}

// hasClauseCut is strings.ContainsAny(s, clauseCuts) a byte at a time:
// the ASCII cuts are their own bytes, and the bytes of “ and ” are never
// read otherwise, their first byte being no continuation byte.
func hasClauseCut(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if asciiCut[c] {
				return true
			}
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D):
			return true
		}
	}
	return false
}

// asciiCut marks the ASCII clause cuts; asciiWord the ASCII letters and
// digits (isLetter or isDigit).
var asciiCut, asciiWord = func() (cut, word [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		cut[c] = strings.ContainsRune(clauseCuts, c)
		word[c] = isLetter(c) || isDigit(c)
	}
	return cut, word
}()
