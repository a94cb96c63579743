package vntext

import (
	"math/bits"
	"strings"
	"sync"
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
	return clean(s)
}

// clean is Clean's general path.
func clean(s string) string {
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

// isClean reports whether Clean would return s unchanged, in one scan and
// without allocating: every byte is ASCII other than CR and the dropped
// controls, or begins a rune of the stable table (stableRunes). Text
// made only of such runes is NFC and holds no combining mark, so the
// composition step would return it too.
func isClean(s string) bool {
	var tab *[stableLimit / 64]uint64
	i := 0
	for {
		// Printable ASCII eight bytes at a time (asciiRun); the byte it
		// stops at is a newline, a tab or the lead of a rune to look up.
		for i+8 <= len(s) {
			bad := asciiRun(s[i : i+8])
			if bad == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(bad) >> 3
			break
		}
		if i >= len(s) {
			return true
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiDirty[c] {
				return false
			}
			i++
			continue
		}
		if tab == nil {
			tab = stableTable()
		}
		// The two-byte letters (U+0080-U+07FF) and the three-byte runes
		// led by 0xE1 (Latin Extended Additional, all of Vietnamese
		// beyond them) and 0xE2 (punctuation, currency, arrows) decoded
		// inline; every rune of a later lead is beyond stableLimit.
		var r rune
		n := 0
		switch {
		case 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r, n = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case (c == 0xE1 || c == 0xE2) && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, n = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		case c == 0xE0:
			r, n = utf8.DecodeRuneInString(s[i:]) // U+0800-U+0FFF, or invalid
		default:
			return false // invalid, or beyond stableLimit
		}
		if r >= stableLimit || tab[r>>6]&(1<<(r&63)) == 0 {
			return false // RuneError (invalid UTF-8) is not in the table either
		}
		i += n
	}
}

// asciiRun returns, for the eight bytes of w, a mask with the high bit of
// each byte set that is not printable ASCII (0x20-0x7E), in little-endian
// order so that the lowest set bit marks the first such byte. Additions
// carry into the next byte only out of a byte that is itself marked, so
// every byte before the first marked one is classified exactly.
func asciiRun(w string) uint64 {
	_ = w[7]
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	const hi = 0x8080808080808080
	// x: high bit set; x+0x60 without it: below 0x20; x+1 with it: 0x7F
	return (x | ^(x + 0x6060606060606060) | (x + 0x0101010101010101)) & hi
}

// asciiDirty marks the ASCII bytes Clean changes or removes.
var asciiDirty = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c < 0x20 && c != '\n' && c != '\t' || c == 0x7f
	}
	return t
}()

// stableLimit bounds the runes the stable table covers (Latin, Greek,
// Cyrillic, general punctuation, currency, letterlike symbols, arrows);
// text with others takes the general path.
const stableLimit = 0x2200

// stableTable marks the non-ASCII runes below stableLimit that Clean copies
// as they are (not a control, space, invisible character or eth) and
// that leave any text made of such runes in NFC: canonical combining class
// 0, no composition with the rune before (NFC_Quick_Check Yes rather than
// Maybe) and NFC of the rune alone is the rune (not No). It is derived
// from the norm tables rather than listed, so it cannot drift from them.
var stableTable = sync.OnceValue(func() *[stableLimit / 64]uint64 {
	var t [stableLimit / 64]uint64
	for r := rune(0xa0); r < stableLimit; r++ {
		if isDropped(r) || isSpace(r) || r == 'Ð' || r == 'ð' || r >= 0xd800 && r < 0xe000 {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return &t
})

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
