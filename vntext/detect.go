package vntext

import "strings"

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

// plan is the analysis of one block: its pieces, each word's class under
// each candidate, and the totals.
type plan struct {
	segs     []seg
	class    [nCand][]int8 // per seg; words only
	pos, neg [nCand]int
	uniq     [nCand]int // words this candidate alone reads (strong)
	raw      bool       // bytes from a plain-text file: the identity candidate does not apply
}

// analyse classifies the words of s. raw is set for bytes from a plain-text
// file and legacy when the font is a TCVN3 or VNI font: in both cases the
// identity candidate only applies to words with characters no 8-bit font
// can hold, since "soá" read as Unicode is a syllable too.
func analyse(s string, raw, legacy bool) *plan {
	p := &plan{segs: segment(s), raw: raw}
	for c := cand(0); c < nCand; c++ {
		p.class[c] = make([]int8, len(p.segs))
	}
	// reports repeat a few thousand syllables: classify each once
	cache := map[string][nCand]int8{}
	for i, sg := range p.segs {
		if !sg.word || isASCII(sg.s) {
			continue
		}
		if k, ok := cache[sg.s]; ok {
			p.count(i, k)
			continue
		}
		var k [nCand]int8
		if footnoteMark(sg.s) {
			// a lone "¹" is a footnote mark in Unicode text and "ạ" in
			// TCVN3: no evidence either way, it follows its block
			cache[sg.s] = k
			p.count(i, k)
			continue
		}
		if raw || legacy && isCP1252(sg.s) {
			k[candIdent] = -1
		} else {
			k[candIdent] = identClass(sg.s)
		}
		k[candTCVN3], k[candVNI] = legacyClasses(sg.s)
		cache[sg.s] = k
		p.count(i, k)
	}
	return p
}

// classes returns the classes of word i.
func (p *plan) classes(i int) [nCand]int8 {
	var k [nCand]int8
	for c := cand(0); c < nCand; c++ {
		k[c] = p.class[c][i]
	}
	return k
}

// count records the classes of word i.
func (p *plan) count(i int, k [nCand]int8) {
	only, n := cand(0), 0
	for c := cand(0); c < nCand; c++ {
		p.class[c][i] = k[c]
		switch {
		case k[c] > 0:
			p.pos[c]++
			only, n = c, n+1
		case k[c] < 0:
			p.neg[c]++
		}
	}
	if n == 1 && p.strong(k, only) {
		p.uniq[only]++
	}
}

// strong reports whether classes k single out c: c reads the word as a
// syllable and every other candidate turns it into debris. A word another
// candidate reads as an abbreviation ("NĐ" in VNI is "Nẹ" in TCVN3) is no
// evidence.
func (p *plan) strong(k [nCand]int8, c cand) bool {
	for o := cand(0); o < nCand; o++ {
		if o != c && k[o] >= 0 && !(p.raw && o == candIdent) {
			return false
		}
	}
	return k[c] > 0
}

func (p *plan) score(c cand) int { return p.pos[c] - p.neg[c] }

