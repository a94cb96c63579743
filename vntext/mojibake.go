package vntext

import "strings"

// unMojibake undoes one mis-decoding of UTF-8 as CP1252 (or Latin-1):
// "Viá»‡t" → "Việt". ok is false when s does not map back to valid UTF-8
// holding at least one multi-byte character.
func unMojibake(s string) (string, bool) {
	if !isCP1252(s) {
		return "", false // Unicode text: most blocks, found without a copy
	}
	b, ok := cp1252Bytes(s)
	if !ok {
		return "", false
	}
	multi := false
	for _, c := range b {
		if c >= 0x80 {
			multi = true
			break
		}
	}
	if !multi || !validUTF8(string(b)) {
		return "", false
	}
	return string(b), true
}

// toMojibake is the mis-decoding itself: each byte of s's UTF-8 read as a
// CP1252 character.
func toMojibake(s string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252High[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}
