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

// foldWord is vntext.Fold, faster on Vietnamese words: the Latin letters
// with diacritics are looked up in a table.
func foldWord(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch f, ok := folded[r]; {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case ok:
			b.WriteString(f)
		case r == utf8.RuneError:
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				b.WriteRune(r)
				continue
			}
			fallthrough
		default:
			b.WriteString(vntext.Fold(string(r)))
		}
	}
	return b.String()
}

var folded = func() map[rune]string {
	m := map[rune]string{}
	for _, lo := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := lo[0]; r <= lo[1]; r++ {
			m[r] = vntext.Fold(string(r))
		}
	}
	return m
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
