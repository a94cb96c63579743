package extract

import (
	"encoding/binary"
	"math/bits"
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
// next write to buf.
//
// The text is lowered eight bytes at a time: the ASCII capitals of a
// word at once, then each rune that starts in it. Vietnamese letters are
// two bytes (C2-DF and one more) or three starting E1 (U+1000-1FFF),
// looked up without the general decoder. The text is valid UTF-8 when
// the runes read and the ASCII bytes make up all of it.
func lowerInto(buf []byte, t string) (string, []byte) {
	b := append(buf[:0], t...)
	valid, i := 0, 0 // bytes of ASCII and of well-formed runes
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		ascii := ^x & hiBits
		h := x &^ hiBits
		if up := (h + (0x80-'A')*loBits) &^ (h + (0x80-'Z'-1)*loBits) & ascii; up != 0 {
			binary.LittleEndian.PutUint64(b[i:], x|up>>2) // 0x80 of each capital's byte set 0x20
		}
		valid += bits.OnesCount64(ascii)
		for lead := x & (x << 1) & hiBits; lead != 0; lead &= lead - 1 { // bytes 11xxxxxx
			j := i + bits.TrailingZeros64(lead)/8
			if j+2 < len(b) {
				// Most Vietnamese letters are small ones of two bytes
				// (C2-DF) or of three from E1 (U+1000-1FFF), which
				// lowerKeep keeps: told with one table look-up and
				// one branch, the rune's length chosen without one
				// (the class of each rune is no pattern a branch
				// predicts).
				c0, c1, c2 := b[j], b[j+1], b[j+2]
				three := b2u(c0 == 0xE1)
				two := b2u(c0 >= 0xC2 && c0 < 0xE0)
				r := (uint32(c0&0x1F)<<6|uint32(c1&0x3F))&(three-1) |
					(0x1000|uint32(c1&0x3F)<<6|uint32(c2&0x3F))&-three
				cont := b2u(c1&0xC0 == 0x80) & (b2u(c2&0xC0 == 0x80) | (1 - three))
				if (two|three)&cont != 0 && lowerKeep[r&0x1FFF] == rune(r) {
					valid += 2 + int(three)
					continue
				}
				// The other two-byte small letters (đ, ă, ơ, ư, ĩ, ũ):
				// lowerKeep keeps them, looked up here rather than
				// through lowerRuneAt's call and switch.
				if c0 := b[j]; c0 >= 0xC2 && c0 < 0xE0 && c1&0xC0 == 0x80 {
					if r := rune(c0&0x1F)<<6 | rune(c1&0x3F); lowerKeep[r] == r {
						valid += 2
						continue
					}
				}
			}
			n := lowerRuneAt(b, j)
			if n == 0 {
				return "", b
			}
			valid += n
		}
	}
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case c < utf8.RuneSelf:
			if c-'A' < 26 {
				b[i] = c + 'a' - 'A'
			}
			valid++
		case c >= 0xC0:
			n := lowerRuneAt(b, i)
			if n == 0 {
				return "", b
			}
			valid += n
		}
	}
	if valid != len(b) { // a continuation byte no rune took
		return "", b
	}
	// b is written no more until the caller hands it back: it can be the
	// string's bytes, as strings.Builder hands out its buffer, without a
	// second copy of the document.
	return unsafe.String(unsafe.SliceData(b), len(b)), b
}

// lowerRuneAt lowers the rune that starts at b[j] in place and returns
// its length, or 0 when it is not valid UTF-8 or its lower case has
// another length ("İ", "Ω").
func lowerRuneAt(b []byte, j int) int {
	c := b[j]
	switch {
	case c >= 0xC2 && c < 0xE0 && j+1 < len(b) && b[j+1]&0xC0 == 0x80:
		r := rune(c&0x1F)<<6 | rune(b[j+1]&0x3F)
		if lr := lowerKeep[r]; lr != r {
			if lr < 0 {
				return 0
			}
			b[j], b[j+1] = byte(0xC0|lr>>6), byte(0x80|lr&0x3F) // as long as the rune it replaces
		}
		return 2
	case c == 0xE1 && j+2 < len(b) && b[j+1]&0xC0 == 0x80 && b[j+2]&0xC0 == 0x80:
		r := rune(c&0x0F)<<12 | rune(b[j+1]&0x3F)<<6 | rune(b[j+2]&0x3F)
		if lr := lowerKeep[r]; lr != r {
			if lr < 0 {
				return 0
			}
			utf8.EncodeRune(b[j:], lr)
		}
		return 3
	}
	r, n := utf8.DecodeRune(b[j:])
	if r == utf8.RuneError && n == 1 {
		return 0
	}
	lr := vntext.LowerRune(r)
	if r < rune(len(keepsLen)) && !keepsLen[r] || r >= rune(len(keepsLen)) && utf8.RuneLen(lr) != n {
		return 0
	}
	if lr != r {
		utf8.EncodeRune(b[j:], lr)
	}
	return n
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

// b2u is 1 for true, 0 for false, without a branch.
func b2u(b bool) uint32 {
	var u uint32
	if b {
		u = 1
	}
	return u
}
