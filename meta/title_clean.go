package meta

import (
	"strings"
	"unicode/utf8"
)

// cleanTitle joins title lines into one line and drops inline markup. A
// title is mostly words and single spaces: one pass finds its words and
// copies them in runs, breaking a run only where a gap is no single ' '
// (a line break); a title with markup takes cleanTitleMarkup.
func cleanTitle(s string) string {
	var b strings.Builder
	seg, last := -1, 0 // s[seg:last] holds words and single spaces not yet copied
	for i := 0; i < len(s); {
		g := i // the gap before the word
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
				continue
			}
			if !spaceLead(s, i) {
				break
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isSpace(r) {
				break
			}
			i += n
		}
		if i == len(s) {
			break
		}
		w := i // a run of words and single spaces
		for i < len(s) {
			c := s[i]
			k := titleByte[c]
			if k == titleWord || k == titleLead && c == 0xE1 && !spaceLead(s, i) {
				i++
				continue
			}
			if c == ' ' && i+1 < len(s) && titleByte[s[i+1]] == titleWord {
				i += 2 // a single space inside the run, which stays as it is
				continue
			}
			if k == titleMarkup {
				return cleanTitleMarkup(s)
			} else if c < utf8.RuneSelf {
				break // an ASCII space
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if isSpace(r) {
				break
			}
			i += n
		}
		switch {
		case seg < 0:
			seg = w
		case w-g != 1 || s[g] != ' ':
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[seg:last])
			b.WriteByte(' ')
			seg = w
		}
		last = i
	}
	if seg < 0 {
		return ""
	}
	t := s[seg:last]
	if b.Len() > 0 {
		b.WriteString(t)
		t = b.String()
	}
	return trimTitleEnd(t)
}

// trimTitleEnd is strings.TrimRight(s, " :;,").
func trimTitleEnd(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case ' ', ':', ';', ',':
			s = s[:len(s)-1]
			continue
		}
		break
	}
	return s
}

// What cleanTitle makes of a byte: part of a word, a markup character
// ('<' of a footnote, '*' and '_' of emphasis, '|' of a table), an ASCII
// space, or a byte that may start a space rune (spaceLead).
const (
	titleWord uint8 = iota
	titleMarkup
	titleSpace
	titleLead
)

var titleByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == '<' || c == '*' || c == '_' || c == '|':
			t[c] = titleMarkup
		case c < utf8.RuneSelf && asciiSpace[c]:
			t[c] = titleSpace
		case !plainByte[c]:
			t[c] = titleLead
		}
	}
	return t
}()
