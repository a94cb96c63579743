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
	words := appendFields(pl.words[:0], t, s, e)
	pl.words = words[:0] // keep the grown scratch
	for len(words) > 0 {
		w := trimSpan(t, words[len(words)-1], "*_,.:;-–")
		if w.End > w.Start && !trailing[low[w.Start:w.End]] {
			break
		}
		words = words[:len(words)-1]
	}
	for changed := true; changed && len(words) > 0; {
		changed = false
		for _, l := range leadingWords {
			if len(words) > len(l) && wordsAre(low, words, l) { // a word must follow
				words, changed = words[len(l):], true
				break
			}
		}
	}
	// L is " " and the lower-cased words one space apart, as the
	// original joined them; an index k > 0 of " word" in it is the
	// space before a word.
	L := pl.joinLow(words)
	period := anyIn(L, periodWords) // most phrases name no period
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
	if k := bytes.LastIndex(L, []byte(" tỷ lệ ")); k > 0 {
		if i := wordAt(L, k); i >= 3 {
			words = words[i:]
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

// appendFields appends the spans of strings.Fields(t[s:e]) to out.
func appendFields(out []Span, t string, s, e int) []Span {
	start := -1
	for i := s; i < e; {
		c, n := t[i], 1
		space := asciiSpace[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(t[i:e])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			out, start = append(out, Span{start, i}), -1
		case !space && start < 0:
			start = i
		}
		i += n
	}
	if start >= 0 {
		out = append(out, Span{start, e})
	}
	return out
}

var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// trimSpan is the span of strings.Trim(t[w.Start:w.End], cut).
func trimSpan(t string, w Span, cut string) Span {
	sub := t[w.Start:w.End]
	left := strings.TrimLeft(sub, cut)
	s := w.Start + len(sub) - len(left)
	return Span{s, s + len(strings.TrimRight(left, cut))}
}

// joinTrimmed is the words trimmed of "*_" and joined by spaces, trimmed
// of spaces: a slice of t when they stand there one space apart.
func joinTrimmed(t string, words []Span) string {
	if len(words) == 0 {
		return ""
	}
	inPlace := true
	for i, w := range words {
		if tw := trimSpan(t, w, "*_"); tw != w || (i > 0 && (words[i-1].End+1 != w.Start || t[w.Start-1] != ' ')) {
			inPlace = false
			break
		}
	}
	if inPlace {
		return t[words[0].Start:words[len(words)-1].End]
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		tw := trimSpan(t, w, "*_")
		b.WriteString(t[tw.Start:tw.End])
	}
	return strings.TrimSpace(b.String())
}
