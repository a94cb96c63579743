package vntext

import (
	"strings"
	"unicode"
)

// VNI Windows writes a letter as its base letter followed by a byte that
// looks like a Latin-1 letter but carries the marks: "Vieät" is Việt (0xE4,
// "ä", is circumflex + dot below). Capital letters take the capital form of
// the mark byte. i, ỵ, ơ, ư and đ have bytes of their own.

// vniMark maps a mark byte to the shape mark (0 for none) and tone it adds.
var vniMark = map[byte]struct {
	shape rune
	tone  uint8
}{
	0xF9: {0, toneAcute}, 0xF8: {0, toneGrave}, 0xFB: {0, toneHook}, 0xF5: {0, toneTilde}, 0xEF: {0, toneDot},
	0xE2: {markCircumflex, toneNone}, 0xE1: {markCircumflex, toneAcute}, 0xE0: {markCircumflex, toneGrave},
	0xE5: {markCircumflex, toneHook}, 0xE3: {markCircumflex, toneTilde}, 0xE4: {markCircumflex, toneDot},
	0xEA: {markBreve, toneNone}, 0xE9: {markBreve, toneAcute}, 0xE8: {markBreve, toneGrave},
	0xFA: {markBreve, toneHook}, 0xFC: {markBreve, toneTilde}, 0xEB: {markBreve, toneDot},

	0xD9: {0, toneAcute}, 0xD8: {0, toneGrave}, 0xDB: {0, toneHook}, 0xD5: {0, toneTilde}, 0xCF: {0, toneDot},
	0xC2: {markCircumflex, toneNone}, 0xC1: {markCircumflex, toneAcute}, 0xC0: {markCircumflex, toneGrave},
	0xC5: {markCircumflex, toneHook}, 0xC3: {markCircumflex, toneTilde}, 0xC4: {markCircumflex, toneDot},
	0xCA: {markBreve, toneNone}, 0xC9: {markBreve, toneAcute}, 0xC8: {markBreve, toneGrave},
	0xDA: {markBreve, toneHook}, 0xDC: {markBreve, toneTilde}, 0xCB: {markBreve, toneDot},
}

// vniLetter maps the bytes that are whole letters.
var vniLetter = map[byte]rune{
	0xF4: 'ơ', 0xF6: 'ư', 0xF1: 'đ', 0xED: 'í', 0xEC: 'ì', 0xE6: 'ỉ', 0xF3: 'ĩ', 0xF2: 'ị', 0xEE: 'ỵ',
	0xD4: 'Ơ', 0xD6: 'Ư', 0xD1: 'Đ', 0xCD: 'Í', 0xCC: 'Ì', 0xC6: 'Ỉ', 0xD3: 'Ĩ', 0xD2: 'Ị', 0xCE: 'Ỵ',
}

// shaped is a base letter with a shape mark.
type shaped struct{ base, mark rune }

// vniMarks and vniLetters are vniMark and vniLetter indexed by byte, for
// speed.
var vniMarks, vniLetters = func() (m [256]struct {
	shape rune
	tone  uint8
	ok    bool
}, l [256]rune) {
	for c, v := range vniMark {
		m[c].shape, m[c].tone, m[c].ok = v.shape, v.tone, true
	}
	for c, r := range vniLetter {
		l[c] = r
	}
	return m, l
}()

func decodeVNI(b []byte) string {
	s, _, _ := decodeVNIMarks(b)
	return s
}

// decodeVNIMarks decodes b and counts the mark bytes applied to a vowel
// (the signature of VNI text) and the orphans that followed no vowel they
// could mark: those stand for themselves ("é"), which no VNI typist
// produces, so text with orphans is likely not VNI.
func decodeVNIMarks(b []byte) (s string, applied, orphans int) {
	out := make([]rune, 0, len(b))
	for _, c := range b {
		if c < 0x80 {
			out = append(out, rune(c))
			continue
		}
		if m := vniMarks[c]; m.ok {
			if len(out) > 0 {
				if r, ok := applyMarks(out[len(out)-1], m.shape, m.tone); ok {
					out[len(out)-1] = r
					applied++
					continue
				}
			}
			orphans++
		}
		if r := vniLetters[c]; r != 0 {
			out = append(out, r)
			continue
		}
		out = append(out, latin1(c))
	}
	return string(out), applied, orphans // applyMarks only builds precomposed letters: NFC
}

// applyMarks adds a shape mark and a tone to the vowel prev; ok is false
// when the result is not a Vietnamese letter (the byte then stands for
// itself).
func applyMarks(prev rune, shape rune, tone uint8) (rune, bool) {
	l, ok := splitLetter(prev)
	if !ok || !strings.ContainsRune(vowels, l.base) {
		return 0, false
	}
	if shape != 0 {
		if l.tone != toneNone {
			return 0, false
		}
		s, ok := shapedBy[shaped{l.base, shape}]
		if !ok {
			return 0, false
		}
		l.base = s
	} else if l.tone != toneNone {
		return 0, false
	}
	l.tone = tone
	return withTone(l.base, l.tone)
}

func latin1(c byte) rune {
	if c >= 0x80 && c < 0xA0 {
		return cp1252High[c-0x80]
	}
	return rune(c)
}

// vniMarkKey is a shape mark (or 0) and a tone.
type vniMarkKey struct {
	shape rune
	tone  uint8
}

// vniMarkByte is the inverse of vniMark for lower case.
var vniMarkByte = func() map[vniMarkKey]byte {
	m := make(map[vniMarkKey]byte)
	for c, v := range vniMark {
		if c >= 0xE0 { // the lower-case forms; upper case is c-0x20
			m[vniMarkKey{v.shape, v.tone}] = c
		}
	}
	return m
}()

var vniLetterByte = func() map[rune]byte {
	m := make(map[rune]byte)
	for c, r := range vniLetter {
		m[r] = c
	}
	return m
}()

// vniUnshape undoes the circumflex and breve: the base letter and shape of
// â ê ô ă (ơ and ư are whole letters in VNI).
var vniUnshape = func() map[rune]shaped {
	m := make(map[rune]shaped)
	for k, v := range shapedBy {
		if k.mark != markHorn {
			m[v] = k
		}
	}
	return m
}()

func encodeVNI(s string) ([]byte, error) {
	s = composeNFC(s)
	out := make([]byte, 0, len(s)+len(s)/2)
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		if c, ok := vniLetterByte[r]; ok {
			out = append(out, c)
			continue
		}
		l, ok := splitLetter(r)
		if !ok {
			if c, ok := cp1252Byte(r); ok && r < 0xF000 { // punctuation: the same byte
				out = append(out, c)
				continue
			}
			return nil, unrepresentable(VNI, r)
		}
		base, shape := l.base, rune(0)
		if u, ok := vniUnshape[base]; ok {
			base, shape = u.base, u.mark
		}
		// ơ, ư, đ keep their own byte and take a tone byte after it
		if c, ok := vniLetterByte[base]; ok {
			out = append(out, c)
		} else if base < 0x80 {
			out = append(out, byte(base))
		} else {
			return nil, unrepresentable(VNI, r)
		}
		if shape != 0 || l.tone != toneNone {
			out = append(out, caseMark(vniMarkByte[vniMarkKey{shape, l.tone}], base))
		}
	}
	return out, nil
}

// caseMark returns the capital form of mark byte c after a capital letter.
func caseMark(c byte, base rune) byte {
	if unicode.IsUpper(base) {
		return c - 0x20
	}
	return c
}
