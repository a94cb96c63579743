package vntext

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
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
	props := runeProps()
	var b strings.Builder
	b.Grow(len(s))
	start := -1
	flush := func(end int) {
		if start >= 0 {
			b.WriteString(canonicalWordCached(s[start:end]))
			start = -1
		}
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		var letter bool
		switch {
		case r < utf8.RuneSelf:
			letter = 'a' <= r|0x20 && r|0x20 <= 'z'
		default:
			r, n = DecodeLatin(s, i)
			if r < propLimit {
				letter = props[r]&propLetter != 0
			} else {
				letter = unicode.IsLetter(r)
			}
		}
		if letter {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		flush(i)
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(r) // as ranging over the string would
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	flush(len(s))
	return b.String()
}

// canonicalWordCached is canonicalWord through a cache shared by all
// calls: texts repeat a few thousand syllables.
func canonicalWordCached(w string) string {
	if isASCII(w) {
		return w
	}
	slot := &canonCache[fnv32(w)&(classSlots-1)]
	if e := slot.Load(); e != nil && e.word == w {
		if e.same {
			return w
		}
		return e.canon
	}
	c := canonicalWord(w)
	if len(w) <= 64 {
		w = strings.Clone(w) // not a piece of the caller's text
		slot.Store(&canonEntry{word: w, canon: c, same: c == w})
	}
	return c
}

type canonEntry struct {
	word, canon string
	same        bool
}

var canonCache [classSlots]atomic.Pointer[canonEntry]

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
