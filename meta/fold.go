package meta

import (
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
)

// hasFoldPrefix reports whether vntext.Fold(s) starts with one of prefixes,
// folding no more of s than the longest prefix needs: header tests read
// only how a line starts.
func hasFoldPrefix(s string, prefixes ...string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		// A line starting in ASCII starts its fold with that byte in
		// lower case: most lines start with none of the prefixes' first
		// bytes, and need no folding.
		c := s[0]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		some := false
		for _, p := range prefixes {
			if p == "" || p[0] == c {
				some = true
				break
			}
		}
		if !some {
			return false
		}
	}
	n := 0
	for _, p := range prefixes {
		n = max(n, len(p))
	}
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(s) && len(b) < n; {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := vntext.DecodeLatin(s, i)
		i += size
		b = append(b, vntext.FoldRune(r)...)
	}
	for _, p := range prefixes {
		if len(b) >= len(p) && string(b[:len(p)]) == p {
			return true
		}
	}
	return false
}

// lowerIs reports whether strings.ToLower(s) == t without building the
// lower-case copy: ToLower maps rune by rune.
func lowerIs(s, t string) bool {
	j := 0
	for _, r := range s {
		if j >= len(t) {
			return false
		}
		want, n := utf8.DecodeRuneInString(t[j:])
		if unicode.ToLower(r) != want {
			return false
		}
		j += n
	}
	return j == len(t)
}
