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
			out = append(out, word{start + base, i + base, s[start:i], vntext.Fold(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start + base, len(s) + base, s[start:], vntext.Fold(s[start:])})
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
			out = append(out, word{i + base, j + base, s[i:j], vntext.Fold(s[i:j])})
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
