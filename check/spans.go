package check

import (
	"slices"
	"strings"

	"baocao/extract"
)

// breaks are the offsets where the clauses of a text end, found in one
// pass: the rules ask for the clause or sentence around a figure again
// and again, and extract.ClauseAt scans the text out from the offset each
// time. A sentence ends at every clause end but ";".
type breaks struct {
	text string
	ends []int // the bytes extract.ClauseAt stops at: line ends, ";", sentence ends

	byByte [len(breakBytes)][]int // the ends of each break byte, which reset merges
	merged []int                  // reset's second array to merge in
	first  []int                  // first[k] is the index in ends of the first break at or after k·bucket
}

// bucket is the stretch of text first indexes: a clause search starts at
// most a couple of breaks before its answer, not a binary search away.
const bucket = 64

// newBreaks finds the breaks of text byte by byte kind: IndexByte skips
// to each far faster than a loop looks at every byte.
func newBreaks(text string) breaks {
	var b breaks
	b.reset(text)
	return b
}

// reset makes b the breaks of text, reusing its arrays. Each break byte
// is found by IndexByte into a list of its own, in order, and the lists
// are merged two at a time: sorting them together costs more than finding
// them, and most of ";", "!" and "?" are empty.
func (b *breaks) reset(text string) {
	for k, c := range breakBytes {
		at := b.byByte[k][:0]
		for off := 0; ; {
			i := strings.IndexByte(text[off:], c)
			if i < 0 {
				break
			}
			if off += i; breakAt(text, off) {
				at = append(at, off)
			}
			off++
		}
		b.byByte[k] = at
	}
	ends, spare := append(b.ends[:0], b.byByte[0]...), b.merged[:0]
	for _, l := range b.byByte[1:] {
		if len(l) > 0 {
			ends, spare = merge(spare[:0], ends, l), ends
		}
	}
	b.text, b.ends, b.merged = text, ends, spare
	b.first = slices.Grow(b.first[:0], len(text)/bucket+1)[:len(text)/bucket+1]
	k := 0
	for j := range b.first {
		for k < len(ends) && ends[k] < j*bucket {
			k++
		}
		b.first[j] = k
	}
}

// search is searchInts(b.ends, off) for 0 <= off <= len(b.text): the
// index of the first break at or after off.
func (b *breaks) search(off int) int {
	k := b.first[off/bucket]
	for k < len(b.ends) && b.ends[k] < off {
		k++
	}
	return k
}

// breakBytes are the bytes a clause may end at.
var breakBytes = [...]byte{'\n', ';', '.', '!', '?'}

// merge appends the merge of the ascending lists x and y to out.
func merge(out, x, y []int) []int {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		if x[i] < y[j] {
			out = append(out, x[i])
			i++
		} else {
			out = append(out, y[j])
			j++
		}
	}
	out = append(out, x[i:]...)
	return append(out, y[j:]...)
}

// breakAt is extract's test for a clause end at i: a newline, a
// semicolon, or ".", "!", "?" before a space, a line end or the end.
func breakAt(t string, i int) bool {
	switch t[i] {
	case '\n', ';':
		return true
	case '.', '!', '?':
		return i+1 >= len(t) || t[i+1] == ' ' || t[i+1] == '\n' || t[i+1] == '\r'
	}
	return false
}

// clauseAt is extract.ClauseAt(text, off).
func (b *breaks) clauseAt(off int) extract.Span { return b.around(off, true) }

// sentenceAt is extract.SentenceAt(text, off).
func (b *breaks) sentenceAt(off int) extract.Span { return b.around(off, false) }

// around is the span from the last break before off to the first break at
// or after it, trimmed of spaces, as extract finds it; semicolons break
// clauses only.
func (b *breaks) around(off int, semicolon bool) extract.Span {
	off = max(0, min(off, len(b.text)))
	k := b.search(off) // ends[k] is the first break >= off
	sp := extract.Span{Start: 0, End: len(b.text)}
	for j := k - 1; j >= 0; j-- {
		if semicolon || b.text[b.ends[j]] != ';' {
			sp.Start = b.ends[j] + 1
			break
		}
	}
	for j := k; j < len(b.ends); j++ {
		if semicolon || b.text[b.ends[j]] != ';' {
			sp.End = b.ends[j]
			break
		}
	}
	return trimSpan(b.text, sp)
}

// sentences is extract.Sentences(text): the non-empty trimmed spans
// between sentence ends.
func (b *breaks) sentences() []extract.Span { return b.appendSentences(nil) }

// appendSentences appends sentences() to out.
func (b *breaks) appendSentences(out []extract.Span) []extract.Span {
	start := 0
	for k := 0; k <= len(b.ends); k++ {
		e := len(b.text)
		if k < len(b.ends) {
			if e = b.ends[k]; b.text[e] == ';' {
				continue
			}
		}
		if sp := trimSpan(b.text, extract.Span{Start: start, End: e}); sp.End > sp.Start {
			out = append(out, sp)
		}
		start = e + 1
	}
	return out
}

// trimSpan drops the spaces, tabs and line ends at both ends of sp.
func trimSpan(t string, sp extract.Span) extract.Span {
	for sp.Start < sp.End && isSpace(t[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpace(t[sp.End-1]) {
		sp.End--
	}
	return sp
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
