package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words are the unit of detection: each word is decoded with every
// candidate encoding and judged by whether the result is a Vietnamese
// syllable.

// seg is a word (letters, as they arrived) or the text between words.
type seg struct {
	s    string
	word bool
}

// segment splits s into words and separators. A word is a run of ASCII
// letters, of U+00A1–U+00FF (TCVN3 and VNI put letters and marks on every
// one of them: "c¸c", "Vieät"), of Word's symbol-font code points, or of
// other Unicode letters and combining marks.
func segment(s string) []seg {
	out := make([]seg, 0, len(s)/3+1) // about a word and a separator a six bytes
	start, inWord := 0, false
	for i, r := range s {
		w := isWordRune(r)
		if i > start && w != inWord {
			out = append(out, seg{s[start:i], inWord})
			start = i
		}
		inWord = w
	}
	if start < len(s) {
		out = append(out, seg{s[start:], inWord})
	}
	return out
}

func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r < 0xA1:
		return false
	case r <= 0xFF:
		return true
	case r >= 0xF0A1 && r <= 0xF0FF:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// decodeWord decodes one word or separator of a block under c; ok is false
// when the text holds characters c cannot have produced.
func decodeWord(c cand, caps bool, s string) (string, bool) {
	if c == candIdent {
		return s, true
	}
	b, ok := cp1252Bytes(s)
	if !ok {
		return decodeMixedWord(c, caps, s)
	}
	if c == candTCVN3 {
		d, _ := decodeTCVN3Word(b, caps)
		return d, true
	}
	return decodeVNI(b), true
}

// decodeMixedWord decodes a word in which a legacy typist's text meets a
// Unicode letter ("ĐÇu": a Unicode Đ, then TCVN3 "Çu"): the runs CP1252
// can hold are decoded, the rest kept. ok is false when nothing is legacy.
func decodeMixedWord(c cand, caps bool, s string) (string, bool) {
	var out strings.Builder
	var run []byte
	legacy := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		if c == candTCVN3 {
			out.WriteString(decodeTCVN3(run, caps))
		} else {
			out.WriteString(decodeVNI(run))
		}
		run = run[:0]
	}
	for _, r := range s {
		if b, ok := cp1252Byte(r); ok {
			run = append(run, b)
			legacy = legacy || b >= 0x80
			continue
		}
		flush()
		out.WriteRune(r)
	}
	flush()
	if !legacy {
		return "", false
	}
	return out.String(), true
}

// wordClass is +1 for a valid syllable with a diacritic, 0 for a plain
// ASCII word (it says nothing about the encoding), -1 for letters that
// make no syllable and junk for a decoding with symbols in it.
func wordClass(dec string, ok bool) int8 {
	if !ok {
		return -1
	}
	if isASCII(dec) {
		return 0
	}
	dec = composeNFC(dec)
	if ValidSyllable(dec) && caseOK(dec) {
		return 1
	}
	if isAbbreviation(dec) {
		return 0
	}
	for _, r := range dec {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return junk
		}
	}
	return -1
}

// junk is the class of a word whose decoding holds symbols ("ph¹m" read as
// VNI): no typo produces that, the encoding is wrong.
const junk = -2

// caseOK reports whether w is lower case, upper case or capitalised: a
// wrong decoding often turns a VNI capital mark into a TCVN3 lower-case
// letter ("ĐT" read as "ẹT").
func caseOK(w string) bool {
	upper, lower, i := 0, 0, 0
	firstUpper := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
			firstUpper = firstUpper || i == 0
		case unicode.IsLower(r):
			lower++
		}
		i++
	}
	return upper == 0 || lower == 0 || upper == 1 && firstUpper
}

// isAbbreviation reports whether w is letters without a vowel, such as
// "NĐ", "QĐ" or the currency "đ": no syllable, but no sign of a wrong
// decoding either.
func isAbbreviation(w string) bool {
	for _, r := range w {
		l, ok := splitLetter(r)
		if !ok || strings.ContainsRune(vowels, l.base) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// latin1String turns bytes into the string whose runes are those bytes, so
// raw bytes go through the same word-by-word machinery as office text.
func latin1String(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// scoreUnicode counts the valid and invalid non-ASCII words (of two letters
// or more) of decoded text.
func scoreUnicode(s string) (pos, neg int) {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		if isASCII(w) || utf8.RuneCountInString(w) == 1 {
			return // a lone letter ("ở", or "©" read as ẹ) proves little
		}
		if validSyllableCached(w) {
			pos++
		} else {
			neg++
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return pos, neg
}

// hasCombining reports whether s holds a combining mark.
func hasCombining(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r >= 0x300 && r < 0x370 {
			return true
		}
	}
	return false
}

func isCP1252(s string) bool {
	props := runeProps()
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := DecodeLatin(s, i)
		if r < propLimit {
			if props[r]&propInCP1252 == 0 {
				return false
			}
		} else if _, ok := cp1252Byte(r); !ok {
			return false
		}
		i += n
	}
	return true
}

// vniOrphans reports whether word w, read as VNI, has a mark byte that marks
// nothing ("mét" is TCVN3 for một, not VNI for mét).
func vniOrphans(w string) bool {
	b, ok := cp1252Bytes(w)
	if !ok {
		return false
	}
	_, _, n := decodeVNIMarks(b)
	return n > 0
}

// vniMarked reports whether word w, read as VNI, puts a mark byte on a
// vowel ("naêm"): a lone word like that in TCVN3 text is VNI, whereas one
// that only uses VNI's whole-letter bytes ("luît") may be a TCVN3 typo.
func vniMarked(w string) bool {
	b, ok := cp1252Bytes(w)
	if !ok {
		return false
	}
	_, n, _ := decodeVNIMarks(b)
	return n > 0
}
