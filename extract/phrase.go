package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanPhrase trims t[s:e] of bullets, leading connectives and trailing
// linking words, and returns it with its start. It works on the words'
// spans and the document's lower case rather than on lower-cased copies:
// a phrase is read for every figure, and when its words stand in t one
// space apart (most do) the phrase is a slice of t.
func (pl *sections) cleanPhrase(t string, s, e int) (string, int) {
	if len(pl.low) != len(t) {
		return cleanPhraseText(t, s, e)
	}
	low := pl.low
	s = skipBullets(t, s, e)
	_ = t[s:e] // list numbering running past e panics as strings.Fields(t[s:e]) did
	words := appendFields(pl.words[:0], t, s, e)
	if cap(words) != cap(pl.words) {
		pl.words = words[:0] // keep the grown scratch (written only then: a write barrier each time costs)
	}
	for len(words) > 0 {
		w := trimLinks(t, words[len(words)-1])
		if w.End > w.Start && !trailingIdx.has(low[w.Start:w.End]) {
			break
		}
		words = words[:len(words)-1]
	}
	for changed := true; changed && len(words) > 0; {
		changed = false
		if !leadingFirst.has(low[words[0].Start:words[0].End]) {
			break // most phrases: no leading phrase starts so
		}
		for _, l := range leadingWords {
			if len(words) > len(l) && wordsAre(low, words, l) { // a word must follow
				words, changed = words[len(l):], true
				break
			}
		}
	}
	// L is " " and the lower-cased words one space apart, as the
	// original joined them; an index k > 0 of " word" in it is the
	// space before a word. Words hold no space, so what no word of the
	// phrase has, L has not either: L is made only when a period word
	// or "tỷ" is in the phrase (most have neither).
	var L []byte
	period, ty := false, false
	if len(words) > 0 {
		period, ty = periodOrTy(low[words[0].Start:words[len(words)-1].End])
	}
	if period {
		n := len(words)
		L = pl.joinLow(words)
		for _, m := range periodMarks {
			if !period {
				break
			}
			if k := bytes.Index(L, []byte(m)); k > 0 {
				words = words[:wordAt(L, k)]
				L = pl.joinLow(words)
				period = anyIn(L, periodWords)
			}
		}
		if len(words) != n { // "tỷ" may have gone with the period
			ty = len(words) > 0 && strings.Contains(low[words[0].Start:words[len(words)-1].End], "tỷ")
		}
	}
	if ty {
		if L == nil {
			L = pl.joinLow(words)
		}
		if k := bytes.LastIndex(L, []byte(" tỷ lệ ")); k > 0 {
			if i := wordAt(L, k); i >= 3 {
				words = words[i:]
			}
		}
	}
	if len(words) > maxIndicatorWords {
		if w := low[words[0].Start:words[0].End]; w == "tỷ" || w == "số" {
			words = words[:maxIndicatorWords]
		} else {
			words = words[len(words)-maxIndicatorWords:]
		}
	}
	phrase := joinTrimmed(t, words)
	if phrase == "" || !hasLetter(phrase) {
		return "", e
	}
	if w := words[0]; w.Start == s && strings.HasPrefix(phrase, t[s:w.End]) && (len(phrase) == w.End-s || phrase[w.End-s] == ' ') {
		return phrase, s // the phrase's first field is where the segment starts
	}
	first := strings.Index(t[s:e], firstField(phrase))
	if first < 0 {
		first = 0
	}
	return phrase, s + first
}

// leadingWords is leading split into words.
var leadingWords = func() (out [][]string) {
	for _, l := range leading {
		out = append(out, strings.Fields(l))
	}
	return out
}()

// leadingFirst holds the first words of leadingWords.
var leadingFirst = func() *wordIndex[bool] {
	m := map[string]bool{}
	for _, l := range leadingWords {
		m[l[0]] = true
	}
	return indexOf(m, isTrue)
}()

// wordsAre reports whether the first words, lower cased, are ws.
func wordsAre(low string, words []Span, ws []string) bool {
	for i, w := range ws {
		if low[words[i].Start:words[i].End] != w {
			return false
		}
	}
	return true
}

// joinLow writes " " and the lower case of words, one space apart, into
// the scratch buffer.
func (pl *sections) joinLow(words []Span) []byte {
	b := append(pl.buf[:0], ' ')
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, pl.low[w.Start:w.End]...)
	}
	pl.buf = b
	return b
}

// wordAt is the index of the word that starts just after the space at k
// of a joinLow buffer.
func wordAt(L []byte, k int) int { return bytes.Count(L[1:k+1], []byte{' '}) }

func anyIn(b []byte, subs []string) bool {
	for _, s := range subs {
		if bytes.Contains(b, []byte(s)) {
			return true
		}
	}
	return false
}

