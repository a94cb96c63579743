package extract

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

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
// "" otherwise. Vietnamese letters are two bytes (C2-DF and one more) or
// three starting E1 (U+1000-1FFF), decoded here without the general
// decoder: the text is read once per document, byte by byte.
func lowerText(t string) string {
	var b []byte // a copy of t made at the first capital, lowered in place
	put := func(i int, lr rune) {
		if b == nil {
			b = []byte(t)
		}
		utf8.EncodeRune(b[i:], lr) // as long as the rune it replaces
	}
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c < utf8.RuneSelf:
			if c-'A' < 26 {
				put(i, rune(c+'a'-'A'))
			}
			i++
			continue
		case c >= 0xC2 && c < 0xE0 && i+1 < len(t) && t[i+1]&0xC0 == 0x80:
			r := rune(c&0x1F)<<6 | rune(t[i+1]&0x3F)
			if lr := lowerKeep[r]; lr != r {
				if lr < 0 {
					return ""
				}
				put(i, lr)
			}
			i += 2
			continue
		case c == 0xE1 && i+2 < len(t) && t[i+1]&0xC0 == 0x80 && t[i+2]&0xC0 == 0x80:
			r := rune(c&0x0F)<<12 | rune(t[i+1]&0x3F)<<6 | rune(t[i+2]&0x3F)
			if lr := lowerKeep[r]; lr != r {
				if lr < 0 {
					return ""
				}
				put(i, lr)
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && n == 1 {
			return ""
		}
		lr := vntext.LowerRune(r)
		if r < rune(len(keepsLen)) && !keepsLen[r] || r >= rune(len(keepsLen)) && utf8.RuneLen(lr) != n {
			return "" // "İ", "Ω": lower casing changes the rune's length
		}
		if lr != r {
			put(i, lr)
		}
		i += n
	}
	if b == nil {
		return t
	}
	// b is written no more: it can be the string's bytes, as
	// strings.Builder hands out its buffer, without a second copy of
	// the document.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowerKeep is vntext.LowerRune for the runes below 0x2000, or -1 where
// lower casing changes a rune's length in bytes.
var lowerKeep = func() (tab [0x2000]rune) {
	for r := range rune(len(tab)) {
		tab[r] = vntext.LowerRune(r)
		if !keepsLen[r] {
			tab[r] = -1
		}
	}
	return tab
}()
