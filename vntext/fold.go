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
// text; stored text is never folded. Fold is safe for concurrent use.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
			continue
		}
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// FoldRune returns the folded form of one rune (usually one letter, empty
// for a lone combining mark).
func foldRune(r rune) string {
	switch r {
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d"
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
