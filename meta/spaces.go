package meta

import (
	"strings"
	"unicode/utf8"
)

// oneSpaced returns the words of s joined by single spaces, as
// strings.Join(strings.FieldsFunc(s, isSpace), " ") does; s itself when
// it is so already.
func oneSpaced(s string) string {
	// A title over several lines has single line breaks between its
	// words: those become spaces in a copy, without joinFields' word by
	// word rebuilding.
	gap := true  // the byte before was a space, or s starts here
	fix := false // some single space is no ' '
	for i := 0; i < len(s); i++ {
		// 0xE1 leads most Vietnamese letters; a ' ' after a byte taken
		// here and before a plain one is a single space between words
		j := i
		for j < len(s) {
			if c := s[j]; spaceClass[c] != 0 && !(c == 0xE1 && !spaceLead(s, j)) &&
				!(c == ' ' && j > i && j+1 < len(s) && spaceClass[s[j+1]] == 0) {
				break
			}
			j++
		}
		if j > i {
			gap = false
		}
		if i = j; i == len(s) {
			break
		}
		if c := s[i]; spaceClass[c] == 1 {
			if gap {
				return joinFields(s)
			}
			gap, fix = true, fix || c != ' '
		} else if spaceLead(s, i) {
			return joinFields(s)
		} else {
			gap = false
		}
	}
	if gap && s != "" {
		return joinFields(s)
	}
	if !fix {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for i := 0; i < len(s); i++ {
		if spaceClass[s[i]] == 1 {
			b.WriteString(s[from:i])
			b.WriteByte(' ')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// spaceClass is 1 for the ASCII spaces, 2 for the bytes that may start
// a space rune (spaceLead tells), 0 for the others.
var spaceClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c < utf8.RuneSelf && asciiSpace[c]:
			t[c] = 1
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF:
			t[c] = 2
		}
	}
	return t
}()

// joinFields is strings.Join(strings.FieldsFunc(s, isSpace), " ") in one
// pass: titles run over several lines.
func joinFields(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for i := 0; i < len(s); {
		if j := i; plainByte[s[j]] || s[j] == 0xE1 && !spaceLead(s, j) {
			// copy a run of bytes that are no space at once; 0xE1
			// leads most Vietnamese letters
			for j < len(s) && (plainByte[s[j]] || s[j] == 0xE1 && !spaceLead(s, j)) {
				j++
			}
			if gap {
				b.WriteByte(' ')
				gap = false
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		c := s[i]
		n := 1
		space := false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else if spaceLead(s, i) {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
		}
		if space {
			gap = b.Len() > 0
		} else {
			if gap {
				b.WriteByte(' ')
				gap = false
			}
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