// evidence reports whether some word of the block is read as a syllable by
// one candidate only; words every candidate reads ("thò" is thũ in TCVN3
// and thị in VNI) tell nothing.
func (p *plan) evidence() bool {
	for c := cand(0); c < nCand; c++ {
		if p.uniq[c] > 0 {
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
			// a Unicode font over words nothing tells apart ("François",
			// "có") keeps its text; a legacy font may be the wrong one and
			// defers to the neighbours
			return hint, hint == candIdent
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

// render decodes the block with main as its encoding. A word main cannot
// read as a syllable is decoded by the one candidate that can; a word that
// several candidates read follows the nearest word whose reading is
// unambiguous, so a VNI phrase inside a TCVN3 line is decoded as VNI even
// where a word of it would also make sense in TCVN3. counts receives how
// many non-ASCII words each candidate decoded. forced decodes every word
// with main.
func (p *plan) render(main cand, caps bool, counts *[nCand]int, forced bool) string {
	use := p.choices(main)
	if forced {
		for i := range use {
			use[i] = main
		}
	}
	words := make([]string, len(p.segs)) // decoded words, "" for separators
	kinds := make([]wordCase, len(p.segs))
	out := make([]string, len(p.segs))
	for i, sg := range p.segs {
		c := use[i]
		if sg.word && !isASCII(sg.s) {
			counts[c]++
		}
		d, kind := sg.s, caseOther // the identity
		if c != candIdent {
			d, kind = decodeCached(c, caps && c == candTCVN3, sg.s)
		}
		out[i] = d
		if sg.word {
			words[i] = d
			kinds[i] = kind
		}
	}
	settleCase(words, kinds)
	var b strings.Builder
	for i, sg := range p.segs {
		if sg.word {
			b.WriteString(words[i])
		} else {
			b.WriteString(out[i])
		}
	}
	return composeNFC(b.String())
}

// choices returns the candidate each segment is decoded with.
func (p *plan) choices(main cand) []cand {
	use := make([]cand, len(p.segs))
	const none, ambiguous = cand(-1), cand(-2)
	label := make([]cand, len(p.segs))
	for i, sg := range p.segs {
		use[i], label[i] = main, none
		if !sg.word {
			continue
		}
		for c := cand(0); c < nCand; c++ {
			if p.class[c][i] <= 0 || p.raw && c == candIdent {
				continue
			}
			if label[i] == none {
				label[i] = c
			} else {
				label[i] = ambiguous
			}
		}
	}
	// ev keeps the labels that are evidence for the words around them
	ev := make([]cand, len(p.segs))
	for i := range p.segs {
		ev[i] = none
		if l := label[i]; l >= 0 && p.strong(p.classes(i), l) {
			ev[i] = l
		}
	}
	for i, sg := range p.segs {
		if !sg.word {
			continue
		}
		switch l := label[i]; {
		case l == ambiguous:
			use[i] = p.neighbour(ev, i, main)
		case p.class[main][i] >= 0:
			// main reads it, or it is an abbreviation ("NĐ") under main
		case l >= 0:
			// a lone word another candidate happens to read is more likely
			// a typo ("luît") than a switch of encoding: switch when main
			// turns it into symbols, when VNI marks a vowel in it, or with
			// support in the block or nearby
			if p.class[main][i] == junk || l == candVNI && vniMarked(sg.s) || p.uniq[l] >= 2 || p.nearLabel(ev, i, l) {
				use[i] = l
			}
		default:
			// nobody reads it as a syllable: prefer a candidate under which
			// it is at least a plausible abbreviation
			for c := cand(0); c < nCand; c++ {
				if p.class[c][i] == 0 && !(p.raw && c == candIdent) {
					use[i] = c
					break
				}
			}
		}
	}
	return use
}

// nearLabel reports whether one of the three words on either side of word
// i is read unambiguously by c.
func (p *plan) nearLabel(label []cand, i int, c cand) bool {
	for _, dir := range []int{-1, 1} {
		n := 0
		for j := i + dir; j >= 0 && j < len(label) && n < 3; j += dir {
			if !p.segs[j].word {
				continue
			}
			n++
			if label[j] == c {
				return true
			}
		}
	}
	return false
}

// neighbour picks, for a word several candidates read, the reading of the
// nearest unambiguous word (in words; before it on a tie) when that
// candidate reads this word too; otherwise main if it does, else the
// best-scoring candidate that does.
func (p *plan) neighbour(label []cand, i int, main cand) cand {
	ok := func(c cand) bool { return c >= 0 && p.class[c][i] > 0 }
	left, right := cand(-1), cand(-1)
	dl, dr := 0, 0
	for j := i - 1; j >= 0; j-- {
		if p.segs[j].word {
			dl++
		}
		if label[j] >= 0 {
			left = label[j]
			break
		}
	}
	for j := i + 1; j < len(label); j++ {
		if p.segs[j].word {
			dr++
		}
		if label[j] >= 0 {
			right = label[j]
			break
		}
	}
	switch {
	case ok(left) && (!ok(right) || dl <= dr):
		return left
	case ok(right):
		return right
	case ok(main):
		return main
	}
	best := cand(-1)
	for c := cand(0); c < nCand; c++ {
		if ok(c) && !(p.raw && c == candIdent) && (best < 0 || p.score(c) > p.score(best)) {
			best = c
		}
	}
	return best
}

// footnoteMark reports whether w is made only of superscript digits, the
// footnote marks of Unicode text ("¹", "¹⁰").
func footnoteMark(w string) bool {
	for _, r := range w {
		switch {
		case r == '¹' || r == '²' || r == '³':
		case r >= 0x2070 && r <= 0x2079:
		default:
			return false
		}
	}
	return w != ""
}
