package meta

import (
	"strings"
	"unicode/utf8"
)

// oneSpaced returns the words of s joined by single spaces, as
// strings.Join(strings.FieldsFunc(s, isSpace), " ") does; s itself when
// it is so already.
func oneSpaced(s string) string {
	// One table lookup a byte: 0xE1 leads most Vietnamese letters and
	// U+1680 alike (spaceLead tells them apart), a continuation byte is
	// plain. A title over several lines has single line breaks between
	// its words: those become spaces in a copy, without joinFields' word
	// by word rebuilding.
	gap := true  // the byte before was a space, or s starts here
	fix := false // some single space is no ' '
	for i := 0; i < len(s); i++ {
		switch spaceClass[s[i]] {
		case 0:
			gap = false
		case 1:
			if gap {
				return joinFields(s)
			}
			gap, fix = true, fix || s[i] != ' '
		default:
			if spaceLead(s, i) {
				return joinFields(s)
			}
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
		if c := s[i]; c != ' ' && spaceClass[c] == 1 {
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
