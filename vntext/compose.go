package vntext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// composeNFC returns s in NFC with Vietnamese marks composed whatever order
// they came in. Plain NFC leaves "e" + U+0301 + U+0302 as "é" + U+0302: both
// marks have combining class 230, so the acute blocks the circumflex. Legacy
// converters (CP1258, VNI, "Unicode tổ hợp" typing tools) emit tone before
// shape often enough that the shape marks are moved in front of the tone
// marks first.
func composeNFC(s string) string {
	if stableNFC(s) || norm.NFC.IsNormalString(s) && !hasSameClassMarks(s) {
		return s
	}
	if r, ok := composeVietnamese(s); ok {
		return r
	}
	if !hasSameClassMarks(s) {
		return norm.NFC.String(s)
	}
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	var marks []rune
	flush := func() {
		// shape marks first, then the rest in their order: a stable partition
		for _, m := range marks {
			if m == markCircumflex || m == markBreve {
				b.WriteRune(m)
			}
		}
		for _, m := range marks {
			if m != markCircumflex && m != markBreve {
				b.WriteRune(m)
			}
		}
		marks = marks[:0]
	}
	for _, r := range d {
		if r >= 0x300 && r < 0x370 {
			marks = append(marks, r)
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return norm.NFC.String(b.String())
}

// stableNFC reports whether every rune of s is ASCII or in stableTable:
// then s is NFC without a combining mark, the common case, found in one
// table lookup a rune.
func stableNFC(s string) bool {
	props := runeProps()
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := DecodeLatin(s, i)
		if r >= propLimit || props[r]&propStable == 0 {
			return false
		}
		i += n
	}
	return true
}

// hasSameClassMarks reports whether s holds a circumflex, a breve or a
// tone as a separate mark: then a mark may sit behind another of the same
// combining class, which plain NFC does not compose.
func hasSameClassMarks(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == markCircumflex || r == markBreve {
			return true
		}
		if isToneMark(r) {
			return true
		}
	}
	return false
}

// composeVietnamese is the fast path of composeNFC for text whose combining
// marks all sit on Vietnamese vowels: it folds each mark into the letter
// before it, in whatever order they come. ok is false when some mark does
// not fit, and the caller takes the general path.
func composeVietnamese(s string) (string, bool) {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r < 0x300 || r >= 0x370 {
			out = append(out, r)
			continue
		}
		if len(out) == 0 {
			return "", false
		}
		l, ok := splitLetter(out[len(out)-1])
		if !ok {
			return "", false
		}
		if t, ok := toneOfMark[r]; ok {
			if l.tone != toneNone {
				return "", false
			}
			l.tone = t
		} else if b, ok := shapedBy[shaped{l.base, r}]; ok {
			l.base = b
		} else {
			return "", false
		}
		c, ok := withTone(l.base, l.tone)
		if !ok {
			return "", false
		}
		out[len(out)-1] = c
	}
	res := string(out)
	return res, norm.NFC.IsNormalString(res)
}

var toneOfMark = map[rune]uint8{0x300: toneGrave, 0x301: toneAcute, 0x303: toneTilde, 0x309: toneHook, 0x323: toneDot}

// shapedBy gives the letter a shape mark makes of a base letter.
var shapedBy = map[shaped]rune{
	{'a', markCircumflex}: 'â', {'e', markCircumflex}: 'ê', {'o', markCircumflex}: 'ô', {'a', markBreve}: 'ă',
	{'o', markHorn}: 'ơ', {'u', markHorn}: 'ư',
	{'A', markCircumflex}: 'Â', {'E', markCircumflex}: 'Ê', {'O', markCircumflex}: 'Ô', {'A', markBreve}: 'Ă',
	{'O', markHorn}: 'Ơ', {'U', markHorn}: 'Ư',
}
