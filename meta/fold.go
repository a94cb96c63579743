package meta

import (
	"unicode/utf8"

	"baocao/vntext"
)

// foldTable holds vntext.Fold of every rune below 0x370 (Latin letters
// with diacritics, combining marks) and of Latin Extended Additional
// (ạ, ế, ỹ, ...): all a Vietnamese text holds beyond ASCII. vntext.Fold
// normalises each letter through NFD; Read folds every header cell and
// word, so a table lookup a letter is most of its speed.
var foldTable = func() (t [2][]string) {
	t[0] = make([]string, 0x370)
	for r := range t[0] {
		t[0][r] = vntext.Fold(string(rune(r)))
	}
	t[1] = make([]string, 0x100)
	for r := range t[1] {
		t[1][r] = vntext.Fold(string(rune(0x1E00 + r)))
	}
	return t
}()

// fold is vntext.Fold, equal to it on every input. A text already in
// lower-case ASCII is returned as is.
func fold(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+8)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := decodeLatin(s, i)
		i += n
		b = append(b, foldRune(r)...)
	}
	return string(b)
}

// foldRune is vntext.Fold of one rune.
func foldRune(r rune) string {
	switch {
	case r < 0x370:
		return foldTable[0][r]
	case 0x1E00 <= r && r < 0x1F00:
		return foldTable[1][r-0x1E00]
	}
	return vntext.Fold(string(r))
}

// hasFoldPrefix reports whether fold(s) starts with one of prefixes,
// folding no more of s than the longest prefix needs: header tests read
// only how a line starts.
func hasFoldPrefix(s string, prefixes ...string) bool {
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
		r, size := decodeLatin(s, i)
		i += size
		b = append(b, foldRune(r)...)
	}
	for _, p := range prefixes {
		if len(b) >= len(p) && string(b[:len(p)]) == p {
			return true
		}
	}
	return false
}

// decodeLatin is utf8.DecodeRuneInString(s[i:]), decoding inline the two-
// and three-byte letters of Vietnamese (U+0080-U+07FF, U+1000-U+1FFF), which
// are most of what is not ASCII.
func decodeLatin(s string, i int) (rune, int) {
	c := s[i]
	if 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	if c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}
