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
		return decodeMixedWord(c, caps, s)
	}
	if c == candTCVN3 {
		d, _ := decodeTCVN3Word(b, caps)
		return d, true
	}
	return decodeVNI(b), true
}

// decodeMixedWord decodes a word in which a legacy typist's text meets a
// Unicode letter ("ĐÇu": a Unicode Đ, then TCVN3 "Çu"): the runs CP1252
// can hold are decoded, the rest kept. ok is false when nothing is legacy.
func decodeMixedWord(c cand, caps bool, s string) (string, bool) {
	var out strings.Builder
	var run []byte
	legacy := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		if c == candTCVN3 {
			out.WriteString(decodeTCVN3(run, caps))
		} else {
			out.WriteString(decodeVNI(run))
		}
		run = run[:0]
	}
	for _, r := range s {
		if b, ok := cp1252Byte(r); ok {
			run = append(run, b)
			legacy = legacy || b >= 0x80
			continue
		}
		flush()
		out.WriteRune(r)
	}
	flush()
	if !legacy {
		return "", false
	}
	return out.String(), true
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
	dec = composeNFC(dec)
	if ValidSyllable(dec) && caseOK(dec) {
		return 1
	}
	if isAbbreviation(dec) {
		return 0
	}
	return -1
}

// caseOK reports whether w is lower case, upper case or capitalised: a
// wrong decoding often turns a VNI capital mark into a TCVN3 lower-case
// letter ("ĐT" read as "ẹT").
func caseOK(w string) bool {
	upper, lower, i := 0, 0, 0
	firstUpper := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
			firstUpper = firstUpper || i == 0
		case unicode.IsLower(r):
			lower++
		}
		i++
	}
	return upper == 0 || lower == 0 || upper == 1 && firstUpper
}

// isAbbreviation reports whether w is letters without a vowel, such as
// "NĐ", "QĐ" or the currency "đ": no syllable, but no sign of a wrong
// decoding either.
func isAbbreviation(w string) bool {
	for _, r := range w {
		l, ok := splitLetter(r)
		if !ok || strings.ContainsRune(vowels, l.base) {
			return false
		}
	}
	return true
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
	uniq     [nCand]int // words only this candidate reads as a syllable
	raw      bool // bytes from a plain-text file: the identity candidate does not apply
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
		for c := cand(0); c < nCand; c++ {
			if c == candIdent && (raw || legacy && isCP1252(sg.s)) {
				k[c] = -1
				continue
			}
			k[c] = wordClass(decodeWord(c, false, sg.s))
			if c == candVNI && k[c] > 0 && vniOrphans(sg.s) {
				k[c] = -1
			}
		}
		cache[sg.s] = k
		p.count(i, k)
	}
	return p
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
	if n == 1 {
		p.uniq[only]++
	}
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
		d, ok := decodeWord(c, caps && c == candTCVN3, sg.s)
		if !ok { // only the identity candidate reaches here for Unicode text
			d = sg.s
		}
		out[i] = d
		if sg.word {
			words[i] = d
			if c == candTCVN3 {
				b, _ := cp1252Bytes(sg.s)
				kinds[i] = tcvn3Case(b)
			}
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
	for i, sg := range p.segs {
		if !sg.word {
			continue
		}
		switch l := label[i]; {
		case l == ambiguous:
			use[i] = p.neighbour(label, i, main)
		case p.class[main][i] >= 0:
			// main reads it, or it is an abbreviation ("NĐ") under main
		case l >= 0:
			// a lone word another candidate happens to read is more likely
			// a typo ("luît") than a switch of encoding: switch only with
			// support in the block or next to it
			if p.uniq[l] >= 3 || p.nearLabel(label, i, l) {
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

// scoreUnicode counts the valid and invalid non-ASCII words (of two letters
// or more) of decoded text.
func scoreUnicode(s string) (pos, neg int) {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		if isASCII(w) || utf8.RuneCountInString(w) == 1 {
			return // a lone letter ("ở", or "©" read as ẹ) proves little
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

func isCP1252(s string) bool {
	for _, r := range s {
		if _, ok := cp1252Byte(r); !ok {
			return false
		}
	}
	return true
}

// vniOrphans reports whether word w, read as VNI, has a mark byte that marks
// nothing ("mét" is TCVN3 for một, not VNI for mét).
func vniOrphans(w string) bool {
	b, ok := cp1252Bytes(w)
	if !ok {
		return false
	}
	_, n := decodeVNIOrphans(b)
	return n > 0
}
