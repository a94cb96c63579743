package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cp1252Byte returns the byte a Windows program stored for r when it wrote
// r through CP1252: how Word, RTF and Excel hand over text typed in a legacy
// font. C1 controls count as their own byte (Latin-1 readers produce them)
// and U+F020–U+F0FF as the low byte (Word's code points for symbol fonts).
func cp1252Byte(r rune) (byte, bool) {
	switch {
	case r < 0x80, r >= 0xA0 && r <= 0xFF, r >= 0x80 && r < 0xA0:
		return byte(r), true
	case r >= 0xF020 && r <= 0xF0FF:
		return byte(r - 0xF000), true
	}
	b, ok := cp1252Rev[r]
	return b, ok
}

var cp1252Rev = func() map[rune]byte {
	m := make(map[rune]byte, 32)
	for i, r := range cp1252High {
		if r >= 0x100 {
			m[r] = byte(0x80 + i)
		}
	}
	return m
}()

// cp1252Bytes maps s back to the bytes a CP1252 reader saw; ok is false when
// s holds a rune CP1252 has no byte for (real Unicode text).
func cp1252Bytes(s string) ([]byte, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := cp1252Byte(r)
		if !ok {
			return nil, false
		}
		b = append(b, c)
	}
	return b, true
}

// legacyLow maps a byte below 0xA0 the way every Vietnamese 8-bit font
// except VISCII does: ASCII, then Windows punctuation. Documents typed in
// .VnTime and VNI-Times use 0x93/0x94 as quotes and 0x96 as a dash.
func legacyLow(c byte) rune {
	if c < 0x80 {
		return rune(c)
	}
	return cp1252High[c-0x80]
}

func decodeTCVN3(b []byte, caps bool) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	marks := false
	for _, c := range b {
		var r rune
		if c < 0xA0 {
			r = legacyLow(c)
		} else {
			r = tcvn3High[c-0xA0]
			marks = marks || (r >= 0x300 && r < 0x370)
		}
		if caps {
			r = unicode.ToUpper(r)
		}
		sb.WriteRune(r)
	}
	if !marks {
		return sb.String() // every other TCVN3 character is precomposed
	}
	return composeNFC(sb.String())
}

var tcvn3Rev = func() map[rune]byte {
	m := make(map[rune]byte, 128)
	for i, r := range cp1252High {
		m[r] = byte(0x80 + i)
	}
	for i, r := range tcvn3High {
		m[r] = byte(0xA0 + i)
	}
	return m
}()

// encodeTCVN3 writes s in TCVN3. A letter with no code of its own (most
// toned capitals) is written as its base letter followed by one of the
// combining tone marks 0xB0–0xB4, which decodeTCVN3 composes back.
func encodeTCVN3(s string, caps bool) ([]byte, error) {
	enc := TCVN3
	s = composeNFC(s)
	if caps {
		enc = TCVN3H
		s = strings.ToLower(s)
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		if c, ok := tcvn3Rev[r]; ok {
			out = append(out, c)
			continue
		}
		l, ok := splitLetter(r)
		if !ok || l.tone == toneNone {
			return nil, unrepresentable(enc, r)
		}
		base, ok1 := byteOf(tcvn3Rev, l.base)
		mark, ok2 := tcvn3Rev[toneMark[l.tone]]
		if !ok1 || !ok2 {
			return nil, unrepresentable(enc, r)
		}
		out = append(out, base, mark)
	}
	return out, nil
}

func byteOf(m map[rune]byte, r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	c, ok := m[r]
	return c, ok
}

func decodeVISCII(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		sb.WriteRune(visciiTable[c])
	}
	return sb.String() // every VISCII letter is precomposed: already NFC
}

var visciiRev = func() map[rune]byte {
	m := make(map[rune]byte, 256)
	for i, r := range visciiTable {
		m[r] = byte(i)
	}
	return m
}()

func encodeVISCII(s string) ([]byte, error) {
	s = composeNFC(s)
	out := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := visciiRev[r]
		if !ok {
			return nil, unrepresentable(VISCII, r)
		}
		out = append(out, c)
	}
	return out, nil
}

func decodeCP1258(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		if c < 0x80 {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(cp1258High[c-0x80])
		}
	}
	return composeNFC(sb.String())
}

var cp1258Rev = func() map[rune]byte {
	m := make(map[rune]byte, 128)
	for i, r := range cp1258High {
		m[r] = byte(0x80 + i)
	}
	return m
}()

// encodeCP1258 writes s the way Vietnamese Windows did: a letter CP1258 has
// whole is one byte, any other toned letter is its tone-less letter
// (ă, ơ, ê, ... are in the code page) followed by the combining tone.
func encodeCP1258(s string) ([]byte, error) {
	s = composeNFC(s)
	out := make([]byte, 0, len(s)+len(s)/4)
	for _, r := range s {
		if c, ok := byteOf(cp1258Rev, r); ok {
			out = append(out, c)
			continue
		}
		l, ok := splitLetter(r)
		if !ok || l.tone == toneNone {
			return nil, unrepresentable(CP1258, r)
		}
		base, ok1 := byteOf(cp1258Rev, l.base)
		mark, ok2 := cp1258Rev[toneMark[l.tone]]
		if !ok1 || !ok2 {
			return nil, unrepresentable(CP1258, r)
		}
		out = append(out, base, mark)
	}
	return out, nil
}

// decomposeNFD returns s with every Vietnamese letter as base + marks.
func decomposeNFD(s string) string { return norm.NFD.String(s) }

func validUTF8(s string) bool { return utf8.ValidString(s) }
