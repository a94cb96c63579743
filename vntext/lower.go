package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerTab is unicode.ToLower for the runes below 0x2000 (Latin with the
// Vietnamese letters, Greek, Cyrillic): a table look-up instead of a
// search of the Unicode case ranges for every rune.
var lowerTab = func() (tab [0x2000]rune) {
	for r := range rune(len(tab)) {
		tab[r] = unicode.ToLower(r)
	}
	return tab
}()

func LowerRune(r rune) rune {
	if r < rune(len(lowerTab)) {
		return lowerTab[r]
	}
	return unicode.ToLower(r)
}

// Lower is strings.ToLower(s) (invalid bytes become U+FFFD as there),
// returning s itself when nothing changes. Clauses start with a capital,
// so most phrases change in one rune only.
func Lower(s string) string {
	i := keeps(s, 0)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c + 'a' - 'A') // keeps stops at ASCII capitals only
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			b.WriteRune(LowerRune(r)) // an invalid byte is RuneError: written as U+FFFD
			i += n
		}
		j := keeps(s, i) // the unchanged run after it, copied at once
		b.WriteString(s[i:j])
		i = j
	}
	return b.String()
}

// AppendLower appends Lower(s) to b, for callers that lower many short
// stretches into a buffer of their own.
func AppendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		j := keeps(s, i) // the unchanged run, copied at once
		b = append(b, s[i:j]...)
		if i = j; i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, c+'a'-'A') // keeps stops at ASCII capitals only
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, LowerRune(r)) // an invalid byte is RuneError: U+FFFD
		i += n
	}
	return b
}

// keeps returns the end of the run of s from i that Lower leaves as it
// is: the first capital or invalid byte, or len(s).
func keeps(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		// Vietnamese letters are two bytes (C2-DF and one more) or three
		// starting E1 (U+1000-1FFF): both always valid and in lowerTab,
		// decoded here without the general decoder.
		if c < 0xE0 && c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); lowerTab[r] != r {
				return i
			}
			i += 2
			continue
		}
		if c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if r := 0x1000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); lowerTab[r] != r {
				return i
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || LowerRune(r) != r {
			return i
		}
		i += n
	}
	return i
}
