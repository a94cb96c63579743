package vntext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean returns s as baocao stores it: NFC; CRLF and lone CR as LF; NBSP and
// the other fixed-width spaces as a plain space; zero-width characters, BOMs
// and soft hyphens removed; other control characters except tab and newline
// removed; the Icelandic eth Ð/ð (U+00D0/U+00F0, what CP1258 and VISCII's
// Đ/đ become when read as Latin-1) as Đ/đ. Invalid UTF-8 becomes U+FFFD.
//
// Clean must run after legacy decoding: in TCVN3 the byte 0xAD (a soft hyphen
// in Latin-1) is the letter ư, and VISCII keeps letters in C0 positions.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case isDropped(r):
		case isSpace(r):
			b.WriteByte(' ')
		case r == 'Ð':
			b.WriteRune('Đ')
		case r == 'ð':
			b.WriteRune('đ')
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			// other control characters carry no text once decoding is done
		default:
			b.WriteRune(r)
		}
	}
	return composeNFC(b.String())
}

// isClean reports whether s needs no change, so the common case allocates
// nothing.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

func isDropped(r rune) bool {
	switch r {
	case 0x00AD, // soft hyphen
		0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, // zero-width characters, BOM
		0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E: // direction marks
		return true
	}
	return false
}

func isSpace(r rune) bool {
	if r == 0x00A0 || r == 0x202F || r == 0x205F || r == 0x3000 {
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// IsNFC reports whether s is valid UTF-8 in Normalization Form C.
func IsNFC(s string) bool { return utf8.ValidString(s) && norm.NFC.IsNormalString(s) }
