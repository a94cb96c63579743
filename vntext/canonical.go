package vntext

import (
	"strings"
	"unicode"
)

// Canonical returns s in NFC with the tone mark of every Vietnamese syllable
// on the vowel the new style puts it on (Quyết định 1989/QĐ-BGDĐT, 2018:
// the main vowel), so that spellings differing only in tone placement
// compare equal: "hòa" and "hoà" both give "hoà", "thủy" and "thuỷ" give
// "thuỷ", "khỏe" gives "khoẻ". Only oa, oe and uy without a final have two
// placements in use; every other syllable already has one correct place and
// is left as it is ("hoàng", "quý", "của", "thuở"). Words that are not
// valid syllables, such as loan words and misplaced tones ("hòang"), are not
// touched. Case and everything else are kept; i/y spellings ("lí"/"lý") are
// not unified.
//
// Canonical is for the index and for comparing indicator names; stored
// text keeps the report's own spelling. It is safe for concurrent use.
func Canonical(s string) string {
	s = composeNFC(s)
	var b strings.Builder
	b.Grow(len(s))
	start := -1
	flush := func(end int) {
		if start >= 0 {
			b.WriteString(canonicalWord(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	return b.String()
}

func canonicalWord(w string) string {
	if isASCII(w) {
		return w
	}
	syl, ok := parseSyllable(w)
	if !ok || syl.toneAt < 0 {
		return w
	}
	at, _ := tonePlace(syl.letters()[syl.onset:])
	at += syl.onset
	if at == syl.toneAt {
		return w
	}
	var b strings.Builder
	up := syl.upper()
	for i, base := range syl.letters() {
		if up[i] {
			base = unicode.ToUpper(base)
		}
		t := uint8(toneNone)
		if i == at {
			t = syl.tone
		}
		r, ok := withTone(base, t)
		if !ok {
			r = base // a consonant
		}
		b.WriteRune(r)
	}
	return b.String()
}
