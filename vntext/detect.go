package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Detection decodes a stretch of text with every candidate encoding and
// counts the words each decoding turns into valid Vietnamese syllables
// (ValidSyllable) against those it turns into debris. Words are judged one
// by one, so a line that switches from TCVN3 to VNI mid-sentence (documents
// edited on two machines) is decoded word by word.

// cand indexes the candidates of a block of text.
type cand int

const (
	candIdent cand = iota // the text is already Unicode
	candTCVN3
	candVNI
	nCand
)

var candEnc = [nCand]Encoding{UTF8, TCVN3, VNI}

// seg is a word (letters, as they arrived) or the text between words.
type seg struct {
	s    string
	word bool
}

// segment splits s into words and separators. A word is a run of ASCII
// letters, of U+00A1–U+00FF (TCVN3 and VNI put letters and marks on every
// one of them: "c¸c", "Vieät"), of Word's symbol-font code points, or of
// other Unicode letters and combining marks.
func segment(s string) []seg {
	var out []seg
	start, inWord := 0, false
	for i, r := range s {
		w := isWordRune(r)
		if i > start && w != inWord {
			out = append(out, seg{s[start:i], inWord})
			start = i
		}
		inWord = w
	}
	if start < len(s) {
		out = append(out, seg{s[start:], inWord})
	}
	return out
}

func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r < 0xA1:
		return false
	case r <= 0xFF:
		return true
	case r >= 0xF0A1 && r <= 0xF0FF:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// decodeWord decodes one word or separator of a block under c; ok is false
// when the text holds characters c cannot have produced.
func decodeWord(c cand, caps bool, s string) (string, bool) {
	if c == candIdent {
		return s, true
	}
	b, ok := cp1252Bytes(s)
	if !ok {
		return "", false
	}
	if c == candTCVN3 {
		return decodeTCVN3(b, caps), true
	}
	return decodeVNI(b), true
}

// wordClass is +1 for a valid syllable with a diacritic, 0 for a plain
// ASCII word (it says nothing about the encoding) and -1 for anything else.
func wordClass(dec string, ok bool) int8 {
	if !ok {
		return -1
	}
	if isASCII(dec) {
		return 0
	}
	if ValidSyllable(composeNFC(dec)) {
		return 1
	}
	return -1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// plan is the analysis of one block: its pieces, each word's class under
// each candidate, and the totals.
type plan struct {
	segs     []seg
	class    [nCand][]int8 // per seg; words only
	pos, neg [nCand]int
	raw      bool // bytes from a plain-text file: the identity candidate does not apply
}

func analyse(s string, raw bool) *plan {
	p := &plan{segs: segment(s), raw: raw}
	for c := cand(0); c < nCand; c++ {
		p.class[c] = make([]int8, len(p.segs))
	}
	for i, sg := range p.segs {
		if !sg.word || isASCII(sg.s) {
			continue
		}
		for c := cand(0); c < nCand; c++ {
			if raw && c == candIdent {
				p.class[c][i] = -1
				p.neg[c]++
				continue
			}
			k := wordClass(decodeWord(c, false, sg.s))
			p.class[c][i] = k
			if k > 0 {
				p.pos[c]++
			} else if k < 0 {
				p.neg[c]++
			}
		}
	}
	return p
}

func (p *plan) score(c cand) int { return p.pos[c] - p.neg[c] }

// evidence reports whether any word of the block tells candidates apart.
func (p *plan) evidence() bool {
	for c := cand(1); c < nCand; c++ {
		if p.pos[c] != p.pos[0] || p.neg[c] != p.neg[0] {
			return true
		}
	}
	return false
}

// choose picks the block's main candidate. A hint (from the font) wins
// unless another candidate beats it by a clear margin; without a hint the
// best must beat the runner-up. sure is false when the block carries no
// usable evidence, and the caller lets it inherit from its neighbours.
func (p *plan) choose(hint cand, hasHint bool) (best cand, sure bool) {
	first := cand(-1)
	for c := cand(0); c < nCand; c++ {
		if p.raw && c == candIdent {
			continue
		}
		if first < 0 || p.score(c) > p.score(first) {
			first = c
		}
	}
	if !p.evidence() {
		if hasHint {
			return hint, false
		}
		return first, false
	}
	if hasHint && !(p.raw && hint == candIdent) {
		margin := 1 + p.pos[first]/5
		if p.score(hint) >= p.score(first)-margin {
			return hint, true
		}
		return first, true
	}
	for c := cand(0); c < nCand; c++ {
		if c != first && !(p.raw && c == candIdent) && p.score(c) >= p.score(first) {
			return first, false // a tie: no decision
		}
	}
	return first, true
}

// render decodes the block with main as its encoding; a word main cannot
// read but another candidate reads as a valid syllable is decoded with that
// one. counts receives how many non-ASCII words each candidate decoded.
func (p *plan) render(main cand, caps bool, counts *[nCand]int) string {
	var b strings.Builder
	for i, sg := range p.segs {
		c := main
		if sg.word && p.class[main][i] < 0 {
			for alt := cand(0); alt < nCand; alt++ {
				if alt != main && p.class[alt][i] > 0 && !(p.raw && alt == candIdent) {
					c = alt
					break
				}
			}
		}
		if sg.word && !isASCII(sg.s) {
			counts[c]++
		}
		d, ok := decodeWord(c, caps && c == candTCVN3, sg.s)
		if !ok { // only the identity candidate reaches here for Unicode text
			d = sg.s
		}
		b.WriteString(d)
	}
	return composeNFC(b.String())
}

// latin1String turns bytes into the string whose runes are those bytes, so
// raw bytes go through the same word-by-word machinery as office text.
func latin1String(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// scoreUnicode counts the valid and invalid non-ASCII words of decoded text.
func scoreUnicode(s string) (pos, neg int) {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		if isASCII(w) {
			return
		}
		if ValidSyllable(w) {
			pos++
		} else {
			neg++
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return pos, neg
}

// hasCombining reports whether s holds a combining mark.
func hasCombining(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r >= 0x300 && r < 0x370 {
			return true
		}
	}
	return false
}
