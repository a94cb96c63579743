package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
)

// Classes of the runes below 0x2000, for heading's count of capitals.
var (
	isLetterTab = runeTab(unicode.IsLetter)
	isUpperTab  = runeTab(unicode.IsUpper)
)

func runeTab(f func(rune) bool) (tab [0x2000]bool) {
	for r := range rune(len(tab)) {
		tab[r] = f(r)
	}
	return tab
}

// lowerText is vntext.Lower(t) when lower casing keeps every rune's length, so
// that vntext.Lower(t[i:j]) is lowerText(t)[i:j] for any rune boundaries i, j;
// "" otherwise.
func lowerText(t string) string {
	var b strings.Builder
	last := 0 // t[last:i] is unchanged and not yet written
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b.Len() == 0 {
					b.Grow(len(t))
				}
				b.WriteString(t[last:i])
				b.WriteByte(c + 'a' - 'A')
				last = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if (r == utf8.RuneError && n == 1) || r >= rune(len(keepsLen)) || !keepsLen[r] {
			return ""
		}
		if lr := vntext.LowerRune(r); lr != r {
			if b.Len() == 0 {
				b.Grow(len(t))
			}
			b.WriteString(t[last:i])
			b.WriteRune(lr)
			last = i + n
		}
		i += n
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	return b.String()
}
