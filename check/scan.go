package check

import (
	"unicode/utf8"

	"baocao/vntext"
)

// The rules ask small questions of the text around every figure: the last
// rune before it, the text with a few ASCII bytes trimmed. The general
// functions cost more than the answers here: utf8.DecodeLastRuneInString
// is not inlined and strings.TrimRight builds a byte set on every call
// with a cutset of more than one byte.

// lastLower is vntext.LowerRune of the last rune of s, utf8.RuneError for
// an empty s or an invalid end, as utf8.DecodeLastRuneInString reads it.
// Vietnamese letters are ASCII, two bytes, or three starting E1: those
// are decoded here.
func lastLower(s string) rune {
	n := len(s)
	if n == 0 {
		return utf8.RuneError
	}
	if c := s[n-1]; c < utf8.RuneSelf {
		return vntext.LowerRune(rune(c))
	}
	if c := s[n-1]; c&0xC0 == 0x80 && n >= 2 {
		if b := s[n-2]; b >= 0xC2 && b < 0xE0 {
			return vntext.LowerRune(rune(b&0x1F)<<6 | rune(c&0x3F))
		}
		if n >= 3 && s[n-3] == 0xE1 && s[n-2]&0xC0 == 0x80 {
			return vntext.LowerRune(0x1000 | rune(s[n-2]&0x3F)<<6 | rune(c&0x3F))
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return vntext.LowerRune(r)
}

// runeBefore is lastRuneBefore(i): the last rune of the word before
// ns[i], lower cased.
func (d *doc) runeBefore(i int) rune {
	e := d.ns[i].QStart
	for e > 0 && isWordSep[d.text[e-1]] {
		e--
	}
	return lastLower(d.text[:e])
}

// trimRightOf is strings.TrimRight(s, set) for an ASCII set.
func trimRightOf(s, set string) string {
	for len(s) > 0 && inSet(s[len(s)-1], set) {
		s = s[:len(s)-1]
	}
	return s
}

// trimLeftOf is strings.TrimLeft(s, set) for an ASCII set.
func trimLeftOf(s, set string) string {
	for len(s) > 0 && inSet(s[0], set) {
		s = s[1:]
	}
	return s
}

func inSet(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// isSpaceRune is unicode.IsSpace, which searches a table for every rune
// beyond Latin-1: the letters of Vietnamese words are such runes, and the
// rules ask it of the runes at the ends of figures and words. The runes
// are the White_Space property's, as unicode.IsSpace's table lists them.
func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	switch {
	case r == 0x85, r == 0xA0, r == 0x1680, 0x2000 <= r && r <= 0x200A,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// trimSpace is strings.TrimSpace, asking isSpaceRune of the runes beyond
// ASCII at its ends (a figure written with its unit ends in a letter).
func trimSpace(s string) string {
	start := 0
	for start < len(s) {
		if c := s[start]; c < utf8.RuneSelf {
			if !isSpaceRune(rune(c)) {
				break
			}
			start++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[start:])
		if !isSpaceRune(r) {
			break
		}
		start += n
	}
	end := len(s)
	for end > start {
		if c := s[end-1]; c < utf8.RuneSelf {
			if !isSpaceRune(rune(c)) {
				break
			}
			end--
			continue
		}
		n := spaceRuneEnd(s[start:end])
		if n == 0 {
			break
		}
		end -= n
	}
	return s[start:end]
}

// spaceRuneEnd is the length of the rune utf8.DecodeLastRuneInString
// finds at the end of s when isSpaceRune holds for it, else 0, for an s
// ending in a byte beyond ASCII. The White_Space runes beyond ASCII are
// C2 85, C2 A0, E1 9A 80, E2 80 80-8A, E2 80 A8/A9/AF, E2 81 9F and
// E3 80 80: the bytes are compared, where decoding the letter a word
// ends with would cost more.
func spaceRuneEnd(s string) int {
	n := len(s)
	if n < 2 {
		return 0
	}
	c, b := s[n-1], s[n-2]
	if b == 0xC2 {
		if c == 0x85 || c == 0xA0 {
			return 2
		}
		return 0
	}
	if n < 3 {
		return 0
	}
	switch a := s[n-3]; {
	case a == 0xE1 && b == 0x9A && c == 0x80,
		a == 0xE2 && b == 0x80 && (c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF),
		a == 0xE2 && b == 0x81 && c == 0x9F,
		a == 0xE3 && b == 0x80 && c == 0x80:
		return 3
	}
	return 0
}
