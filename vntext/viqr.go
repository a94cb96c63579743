package vntext

import (
	"strings"

	"baocao"
)

// VIQR (RFC 1456) writes Vietnamese in ASCII: a vowel, then its shape
// ( ^ for â ê ô, ( for ă, + or * for ơ ư), then its tone (' ` ? ~ .);
// "dd" is đ. A backslash makes the next mark
// character literal.

var viqrTone = map[rune]uint8{'\'': toneAcute, '`': toneGrave, '?': toneHook, '~': toneTilde, '.': toneDot}

var viqrD = map[string]rune{"dd": 'đ', "DD": 'Đ', "Dd": 'Đ'}

var viqrShape = map[rune]map[rune]rune{
	'^': {'a': 'â', 'e': 'ê', 'o': 'ô', 'A': 'Â', 'E': 'Ê', 'O': 'Ô'},
	'(': {'a': 'ă', 'A': 'Ă'},
	'+': {'o': 'ơ', 'u': 'ư', 'O': 'Ơ', 'U': 'Ư'},
	'*': {'o': 'ơ', 'u': 'ư', 'O': 'Ơ', 'U': 'Ư'},
}

func decodeVIQR(s string) string {
	out := make([]rune, 0, len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c == '\\' && i+1 < len(rs) && (isVIQRMark(rs[i+1]) || rs[i+1] == 'd' || rs[i+1] == 'D') {
			out = append(out, rs[i+1])
			i++
			continue
		}
		if n := len(out); n > 0 {
			if r, ok := viqrApply(out[n-1], c); ok {
				out[n-1] = r
				continue
			}
		}
		if i+1 < len(rs) {
			if d, ok := viqrD[string(rs[i:i+2])]; ok {
				out = append(out, d)
				i++
				continue
			}
		}
		out = append(out, c)
	}
	return composeNFC(string(out))
}

// viqrApply applies mark character c to the letter prev.
func viqrApply(prev, c rune) (rune, bool) {
	l, ok := splitLetter(prev)
	if !ok || !strings.ContainsRune(vowels, l.base) {
		return 0, false
	}
	if t, ok := viqrTone[c]; ok {
		if l.tone != toneNone {
			return 0, false
		}
		return withTone(l.base, t)
	}
	if m, ok := viqrShape[c]; ok {
		b, ok := m[l.base]
		if !ok {
			return 0, false
		}
		return withTone(b, l.tone)
	}
	return 0, false
}

func isVIQRMark(r rune) bool {
	_, t := viqrTone[r]
	_, s := viqrShape[r]
	return t || s
}

func isLetterRune(r rune) bool {
	_, ok := splitLetter(r)
	return ok
}

var viqrToneChar = map[uint8]byte{toneAcute: '\'', toneGrave: '`', toneHook: '?', toneTilde: '~', toneDot: '.'}

var viqrUnshape = map[rune]string{
	'â': "a^", 'ê': "e^", 'ô': "o^", 'ă': "a(", 'ơ': "o+", 'ư': "u+",
	'Â': "A^", 'Ê': "E^", 'Ô': "O^", 'Ă': "A(", 'Ơ': "O+", 'Ư': "U+",
	'đ': "dd", 'Đ': "DD",
}

func encodeVIQR(s string) ([]byte, error) {
	s = composeNFC(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	var prev rune // last rune of the decoded text so far
	for _, r := range s {
		l, ok := splitLetter(r)
		switch {
		case ok && r >= 0x80:
			if u, ok := viqrUnshape[l.base]; ok {
				b.WriteString(u)
			} else {
				b.WriteRune(l.base)
			}
			if l.tone != toneNone {
				b.WriteByte(viqrToneChar[l.tone])
			}
		case r >= 0x80:
			return nil, unrepresentable(VIQR, r)
		default:
			// a mark character after a vowel, or a second d starting a
			// word, would be read as a mark: escape it
			if isVIQRMark(r) && isLetterRune(prev) || (r == 'd' || r == 'D') && (prev == 'd' || prev == 'D') {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		prev = r
	}
	return []byte(b.String()), nil
}

// isVIQRDocument reports whether a document of plain ASCII text blocks is
// written in VIQR: enough of its words change under VIQR decoding, and
// nearly all of those that change become valid syllables. English prose
// ("e.g.", "I'm") changes few words and few of them validly.
func isVIQRDocument(blocks []baocao.Block) bool {
	changed, valid, strong := 0, 0, 0
	for _, bl := range blocks {
		if bl.Raw != nil || !isASCII(bl.Text) {
			return false
		}
		for _, f := range strings.Fields(bl.Text) {
			d := decodeVIQR(f)
			if d == f || isASCII(d) && !strings.ContainsAny(f, "\\") {
				continue
			}
			changed++
			if strings.ContainsAny(f, "^(+") || strings.Contains(strings.ToLower(f), "dd") {
				strong++
			}
			if viqrChunkValid(d) {
				valid++
			}
		}
	}
	if changed == 0 {
		return false
	}
	return valid*10 >= changed*8 && (changed >= 2 || strong > 0)
}

// viqrChunkValid reports whether every non-ASCII word of a decoded chunk is
// a valid syllable.
func viqrChunkValid(d string) bool {
	pos, neg := scoreUnicode(d)
	return pos > 0 && neg == 0
}
