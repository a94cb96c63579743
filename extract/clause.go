package extract

import (
	"iter"
	"math/bits"
)

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Clauses splits text at line ends, semicolons and sentence ends; each
// span is trimmed of spaces and never empty. A figure's clause is the
// context its indicator and stated percent are looked for in.
func Clauses(text string) []Span { return split(text, true) }

// Sentences splits text at line ends and sentence ends only, keeping
// "trong đó: a; b; c" lists whole.
func Sentences(text string) []Span { return split(text, false) }

// ClauseAt returns the clause holding byte offset off.
func ClauseAt(text string, off int) Span { return around(text, off, true) }

// SentenceAt returns the sentence holding byte offset off.
func SentenceAt(text string, off int) Span { return around(text, off, false) }

func around(text string, off int, semicolon bool) Span {
	off = max(0, min(off, len(text)))
	s, e := off, off
	for { // back to the clause's start eight bytes at a time
		if s = prevBreakByte(text, s); s == 0 || breakBefore(text, s, semicolon) {
			break
		}
		s--
	}
	for { // the rest of the clause eight bytes at a time, as spans reads it
		if e = nextBreakByte(text, e); e >= len(text) || breakAt(text, e, semicolon) {
			break
		}
		e++
	}
	return trim(text, Span{s, e})
}

// breakByte marks the bytes breakAt can end a clause at, so the scans
// step over all others with one table look-up.
var breakByte = [256]bool{'\n': true, ';': true, '.': true, '!': true, '?': true}

func split(text string, semicolon bool) []Span {
	out := make([]Span, 0, len(text)/64+1) // reports run about a clause per 60 bytes
	for sp := range spans(text, semicolon) {
		out = append(out, sp)
	}
	if len(out) == 0 {
		return nil // as without the sizing
	}
	return out
}

// spans yields the clauses (or sentences) of text one by one, for
// callers that need not keep them.
func spans(text string, semicolon bool) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		start := 0
		for i := 0; ; i++ {
			i = nextBreakByte(text, i)
			if i < len(text) && !breakAt(text, i, semicolon) {
				continue
			}
			if sp := trim(text, Span{start, i}); sp.End > sp.Start && !yield(sp) {
				return
			}
			if i >= len(text) {
				return
			}
			start = i + 1
		}
	}
}

// nextBreakByte is the offset of the first of breakByte in t from i on,
// or len(t); eight bytes are looked at at once, as nextDigit does.
func nextBreakByte(t string, i int) int {
	for ; i+8 <= len(t); i += 8 {
		x := load64(t, i)
		// a zero byte of x^c for each byte c: the first flagged is
		// a true one (see nextDigit)
		m := zeroBytes(x^('\n'*loBits)) | zeroBytes(x^(';'*loBits)) | zeroBytes(x^('.'*loBits)) |
			zeroBytes(x^('!'*loBits)) | zeroBytes(x^('?'*loBits))
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(t) && !breakByte[t[i]] {
		i++
	}
	return i
}

// prevBreakByte is one past the offset of the last of breakByte in
// t[:i], or 0; eight bytes are looked at at once.
func prevBreakByte(t string, i int) int {
	for ; i >= 8; i -= 8 {
		x := load64(t, i-8)
		// Only the highest flagged byte is wanted: a flag above a true
		// one can be false (a borrow), so the bytes are tested one by
		// one from the top once any is flagged.
		m := zeroBytes(x^('\n'*loBits)) | zeroBytes(x^(';'*loBits)) | zeroBytes(x^('.'*loBits)) |
			zeroBytes(x^('!'*loBits)) | zeroBytes(x^('?'*loBits))
		if m != 0 {
			for j := i - 1; j >= i-8; j-- {
				if breakByte[t[j]] {
					return j + 1
				}
			}
		}
	}
	for i > 0 && !breakByte[t[i-1]] {
		i--
	}
	return i
}

// zeroBytes flags the high bit of the bytes of x that are zero; above
// the first one, others may be flagged too.
func zeroBytes(x uint64) uint64 { return (x - loBits) &^ x & hiBits }

// breakAt reports whether the byte at i ends a clause: a newline, a
// semicolon, or ".", "!", "?" followed by a space, newline or the end
// (a dot between digits groups thousands and never ends anything).
func breakAt(t string, i int, semicolon bool) bool {
	switch t[i] {
	case '\n':
		return true
	case ';':
		return semicolon
	case '.', '!', '?':
		return i+1 >= len(t) || t[i+1] == ' ' || t[i+1] == '\n' || t[i+1] == '\r'
	}
	return false
}

// breakBefore reports whether a clause starts at s (the byte before s
// ends the previous one).
func breakBefore(t string, s int, semicolon bool) bool { return breakAt(t, s-1, semicolon) }

func trim(t string, sp Span) Span {
	for sp.Start < sp.End && trimByte[t[sp.Start]] {
		sp.Start++
	}
	for sp.End > sp.Start && trimByte[t[sp.End-1]] {
		sp.End--
	}
	return sp
}

// trimByte marks the bytes trim cuts.
var trimByte = [256]bool{' ': true, '\t': true, '\r': true, '\n': true}
