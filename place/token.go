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
	fa, fb     int32  // span of the word's vntext.Fold in doc.folded
	hash       uint32 // hashWord of the fold
}

// doc is a text split into tokens, with the folded words side by side in
// one string: tokens hold no pointer, so a long report's tokens cost
// little to write and nothing to scan.
type doc struct {
	text, folded string
	toks         []token
}

// fold returns the folded form of word i.
func (d *doc) fold(i int) string { return d.folded[d.toks[i].fa:d.toks[i].fb] }

// hashWord is FNV-1a, which tokenize computes as it folds.
func hashWord(s string) uint32 {
	h := uint32(fnvBasis)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

const (
	fnvBasis = 2166136261
	fnvPrime = 16777619
)

// runeTable holds, for the runes below 0x370 (ASCII, Latin letters with
// diacritics, combining marks) and Latin Extended Additional (ạ, ế, ỹ, ...),
// whether isWordRune holds and their vntext.Fold: all a Vietnamese text
// holds. Find folds every word of a report; vntext.Fold goes through NFD
// letter by letter.
var runeTable = func() (t [2][]runeInfo) {
	t[0] = make([]runeInfo, 0x370)
	for r := range t[0] {
		t[0][r] = runeInfo{vntext.Fold(string(rune(r))), isWordRune(rune(r))}
	}
	t[1] = make([]runeInfo, 0x100)
	for r := range t[1] {
		t[1][r] = runeInfo{vntext.Fold(string(rune(0x1E00 + r))), isWordRune(rune(0x1E00 + r))}
	}
	return t
}()

type runeInfo struct {
	fold string
	word bool
}

func infoOf(r rune) runeInfo {
	switch {
	case 0 <= r && r < 0x370:
		return runeTable[0][r]
	case 0x1E00 <= r && r < 0x1F00:
		return runeTable[1][r-0x1E00]
	}
	if !isWordRune(r) {
		return runeInfo{} // tokenize needs no fold of it
	}
	return runeInfo{vntext.Fold(string(r)), true}
}

func foldRune(r rune) string {
	if in := infoOf(r); in.word {
		return in.fold
	}
	return vntext.Fold(string(r))
}

// asciiWord tells the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits s into words. A word whose letters all fold away (a lone
// combining mark) is dropped.
func tokenize(s string) doc { return appendTokens(make([]token, 0, len(s)/4+1), s) }

// appendTokens is tokenize appending the tokens to toks. The folded words
// are cut from one string, so a long report costs a few allocations, not
// one a word.
func appendTokens(toks []token, s string) doc {
	buf := make([]byte, 0, len(s))
	start, from := -1, 0 // from: where the word's fold starts in buf
	h := uint32(fnvBasis)
	for i := 0; i < len(s); {
		c := s[i]
		word, n := false, 1
		if c < utf8.RuneSelf {
			if word = asciiWord[c]; word {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
				h = (h ^ uint32(c)) * fnvPrime
			}
		} else {
			var r rune
			r, n = vntext.DecodeLatin(s, i)
			in := infoOf(r)
			if word = in.word; word {
				buf = append(buf, in.fold...)
				for k := 0; k < len(in.fold); k++ {
					h = (h ^ uint32(in.fold[k])) * fnvPrime
				}
			}
		}
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			if len(buf) > from {
				toks = append(toks, token{start: start, end: i, fa: int32(from), fb: int32(len(buf)), hash: h})
			}
			start, from, h = -1, len(buf), fnvBasis
		}
		i += n
	}
	if start >= 0 && len(buf) > from {
		toks = append(toks, token{start: start, end: len(s), fa: int32(from), fb: int32(len(buf)), hash: h})
	}
	return doc{text: s, folded: string(buf), toks: toks}
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
