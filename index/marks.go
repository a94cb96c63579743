package index

import (
	"slices"
	"strings"

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
	if m.empty() {
		return nil
	}
	if len(text) > maxMarkScan {
		text = text[:cut(text, maxMarkScan)]
	}
	toks := tokens(text)
	var out []span
	for i, t := range toks {
		term := string(t.Term)
		if m.words[term] || slices.ContainsFunc(m.prefixes, func(p string) bool { return strings.HasPrefix(term, p) }) {
			out = append(out, span{t.Start, t.End})
		}
		for _, p := range m.phrases {
			if i+len(p) > len(toks) || term != p[0] {
				continue
			}
			n := 1
			for n < len(p) && string(toks[i+n].Term) == p[n] {
				n++
			}
			if n == len(p) {
				for _, u := range toks[i : i+n] {
					out = append(out, span{u.Start, u.End})
				}
			}
		}
	}
	return out
}
