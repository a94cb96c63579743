package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in lower case with every diacritic removed and đ as d:
// "Lao Động" → "lao dong", "hoà" and "hòa" → "hoa". The index stores this
// form beside the exact one so a query typed without diacritics finds the
// text; stored text is never folded. A text already in lower-case ASCII is
// returned as is. Fold is safe for concurrent use.
func Fold(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+8)
	copy(b, s[:i])
	return string(AppendFold(b, s[i:]))
}

// AppendFold appends Fold(s) to b, for callers that fold many short
// phrases into one buffer.
func AppendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := DecodeLatin(s, i)
		i += n
		b = append(b, FoldRune(r)...)
	}
	return b
}

// FoldRune returns the folded form of one rune: usually one letter, empty
// for a lone combining mark.
func FoldRune(r rune) string {
	switch {
	case r < 0x370:
		return foldTable[0][r]
	case 0x1E00 <= r && r < 0x1F00:
		return foldTable[1][r-0x1E00]
	}
	return slowFoldRune(r)
}

// foldTable holds the fold of every rune below U+0370 (Latin letters with
// diacritics, combining marks) and of Latin Extended Additional (ạ, ế, ỹ):
// all a Vietnamese text holds beyond ASCII, so folding is a table lookup a
// letter rather than an NFD decomposition.
var foldTable = func() (t [2][]string) {
	t[0] = make([]string, 0x370)
	for r := range t[0] {
		t[0][r] = slowFoldRune(rune(r))
	}
	t[1] = make([]string, 0x100)
	for r := range t[1] {
		t[1][r] = slowFoldRune(rune(0x1E00 + r))
	}
	return t
}()

// slowFoldRune folds one rune through NFD.
func slowFoldRune(r rune) string {
	switch r {
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d"
	}
	if r < utf8.RuneSelf {
		return strings.ToLower(string(r))
	}
	if unicode.Is(unicode.Mn, r) {
		return ""
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Bytes(buf[:utf8.EncodeRune(buf[:], r)])
	var b strings.Builder
	for len(d) > 0 {
		c, n := utf8.DecodeRune(d)
		d = d[n:]
		if !unicode.Is(unicode.Mn, c) {
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

// DecodeLatin is utf8.DecodeRuneInString(s[i:]), decoding inline the two-
// and three-byte letters of Vietnamese (U+0080–U+07FF, U+1000–U+1FFF),
// which are most of what is not ASCII.
func DecodeLatin(s string, i int) (rune, int) {
	c := s[i]
	if 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	if c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}
