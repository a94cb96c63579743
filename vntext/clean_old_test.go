package vntext

import "unicode/utf8"

// isCleanOld is isClean before it took printable ASCII eight bytes at a
// time: a byte loop, the reference the differential tests compare with.
func isCleanOld(s string) bool {
	var tab *[stableLimit / 64]uint64
	for i := 0; i < len(s); {
		// ASCII runs at once; then the two-byte letters (U+0080-U+07FF)
		// and the three-byte ones of Latin Extended Additional (U+1E00-
		// U+1EFF, led by 0xE1) decoded inline: they are all of Vietnamese
		// beyond ASCII.
		for i < len(s) && s[i] < utf8.RuneSelf && !asciiDirty[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			return false // asciiDirty
		}
		if tab == nil {
			tab = stableTable()
		}
		var r rune
		n := 0
		switch {
		case 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r, n = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, n = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r >= stableLimit || tab[r>>6]&(1<<(r&63)) == 0 {
			return false // RuneError (invalid UTF-8) is not in the table either
		}
		i += n
	}
	return true
}
