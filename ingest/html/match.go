package html

import (
	"regexp"
	"strings"
)

// The class/id hints, the hidden-style test and the font-family lookup run
// on nearly every element of a page. Their regular expressions stay the
// definition (and the path for non-ASCII input, where (?i) also folds "ſ"
// to s and the Kelvin sign to k); on ASCII input, which class names, ids
// and styles nearly always are, the byte matchers below give the same
// answers without the regexp engine.

// wordSet matches like an alternation of literal words under (?i).
type wordSet struct {
	re      *regexp.Regexp
	byFirst [128][]string // lower-case words by first byte
}

func newWordSet(re *regexp.Regexp, words []string) *wordSet {
	w := &wordSet{re: re}
	for _, word := range words {
		word = strings.ToLower(word)
		w.byFirst[word[0]] = append(w.byFirst[word[0]], word)
	}
	return w
}

// match reports whether s contains one of the words, any case.
func (w *wordSet) match(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return w.re.MatchString(s)
		}
		for _, word := range w.byFirst[lower(c)] {
			if hasPrefixFold(s[i:], word) {
				return true
			}
		}
	}
	return false
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with the lower-case ASCII word,
// in any case.
func hasPrefixFold(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for i := 0; i < len(word); i++ {
		if lower(s[i]) != word[i] {
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

// skipRESpace skips \s as regexp reads it: [\t\n\f\r ].
func skipRESpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// propIs reports whether s holds "name : value" (white space optional,
// any case) somewhere, as (?i)name\s*:\s*value matches.
func propIs(s, name, value string) bool {
	for i := 0; i+len(name) <= len(s); i++ {
		if !hasPrefixFold(s[i:], name) {
			continue
		}
		j := skipRESpace(s, i+len(name))
		if j < len(s) && s[j] == ':' && hasPrefixFold(s[skipRESpace(s, j+1):], value) {
			return true
		}
	}
	return false
}

// isHidden reports whether an inline style hides the element
// (hiddenStyle).
func isHidden(style string) bool {
	if !isASCII(style) {
		return hiddenStyle.MatchString(style)
	}
	return propIs(style, "display", "none") || propIs(style, "visibility", "hidden")
}

// fontFamilyOf returns what fontFamily's group captures in s: the text
// after the first "font-family:" up to a semicolon.
func fontFamilyOf(s string) (string, bool) {
	if !isASCII(s) {
		if m := fontFamily.FindStringSubmatch(s); m != nil {
			return m[1], true
		}
		return "", false
	}
	const name = "font-family"
	for i := 0; i+len(name) <= len(s); i++ {
		if !hasPrefixFold(s[i:], name) {
			continue
		}
		j := skipRESpace(s, i+len(name))
		if j >= len(s) || s[j] != ':' {
			continue
		}
		from := j + 1
		k := skipRESpace(s, from)
		if k == len(s) || s[k] == ';' {
			// [^;]+ needs one character: \s* gives back its last space,
			// when it took one
			if k == from {
				continue
			}
			k--
		}
		end := strings.IndexByte(s[k:], ';')
		if end < 0 {
			return s[k:], true
		}
		return s[k : k+end], true
	}
	return "", false
}
