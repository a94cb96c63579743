package check

import (
	"baocao/vntext"
	"math/big"
	"slices"
	"strings"
	"unicode/utf8"

	"baocao"
	"baocao/extract"
)

// isTarget reports whether ns[i] is the b of "a/b" or "a UNIT/b UNIT",
// or a plan written "(KH: b)". The rules ask it of most figures several
// times (unit asks it of the next figure): it is read once a run.
func (d *doc) isTarget(i int) bool {
	f := &d.figs[i]
	if f.target == 0 {
		f.target = 1
		if d.readTarget(i) {
			f.target = 2
		}
	}
	return f.target == 2
}

// readTarget is isTarget, read from the text.
func (d *doc) readTarget(i int) bool {
	if i == 0 {
		return false
	}
	gap := trimSpace(d.text[d.ns[i-1].UnitEnd:d.ns[i].QStart])
	if gap == "/" {
		return true
	}
	// The words below end in ":" or "h", which only ":", "h" and "H" lower
	// case to; and the gap can run for a paragraph, so only its last runes
	// are lower cased (at most 3 bytes lower case to 1: 64 bytes leave more
	// than the 14 of the longest word).
	if gap == "" || (gap[len(gap)-1] != ':' && gap[len(gap)-1]|0x20 != 'h') {
		return false
	}
	if k := len(gap) - 64; k > 0 {
		for k > 0 && gap[k]&0xC0 == 0x80 {
			k--
		}
		gap = gap[k:]
	}
	gap = d.lower(lowGap, gap)
	return strings.HasSuffix(gap, "(kh:") || strings.HasSuffix(gap, "(kh") || strings.HasSuffix(gap, "(kế hoạch:") || strings.HasSuffix(gap, "(kế hoạch")
}

// unit is what ns[i] counts; the a of "a/b UNIT" counts b's unit.
func (d *doc) unit(i int) string {
	if d.ns[i].Unit == "" && d.isNumerator(i) {
		return d.ns[i+1].Unit
	}
	return d.ns[i].Unit
}

// isNumerator reports whether ns[i] is the a of "a/b".
func (d *doc) isNumerator(i int) bool { return i+1 < len(d.ns) && d.isTarget(i+1) }

// wordsBefore returns the last k words before ns[i] (lower case, joined by
// spaces), looking no further back than 60 bytes.
func (d *doc) wordsBefore(i, k int) string {
	n := &d.ns[i]
	s := max(0, n.QStart-60)
	for s > 0 && s < len(d.text) && d.text[s]&0xC0 == 0x80 {
		s--
	}
	// The separators are ASCII, so the fields are found on the text as
	// written, back from the figure, and only they are lower cased.
	t := d.text[s:n.QStart]
	if w, ok := d.singleSpaced(t, k); ok {
		return w
	}
	f := make([]string, 0, k)
	for e := len(t); e > 0 && len(f) < k; {
		for e > 0 && wordSep(t[e-1]) {
			e--
		}
		b := e
		for b > 0 && !wordSep(t[b-1]) {
			b--
		}
		if b < e {
			f = append(f, vntext.Lower(t[b:e]))
		}
		e = b
	}
	slices.Reverse(f)
	return strings.Join(f, " ")
}

// lastRuneBefore is the last rune of the word before ns[i], lower cased:
// the last rune of wordsBefore(i, k) for any k when that word is in
// reach. A rule asking for some words first asks whether this rune can
// end them, which spares lower casing and joining the words of most
// figures.
func (d *doc) lastRuneBefore(i int) rune {
	e := d.ns[i].QStart
	for e > 0 && wordSep(d.text[e-1]) {
		e--
	}
	r, _ := utf8.DecodeLastRuneInString(d.text[:e])
	return vntext.LowerRune(r)
}

// singleSpaced is wordsBefore's answer for t when its last k words (or all
// it has, if fewer) are parted by single spaces only: the text as written,
// lower cased, with no words to split and join.
func (d *doc) singleSpaced(t string, k int) (string, bool) {
	e := len(t)
	for e > 0 && wordSep(t[e-1]) {
		e--
	}
	end := e
	for words := 0; e > 0; {
		for e > 0 && !wordSep(t[e-1]) {
			e--
		}
		if words++; words == k {
			break
		}
		sep := e
		for sep > 0 && wordSep(t[sep-1]) {
			sep--
		}
		if sep == 0 {
			break
		}
		if e-sep != 1 || t[sep] != ' ' {
			return "", false
		}
		e = sep
	}
	return d.lower(lowWords, t[e:end]), true
}

func wordSep(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '*' || c == '_' || c == ':'
}

