package extract

import (
	"encoding/binary"
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
// "" otherwise.
func lowerText(t string) string {
	low, _ := lowerInto(nil, t)
	return low
}

// lowerInto is lowerText written into buf (grown as needed), which it
// returns for reuse: the string is buf's bytes, so it must not outlive the
// next write to buf. Vietnamese letters are two bytes (C2-DF and one
// more) or three starting E1 (U+1000-1FFF), decoded here without the
// general decoder; runs of ASCII are lowered eight bytes at a time.
func lowerInto(buf []byte, t string) (string, []byte) {
	b := append(buf[:0], t...)
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			if x&hiBits == 0 { // eight ASCII bytes: set 0x20 on those in A-Z
				ge := x + (0x80-'A')*loBits   // high bit set where byte >= 'A'
				gt := x + (0x80-'Z'-1)*loBits // high bit set where byte > 'Z'
				if m := ge &^ gt & hiBits; m != 0 {
					binary.LittleEndian.PutUint64(b[i:], x|m>>2)
				}
				i += 8
				continue
			}
		}
		c := b[i]
		switch {
		case c < utf8.RuneSelf:
			if c-'A' < 26 {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		case c >= 0xC2 && c < 0xE0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80:
			r := rune(c&0x1F)<<6 | rune(b[i+1]&0x3F)
			if lr := lowerKeep[r]; lr != r {
				if lr < 0 {
					return "", b
				}
				utf8.EncodeRune(b[i:], lr) // as long as the rune it replaces
			}
			i += 2
			continue
		case c == 0xE1 && i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80:
			r := rune(c&0x0F)<<12 | rune(b[i+1]&0x3F)<<6 | rune(b[i+2]&0x3F)
			if lr := lowerKeep[r]; lr != r {
				if lr < 0 {
					return "", b
				}
				utf8.EncodeRune(b[i:], lr)
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return "", b
		}
		lr := vntext.LowerRune(r)
		if r < rune(len(keepsLen)) && !keepsLen[r] || r >= rune(len(keepsLen)) && utf8.RuneLen(lr) != n {
			return "", b // "İ", "Ω": lower casing changes the rune's length
		}
		if lr != r {
			utf8.EncodeRune(b[i:], lr)
		}
		i += n
	}
	// b is written no more until the caller hands it back: it can be the
	// string's bytes, as strings.Builder hands out its buffer, without a
	// second copy of the document.
	return unsafe.String(unsafe.SliceData(b), len(b)), b
}

// loBits and hiBits are the low and high bit of each byte of a word.
const loBits, hiBits = 0x0101010101010101, 0x8080808080808080

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