// appendFields appends the spans of strings.Fields(t[s:e]) to out: the
// loop of nextField written out, a phrase's words being read for every
// figure.
func appendFields(out []Span, t string, s, e int) []Span {
	for i := s; i < e; {
		if c := t[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if mayStartSpace[c] && (c != 0xE1 || i+1 < e && t[i+1] == 0x9A) { // as in nextField
			if space, n := spaceAt(t, i, e); space {
				i += n
				continue
			}
		}
		start := i
		for i++; i < e; i++ { // not a space at start: the field runs to the next
			if c := t[i]; !mayStartSpace[c] || c == 0xE1 && (i+1 >= e || t[i+1] != 0x9A) {
				continue
			}
			if space, _ := spaceAt(t, i, e); space {
				break
			}
		}
		out = append(out, Span{start, i})
	}
	return out
}

// nextField is the first field of strings.Fields(t[i:e]), ok false when
// there is none.
func nextField(t string, i, e int) (f Span, ok bool) {
	for i < e {
		space, n := spaceAt(t, i, e)
		if !space {
			break
		}
		i += n
	}
	if i >= e {
		return Span{}, false
	}
	f.Start = i
	i++ // not a space
	for i < e {
		if c := t[i]; !mayStartSpace[c] || c == 0xE1 && (i+1 >= e || t[i+1] != 0x9A) { // most bytes: no space starts with them
			i++ // nor with E1 (the first byte of most Vietnamese letters) but for U+1680
			continue
		}
		if space, _ := spaceAt(t, i, e); space {
			break
		}
		i++
	}
	f.End = i
	return f, true
}

// mayStartSpace marks the bytes a space can start with: the ASCII spaces
// and the first bytes of U+0085, U+00A0, U+1680, U+2000-U+205F and U+3000.
// Stepping byte by byte finds the spaces rune by rune decoding would:
// every rune, valid or not, starts at a byte that is no continuation
// byte, and a space is a valid rune.
var mayStartSpace = func() (set [256]bool) {
	for c := range 256 {
		set[c] = asciiSpace[c] || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3
	}
	return set
}()

// spaceAt reports whether the rune at i of t[:e] is a space
// (unicode.IsSpace, an invalid byte is not) and its length. Vietnamese
// letters are told without decoding: the two-byte runes from C3 on are
// no spaces, nor are those of U+1000-1FFF but U+1680 (E1 9A 80).
func spaceAt(t string, i, e int) (bool, int) {
	c := t[i]
	switch {
	case c < utf8.RuneSelf:
		return asciiSpace[c], 1
	case c >= 0xC3 && c < 0xE0 && i+1 < e && t[i+1]&0xC0 == 0x80:
		return false, 2
	case c == 0xE1 && i+2 < e && t[i+1] != 0x9A && t[i+1]&0xC0 == 0x80 && t[i+2]&0xC0 == 0x80:
		return false, 3
	}
	r, n := utf8.DecodeRuneInString(t[i:e])
	return unicode.IsSpace(r), n
}

var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// trimMarks is trimSpan(t, w, "*_"), without building the cut set.
func trimMarks(t string, w Span) Span {
	for w.Start < w.End && (t[w.Start] == '*' || t[w.Start] == '_') {
		w.Start++
	}
	for w.End > w.Start && (t[w.End-1] == '*' || t[w.End-1] == '_') {
		w.End--
	}
	return w
}

// trimLinks is trimSpan(t, w, "*_,.:;-–") without building the cut set.
func trimLinks(t string, w Span) Span {
	const dash = "–"
	for w.Start < w.End {
		if c := t[w.Start]; c < utf8.RuneSelf && linkMark[c] {
			w.Start++
		} else if strings.HasPrefix(t[w.Start:w.End], dash) {
			w.Start += len(dash)
		} else {
			break
		}
	}
	for w.End > w.Start {
		if c := t[w.End-1]; c < utf8.RuneSelf && linkMark[c] {
			w.End--
		} else if strings.HasSuffix(t[w.Start:w.End], dash) {
			w.End -= len(dash)
		} else {
			break
		}
	}
	return w
}

var linkMark = [utf8.RuneSelf]bool{'*': true, '_': true, ',': true, '.': true, ':': true, ';': true, '-': true}

// joinTrimmed is the words trimmed of "*_" and joined by spaces, trimmed
// of spaces: a slice of t when they stand there one space apart.
func joinTrimmed(t string, words []Span) string {
	// Most phrases stand in t one space apart with no mark to trim: told
	// here without joinSpans' call of trimMarks per word.
	for i, w := range words {
		if w.End == w.Start || markEnd[t[w.Start]] || markEnd[t[w.End-1]] || (i > 0 && (words[i-1].End+1 != w.Start || t[w.Start-1] != ' ')) {
			return joinSpans(t, words, trimMarks)
		}
	}
	if len(words) == 0 {
		return ""
	}
	return t[words[0].Start:words[len(words)-1].End]
}

// markEnd marks the bytes trimMarks cuts.
var markEnd = [256]bool{'*': true, '_': true}

// periodOrTy reports whether s contains one of periodWords, and whether
// it contains "tỷ": one pass over s rather than a search per word. Each
// word is told by a byte few others have: "đoạn" and "đến" start with
// đ (C4 91), "năm" has ă (C4 83), "tháng" and "tỷ" start with t.
func periodOrTy(s string) (period, ty bool) {
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case 0xC4:
			rest := s[k:]
			if strings.HasPrefix(rest, "đoạn") || strings.HasPrefix(rest, "đến") || k > 0 && s[k-1] == 'n' && strings.HasPrefix(rest, "ăm") {
				period = true
			}
		case 't':
			rest := s[k:]
			if strings.HasPrefix(rest, "tháng") {
				period = true
			} else if strings.HasPrefix(rest, "tỷ") {
				ty = true
			}
		}
	}
	return period, ty
}