// quantity reports whether ns[i] can be a part or a total: a count or an
// amount, not a percent, a period or a rate.
func (d *doc) quantity(i int) bool {
	n := &d.ns[i]
	return !n.Percent && !n.Duration && n.Per == ""
}

// bounds is the interval a stated result stands for, widened by its
// rounding when it was written rounded ("304 triệu đồng", "199,4 tỷ
// đồng").
func bounds(n extract.Number) interval {
	if !n.Rounded() {
		return operand(n)
	}
	return widened(n)
}

// widened is n.Bounds(true): the wording's interval widened by half a unit
// of the last written digit, not below 0.
func widened(n extract.Number) interval {
	return widen(operand(n), halfUnitExp(n.ScaleExp-n.Decimals))
}

// widen is iv widened by h at both ends, not below 0.
func widen(iv interval, h frac) interval {
	if iv.lo = iv.lo.sub(h); iv.lo.sign() < 0 {
		iv.lo = intFrac(0)
	}
	if !iv.open {
		iv.hi = iv.hi.add(h)
	}
	return iv
}

// halfUnitExp is 10^e/2, the HalfUnit of a figure whose last written
// digit is worth 10^e; a big.Rat only when it does not fit.
func halfUnitExp(e int) frac {
	switch {
	case e >= 1 && e <= 18:
		return intFrac(5 * int64(pow10[e-1]))
	case e <= 0 && e >= -18:
		return frac{n: 1, d: 2 * int64(pow10[-e])}
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(e, -e))), nil)
	r := new(big.Rat).SetFrac(p, big.NewInt(2))
	if e < 0 {
		r.SetFrac(big.NewInt(1), new(big.Int).Mul(p, big.NewInt(2)))
	}
	return fromRat(r)
}

// operand is the interval an operand stands for: the value as written
// (only its qualifier or range widens it). Operands are taken at their
// word, as the report's own arithmetic did; the stated result carries the
// rounding tolerance.
func operand(n extract.Number) interval {
	return fromExtract(extract.Interval{Lo: n.Lo, Hi: n.Hi})
}

// figureText is a figure with its unit as the report wrote it.
func (d *doc) figureText(i int) string {
	n := &d.ns[i]
	s := trimSpace(d.text[n.QStart:n.UnitEnd])
	if n.Unit == "" && d.unit(i) != "" {
		s += " " + d.unit(i)
	}
	return s
}

// addFigure adds figureText(i) to the open string of d.strs.
func (d *doc) addFigure(i int) {
	n := &d.ns[i]
	d.strs.add(trimSpace(d.text[n.QStart:n.UnitEnd]))
	if n.Unit == "" && d.unit(i) != "" {
		d.strs.add2(" ", d.unit(i))
	}
}

// evidence is the clauses from off to end.
func (d *doc) evidence(c *baocao.Check, start, end int) {
	a := d.clauseAt(start)
	b := a
	// end-1 before the end of start's clause has no break between them:
	// the same clause, found without a second search
	if e := max(start, end-1); start < 0 || e >= a.End {
		b = d.clauseAt(e)
	}
	c.Start, c.End = min(a.Start, start), max(b.End, end)
	c.Text = d.text[c.Start:c.End]
}

// gradeOff grades a mismatch between amounts: "gross" when they differ by
// about a power of ten (stated/computed at least 5 or at most 1/5), "minor"
// otherwise.
func gradeOff(computed, stated frac) string {
	if computed.sign() > 0 && stated.sign() > 0 {
		five := intFrac(5)
		if stated.cmp(computed.mul(five)) >= 0 || stated.mul(five).cmp(computed) <= 0 {
			return "gross"
		}
	}
	return "minor"
}

func floatOf(x frac) *float64 {
	f := x.float()
	return &f
}

// unitPairs reports whether every "/" in text[from:to] joins two counts
// of the same cases in two units ("03 người/03 vụ"), not a value and its
// target or a rate: each is the b of an "a UNIT/b UNIT" whose units differ.
func (d *doc) unitPairs(from, to int) bool {
	slashes := strings.Count(d.text[from:to], "/")
	pairs := 0
	for _, i := range d.within(extract.Span{Start: from, End: to}) {
		if i == 0 || d.ns[i-1].QStart <= from || !d.isTarget(i) {
			continue
		}
		n, a := &d.ns[i], &d.ns[i-1]
		if a.Unit == "" || n.Unit == "" || a.Unit == n.Unit || !d.quantity(i) || !d.quantity(i-1) {
			return false
		}
		pairs++
	}
	return pairs > 0 && pairs == slashes
}
