package place

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"baocao/vntext"
)

// token is one word of a text: a run of letters, digits and combining marks.
// Apostrophes and hyphens split words ("Ia H'Drai" is ia, h, drai), so names
// match whatever punctuation joins their syllables.
type token struct {
	start, end int    // byte span in the text
	fold       string // vntext.Fold of the word
}

// foldTable caches vntext.Fold for the Latin letters Vietnamese uses, so
// tokenizing a long report does not fold rune by rune through norm.
var foldTable = func() map[rune]string {
	m := map[rune]string{}
	for r := rune(0xC0); r <= 0x24F; r++ {
		m[r] = vntext.Fold(string(r))
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ {
		m[r] = vntext.Fold(string(r))
	}
	return m
}()

func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return string(r)
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	return vntext.Fold(string(r))
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits s into words. A word whose letters all fold away (a lone
// combining mark) is dropped.
func tokenize(s string) []token {
	var toks []token
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start >= 0 && b.Len() > 0 {
			toks = append(toks, token{start: start, end: end, fold: b.String()})
		}
		start = -1
		b.Reset()
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b.WriteByte(byte(r))
			} else {
				b.WriteString(foldRune(r))
			}
		} else {
			flush(i)
		}
		i += n
	}
	flush(len(s))
	return toks
}

// tight reports whether sep, the text between two words, keeps them in one
// name: spaces, hyphens, dashes, dots and apostrophes, on one line ("Bà Rịa -
// Vũng Tàu", "TP. HCM", "H'Drai"), but not a comma or a line break.
func tight(sep string) bool {
	if len(sep) > 7 {
		return false
	}
	for _, r := range sep {
		switch r {
		case ' ', '\t', '-', '–', '—', '.', '\'', '’':
		default:
			return false
		}
	}
	return true
}

// Tone marks; the other combining marks (circumflex, breve, horn) change the
// letter and stay in the base.
const tones = "\u0300\u0301\u0303\u0309\u0323"

// toneKey returns s with each word written as its base letters followed by
// its tone mark, in lower case, so spellings that differ only in where the
// tone sits ("Hoà"/"Hòa", "Thuỷ"/"Thủy") or in case share a key while "Huế"
// and "Huệ" do not.
func toneKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	tone, inWord, words := rune(0), false, 0
	end := func() {
		if inWord && tone != 0 {
			b.WriteRune(tone)
		}
		tone, inWord = 0, false
	}
	for _, r := range s {
		if !isWordRune(r) {
			end()
			continue
		}
		if !inWord {
			if words > 0 {
				b.WriteByte(' ')
			}
			inWord = true
			words++
		}
		d, ok := toneTable[r]
		if !ok {
			d = decompose(r)
		}
		b.WriteString(d.base)
		if d.tone != 0 {
			tone = d.tone
		}
	}
	end()
	return b.String()
}

type split struct {
	base string // lower-case letter without its tone, NFC
	tone rune   // the combining tone mark, or 0
}

// toneTable caches decompose for the Latin letters Vietnamese uses.
var toneTable = func() map[rune]split {
	m := map[rune]split{}
	for r := rune(0x41); r <= 0x24F; r++ {
		m[r] = decompose(r)
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ {
		m[r] = decompose(r)
	}
	return m
}()

func decompose(r rune) split {
	var sp split
	var b strings.Builder
	for _, c := range norm.NFD.String(string(r)) {
		switch {
		case strings.ContainsRune(tones, c):
			sp.tone = c
		case c == 'Đ' || c == 'Ð' || c == 'ð':
			b.WriteRune('đ')
		default:
			b.WriteRune(unicode.ToLower(c))
		}
	}
	sp.base = norm.NFC.String(b.String())
	return sp
}

// hasMarks reports whether s carries any diacritic, i.e. whether its
// spelling can be checked against a name's.
func hasMarks(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
