package meta

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
)

// word is one word of a text with its folded form.
type word struct {
	start, end int
	text, fold string
}

func words(s string, base int) []word { return appendWords(nil, s, base, -1) }

// appendWords appends the first max words of s (all when max < 0) to out:
// most tests read only the opening words of a line, into a buffer on the
// caller's stack.
func appendWords(out []word, s string, base, max int) []word {
	if max >= 0 {
		max += len(out)
	}
	// The folds are written into one buffer and cut from one string: a
	// header line's words are capitals, each of which Fold would copy.
	first := len(out)
	var fbuf [256]byte
	var ebuf [32]int
	folds, ends := fbuf[:0], ebuf[:0]
	tab := wordTable()
	start := -1
	for i := 0; i <= len(s); {
		n := 1
		in := false
		// A word's runes are folded as they are read, as AppendFold
		// would fold the word: one decoding of each.
		if i < len(s) {
			var r rune
			r, n, in = wordRuneAt(s, i, tab)
			if in {
				folds = appendFoldRune(folds, r)
			}
		}
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			ends = append(ends, len(folds))
			out = append(out, word{start: base + start, end: base + i, text: s[start:i]})
			start = -1
			if len(out) == max {
				break
			}
		}
		i += n
	}
	all := string(folds)
	from := 0
	for k, e := range ends {
		out[first+k].fold = all[from:e]
		from = e
	}
	return out
}

// wordRuneAt decodes the rune at s[i] and tells whether it is part of a
// word: an ASCII letter or digit, or isWordRune.
func wordRuneAt(s string, i int, tab *[wordTableLimit]bool) (r rune, n int, in bool) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1, 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, n = utf8.DecodeRuneInString(s[i:])
	if r < wordTableLimit {
		return r, n, tab[r]
	}
	return r, n, isWordRune(r)
}

// appendFoldRune appends vntext.Fold of r to b.
func appendFoldRune(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return append(b, c)
	}
	return append(b, vntext.FoldRune(r)...)
}

// firstFold appends to buf the fold of the first word of s, what
// appendWords(nil, s, 0, 1)[0].fold holds, without making it a string:
// a test of a line's first word against a set needs no more.
func firstFold(buf []byte, s string) ([]byte, bool) {
	tab := wordTable()
	started := false
	for i := 0; i < len(s); {
		r, n, in := wordRuneAt(s, i, tab)
		if in {
			started = true
			buf = appendFoldRune(buf, r)
		} else if started {
			break
		}
		i += n
	}
	return buf, started
}

// isWordRune reports whether r is a letter, a digit or a combining mark,
// from a table below wordTableLimit: the letters of Vietnamese
// (U+1EA0-U+1EF9) would each cost a search of unicode's tables.
func isWordRune(r rune) bool {
	if r < wordTableLimit {
		return wordTable()[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

const wordTableLimit = 0x2000

var wordTable = sync.OnceValue(func() *[wordTableLimit]bool {
	var t [wordTableLimit]bool
	for r := range rune(wordTableLimit) {
		t[r] = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
	}
	return &t
})
