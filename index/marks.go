package index

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
)

// marks are what a query's fragments highlight, in folded form: its words,
// phrases (marked only where the whole phrase stands) and prefixes. The
// index keeps no term locations (they doubled its size), so a hit's text is
// analysed again, which for one page of hits costs less than reading
// locations for every match.
type marks struct {
	words    map[string]bool
	phrases  [][]string
	prefixes []string
}

// add records what positive term t matches.
func (m *marks) add(t term) {
	switch t.kind {
	case kindWord:
		for _, w := range termsOf(foldedAnalyzerName, t.text) {
			if m.words == nil {
				m.words = map[string]bool{}
			}
			m.words[w] = true
		}
	case kindPhrase:
		if ws := termsOf(foldedAnalyzerName, t.text); len(ws) > 0 {
			m.phrases = append(m.phrases, ws)
		}
	case kindPrefix:
		m.prefixes = append(m.prefixes, vntext.Fold(t.text))
	}
}

func (m marks) empty() bool { return len(m.words) == 0 && len(m.phrases) == 0 && len(m.prefixes) == 0 }

// maxMarkScan bounds the bytes of a text analysed for marks: fragments of
// a long report come from its first part.
const maxMarkScan = 256 << 10

// spans returns the spans of text that m marks.
func (m marks) spans(text string) []span {
	var firsts *[256]bool
	if set, ok := m.firstBytes(); ok {
		firsts = &set
	}
	return m.scan(text, firsts)
}

// scan is spans, folding only the words that may start with a byte of
// firsts (every word when nil).
func (m marks) scan(text string, firsts *[256]bool) []span {
	if m.empty() {
		return nil
	}
	if len(text) > maxMarkScan {
		text = text[:cut(text, maxMarkScan)]
	}
	var out []span
	var toks []word // the last words, as many as the longest phrase
	longest := 0
	for _, p := range m.phrases {
		longest = max(longest, len(p))
	}
	for at := 0; ; {
		w, ok := nextWordIn(text, at, firsts)
		if !ok {
			break
		}
		at = w.end
		if m.words[w.term] || slices.ContainsFunc(m.prefixes, func(p string) bool { return strings.HasPrefix(w.term, p) }) {
			out = append(out, span{w.start, w.end})
		}
		if longest == 0 {
			continue
		}
		if len(toks) == longest {
			toks = append(toks[:0], toks[1:]...)
		}
		toks = append(toks, w)
		for _, p := range m.phrases { // a phrase ending at this word
			if len(p) > len(toks) {
				continue
			}
			last := toks[len(toks)-len(p):]
			if slices.EqualFunc(last, p, func(a word, b string) bool { return a.term == b }) {
				for _, u := range last {
					out = append(out, span{u.start, u.end})
				}
			}
		}
	}
	return out
}

// firstBytes returns the first bytes of what m marks, in folded form; ok
// is false if one is empty (then no word can be passed over).
func (m marks) firstBytes() (set [256]bool, ok bool) {
	add := func(w string) bool {
		if w == "" {
			return false
		}
		set[w[0]] = true
		return true
	}
	for w := range m.words {
		if !add(w) {
			return set, false
		}
	}
	for _, p := range m.prefixes {
		if !add(p) {
			return set, false
		}
	}
	for _, p := range m.phrases {
		for _, w := range p {
			if !add(w) {
				return set, false
			}
		}
	}
	return set, true
}

// word is a word of a text being marked: its folded form and offsets.
type word struct {
	term       string
	start, end int
}

// nextWord finds the first word of text at or after byte at: a run of
// letters, digits and combining marks, with "." and "," inside numbers
// ("28.101", "73,95"), as the index's tokenizer cuts them. It folds the word
// like the folded analyzer. This
// hand-written scan is a tenth of the cost of bleve's word segmenter, which
// was most of the time of a search when marks were cut with it.
func nextWord(text string, at int) (word, bool) { return nextWordIn(text, at, nil) }

// nextWordIn is nextWord, except that with firsts, a word whose folded form
// cannot start with a byte of firsts is left unfolded, its term "" (no
// marked word is empty): folding every word was half the cost of marking.
func nextWordIn(text string, at int, firsts *[256]bool) (word, bool) {
	start := -1
	i := at
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		var in bool
		if r < runeClasses {
			c := runeClass[r]
			in = c == classWord || start >= 0 && c == classMark
		} else {
			in = unicode.IsLetter(r) || unicode.IsDigit(r) || start >= 0 && unicode.Is(unicode.Mn, r)
		}
		if !in && start >= 0 && (r == '.' || r == ',' || r == '\'') {
			in = joins(text, i, r)
		}
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			break
		}
		i += n
	}
	if start < 0 {
		return word{}, false
	}
	raw := text[start:i]
	if firsts != nil {
		if b, ok := foldedFirst(raw); ok && !firsts[b] {
			return word{start: start, end: i}, true
		}
	}
	return word{term: foldWord(raw), start: start, end: i}, true
}

// runeClass tells, for the runes of Vietnamese texts (below U+2000: Latin,
// combining marks, Latin Extended Additional), what nextWord needs of
// package unicode, which looks letters up in range tables.
var runeClass = func() []uint8 {
	t := make([]uint8, runeClasses)
	for r := range t {
		switch {
		case unicode.IsLetter(rune(r)) || unicode.IsDigit(rune(r)):
			t[r] = classWord
		case unicode.Is(unicode.Mn, rune(r)):
			t[r] = classMark
		}
	}
	return t
}()

const (
	runeClasses = 0x2000
	classWord   = 1 // letter or digit
	classMark   = 2 // combining mark: inside a word only
)

// foldedFirst returns the first byte of vntext.Fold(w), which folds rune
// by rune, when its first rune folds to something.
func foldedFirst(w string) (byte, bool) {
	c := w[0]
	if c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c, true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return 0, false
	}
	f := vntext.FoldRune(r)
	if f == "" {
		return 0, false
	}
	return f[0], true
}

// joins reports whether the punctuation r at text[i] stays inside a word,
// as in Unicode word segmentation: "." and "'" between two letters or two
// digits, "," between two digits.
func joins(text string, i int, r rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return true
	}
	return r != ',' && unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// foldWord is vntext.Fold of one word, through foldWords: the words of
// reports come from a few thousand syllables. Lower-case ASCII is already
// folded.
func foldWord(w string) string {
	if !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf || 'A' <= r && r <= 'Z' }) {
		return w
	}
	if v, ok := foldWords.Load(w); ok {
		return v.(string)
	}
	f := vntext.Fold(w)
	if foldWordsSize.Load() < memoMax {
		if _, loaded := foldWords.LoadOrStore(strings.Clone(w), f); !loaded {
			foldWordsSize.Add(1)
		}
	}
	return f
}

var (
	foldWords     sync.Map // string → string
	foldWordsSize atomic.Int64
)
