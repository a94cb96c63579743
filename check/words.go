package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"baocao/vntext"
)

// Most rules ask whether the words before a figure are some key word
// ("từ", "chiếm", "đạt", "tăng được"). wordsBefore answers with the words
// lower cased and joined, which costs a copy for every figure asked;
// the fields themselves, compared a rune at a time, cost none.

// fieldsBefore puts in f the last words before ns[i] as wordsBefore(i,
// len(f)) finds them, as written (not lower cased), the last first, and
// returns how many there are: wordsBefore(i, k) is the first k of them,
// lower cased, in reverse order, joined by spaces.
func (d *doc) fieldsBefore(i int, f []string) int {
	n := &d.ns[i]
	s := max(0, n.QStart-60)
	for s > 0 && s < len(d.text) && d.text[s]&0xC0 == 0x80 {
		s--
	}
	t := d.text[s:n.QStart]
	k := 0
	for e := len(t); e > 0 && k < len(f); {
		for e > 0 && isWordSep[t[e-1]] {
			e--
		}
		b := e
		for b > 0 && !isWordSep[t[b-1]] {
			b--
		}
		if b < e {
			f[k] = t[b:e]
			k++
		}
		e = b
	}
	return k
}

// isWordSep[c] is wordSep(c): a look-up rather than seven comparisons
// for every byte of the words walked over.
var isWordSep = func() (t [256]bool) {
	for c := range 256 {
		t[c] = wordSep(byte(c))
	}
	return t
}()

// isLower reports whether vntext.Lower(s) == word, word being lower case
// and free of U+FFFD (which an invalid byte of s lower cases to).
func isLower(s, word string) bool {
	if s == word {
		return true // written in lower case, as most words are
	}
	if len(s) == 0 || len(word) == 0 {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf { // most words asked of differ at once
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[0] {
			return false
		}
	}
	j := 0
	for i := 0; i < len(s); {
		if j >= len(word) {
			return false
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if word[j] != c {
				return false
			}
			i++
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		w, m := utf8.DecodeRuneInString(word[j:])
		if vntext.LowerRune(r) != w {
			return false
		}
		i += n
		j += m
	}
	return j == len(word)
}

// endsLower reports whether vntext.Lower(s) ends with suffix, lower
// casing s in the slot of the words (rare: asked once the words after it
// matched).
func (d *doc) endsLower(s, suffix string) bool {
	return strings.HasSuffix(d.lower(lowWords, s), suffix)
}

// changeWordBefore reports whether one of the two words before ns[i] is
// "từ", "xuống", "lên" or "còn".
func (d *doc) changeWordBefore(i int) bool {
	var f [2]string
	for _, w := range f[:d.fieldsBefore(i, f[:])] {
		// a word is one of them only if its last rune is theirs: one
		// comparison rules out most words
		switch lastLower(w) {
		case 'ừ':
			if isLower(w, "từ") {
				return true
			}
		case 'g':
			if isLower(w, "xuống") {
				return true
			}
		case 'n':
			if isLower(w, "lên") || isLower(w, "còn") {
				return true
			}
		}
	}
	return false
}

// trongDoIn is the offset in the text of the first "trong đó" (its first
// letter in either case) that lies wholly in text[from:to], or -1:
// from + indexFold(text[from:to], "trong đó") when that finds one. The
// offsets of all of them are found once a text, in one pass: the rules
// ask it of most sentences.
func (d *doc) trongDoIn(from, to int) int {
	if !d.tdoOK {
		d.tdo, d.tdoOK = appendTrongDo(d.tdo[:0], d.text), true
	}
	k, _ := slices.BinarySearch(d.tdo, from)
	if k < len(d.tdo) && d.tdo[k]+len("trong đó") <= to {
		return d.tdo[k]
	}
	return -1
}

// appendTrongDo appends to out, in order, every offset where indexFold
// finds "trong đó" in s. Its last byte, B3 (of "ó"), ends few other
// letters, far fewer than "r" starts words: IndexByte skips to each.
func appendTrongDo(out []int, s string) []int {
	const word = "trong đó"
	for off := 0; ; {
		k := strings.IndexByte(s[off:], word[len(word)-1])
		if k < 0 {
			return out
		}
		end := off + k + 1 // past the "ó" the word would end with
		off = end
		if p := end - len(word); p >= 0 && (s[p] == 't' || s[p] == 'T') && s[p+1:end] == word[1:] {
			out = append(out, p)
		}
	}
}
