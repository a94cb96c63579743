package refs

import (
	"strings"
	"unicode/utf8"

	"baocao/vntext"
)

// word is a run of letters and digits of a text, with its byte span and
// folded form.
type word struct {
	start, end int
	text, fold string
}

// foldWord is vntext.Fold, faster on Vietnamese words: the letters are
// looked up in a table. A word in lower-case ASCII is returned as is.
func foldWord(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)+8), s))
}

// appendFold appends vntext.Fold(s) to b.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := decodeLatin(s, i)
		i += n
		switch {
		case r < 0x370:
			b = append(b, foldTable[0][r]...)
		case 0x1E00 <= r && r < 0x1F00:
			b = append(b, foldTable[1][r-0x1E00]...)
		default:
			b = append(b, vntext.Fold(string(r))...)
		}
	}
	return b
}

// foldTable holds vntext.Fold of every rune below 0x370 (Latin letters
// with diacritics, combining marks) and of Latin Extended Additional (ạ,
// ế, ỹ, ...): all a Vietnamese text holds beyond ASCII.
var foldTable = func() (t [2][]string) {
	t[0] = make([]string, 0x370)
	for r := range t[0] {
		t[0][r] = vntext.Fold(string(rune(r)))
	}
	t[1] = make([]string, 0x100)
	for r := range t[1] {
		t[1][r] = vntext.Fold(string(rune(0x1E00 + r)))
	}
	return t
}()

// wordsIn returns the words of s (offsets relative to s, plus base),
// splitting at anything that is not a letter or digit.
func wordsIn(s string, base int) []word {
	var out []word
	start := -1
	for i, c := range s {
		in := isLetter(c) || isDigit(c)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, word{start + base, i + base, s[start:i], foldWord(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start + base, len(s) + base, s[start:], foldWord(s[start:])})
	}
	return out
}

// wordsAhead returns up to max words of s from its start, crossing only
// spaces, hyphens and dashes (and, reading a name, commas and line
// breaks): the words of one phrase.
func wordsAhead(s string, base, max int, names bool) []word {
	var out []word
	i := 0
	for i < len(s) && len(out) < max {
		c, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isLetter(c) || isDigit(c):
			j := i
			for j < len(s) {
				c2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isLetter(c2) && !isDigit(c2) {
					break
				}
				j += n2
			}
			out = append(out, word{i + base, j + base, s[i:j], foldWord(s[i:j])})
			i = j
			continue
		case c == ' ' || c == '\t' || c == '\u00a0' || c == '-' || c == '–' || c == '‐':
		case names && (c == ',' || c == '\n'): // "Luật An toàn, vệ sinh lao động", a name broken across lines
		default:
			return out
		}
		i += n
	}
	return out
}

// hasWords reports whether ws starts with the folded words of p.
func hasWords(ws []word, p []string) bool {
	if len(ws) < len(p) {
		return false
	}
	for k, w := range p {
		if ws[k].fold != w {
			return false
		}
	}
	return true
}

// lineStart returns the offset where the line holding i starts.
func lineStart(t string, i int) int {
	return strings.LastIndexByte(t[:i], '\n') + 1
}

// decodeLatin is utf8.DecodeRuneInString(s[i:]), decoding inline the two-
// and three-byte letters of Vietnamese (U+0080-U+07FF, U+1000-U+1FFF), which
// are most of what is not ASCII.
func decodeLatin(s string, i int) (rune, int) {
	c := s[i]
	if 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	if c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}
