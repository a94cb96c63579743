package extract

import (
	"sort"
	"strings"
	"unicode"

	"baocao"
)

// Tables reach the text as one line per row with the cells separated by
// tabs (every reader writes them so). A header row names the columns; the
// rows under it are read as records the way a sentence "NAME a/b UNIT, đạt
// p%" is: the cell under "Thực hiện" is the value, under "Kế hoạch" the
// target, under "Tỷ lệ (%)" the percent stated for them, under "Đơn vị"
// the unit and the first text column names the indicator.

// column roles a header cell can give.
const (
	colNone = iota
	colName
	colUnit
	colValue
	colTarget
	colPercent
)

// table is the column layout a header row announces.
type table struct {
	cells                          int // cells per row
	name, unit, value, target, pct int // column indexes, -1 when absent
	year                           int // the year the value column or the caption names, 0 when none
	period                         string
}

// tableRows finds the rows of the tables of t that have a header, and
// appends their records to out and the lines they take (which sentence
// reading then leaves alone) to taken.
//
// figs, when not nil, are the figures of t (Numbers(t) or its values
// only): a cell that one of them spans exactly is that figure, without
// reading the cell again.
func tableRows(t string, pl *sections, out []baocao.Record, taken []Span, figs []figure) ([]baocao.Record, []Span) {
	var cur *table
	var above []string // a tab row above without figures: the upper row of a two-row header
	for start := 0; start < len(t); {
		// Lines without a tab only end a table: go straight to the next
		// line with one.
		k := strings.IndexByte(t[start:], '\t')
		if k < 0 {
			break
		}
		if ls := strings.LastIndexByte(t[:start+k], '\n') + 1; ls > start {
			cur, above, start = nil, nil, ls
		}
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		line := strings.TrimRight(t[start:end], "\r")
		if !strings.Contains(line, "\t") {
			cur, above = nil, nil
		} else if cells := pl.splitTabs(line); cur == nil || len(cells) != cur.cells {
			cur = nil
			head := cells
			if len(above) == len(cells) {
				head = make([]string, len(cells))
				for i := range cells {
					head[i] = strings.TrimSpace(above[i] + " " + cells[i])
				}
			}
			if tb, ok := parseHeader(head, &pl.roles); ok {
				tb.year, tb.period = tableYear(t, start, head, tb)
				cur, above = &tb, nil
				taken = append(taken, Span{start, start + len(line)})
			} else if !hasFigure(line) {
				above = append(pl.above[:0], cells...) // cells is written again at the next line
				pl.above = above
			} else {
				above = nil
			}
		} else if tb, ok := parseHeader(cells, &pl.roles); ok && !hasFigure(line) {
			tb.year, tb.period = tableYear(t, start, cells, tb)
			cur = &tb // a new header with as many columns
			taken = append(taken, Span{start, start + len(line)})
		} else if r, ok := cur.row(t, start, line, cells, pl, figs); ok {
			out = append(out, r)
			taken = append(taken, Span{start, start + len(line)})
		}
		start = end + 1
	}
	return out, taken
}

// splitTabs is strings.Split(line, "\t"), in room kept from line to
// line: the cells are good until the next call.
func (pl *sections) splitTabs(line string) []string {
	cells := pl.cells[:0]
	for {
		k := strings.IndexByte(line, '\t')
		if k < 0 {
			break
		}
		cells = append(cells, line[:k])
		line = line[k+1:]
	}
	pl.cells = append(cells, line)
	return pl.cells
}

// tableYear is the year a table's figures are for: the one the value (or
// else target) column's header names ("Thực hiện năm 2020"), else the one its caption
// (the last non-blank line above the header) names.
func tableYear(t string, start int, cells []string, tb table) (int, string) {
	for _, c := range []int{tb.value, tb.target} { // a merged "Năm 2021" above "KH | TH" lands on KH
		if c >= 0 {
			if y, p := yearIn(cells[c], false); y != 0 {
				return y, p
			}
			if w := yearWord(cells[c]); w != "" { // "TH 2021"
				return atoi(w), ""
			}
		}
	}
	above := strings.TrimRight(t[:start], " \t\r\n")
	caption := above[strings.LastIndexByte(above, '\n')+1:]
	if strings.Contains(caption, "\t") || len(caption) > 300 {
		return 0, ""
	}
	return yearIn(caption, false)
}

// row reads one data row starting at offset start of t.
func (tb *table) row(t string, start int, line string, cells []string, pl *sections, figs []figure) (baocao.Record, bool) {
	sc := &scanCtx{al: &pl.rats}
	cell := func(i int) string {
		if i < 0 {
			return ""
		}
		return strings.TrimSpace(cells[i])
	}
	// cellAt is the offset of cell(i) in t: the cells are pieces of the
	// line, tab after tab.
	cellAt := func(i int) int {
		off := start
		for _, c := range cells[:i] {
			off += len(c) + 1
		}
		return off + len(cells[i]) - len(strings.TrimLeftFunc(cells[i], unicode.IsSpace))
	}
	// lowCell is the lower case of cell(i), sliced from the document's.
	lowCell := func(i int) string {
		if len(pl.low) != len(t) || i < 0 {
			return ""
		}
		off := cellAt(i)
		return pl.low[off : off+len(cell(i))]
	}
	unit := cell(tb.unit)
	uc := &winCache{low: lowCell(tb.unit)}     // the unit's words, looked up in its lower case
	joins := unit != "" && unitJoins(unit, uc) // the same for every cell of the row
	num := func(i int) (Number, bool) {
		c := cell(i)
		if c == "" {
			return Number{}, false
		}
		if joins && i != tb.pct {
			if n, ok := parseIn(c+" "+unit, sc); ok {
				return n, true // "1.234 triệu đồng"
			}
		}
		if figs != nil {
			// A figure of the text that spans the cell is what Parse
			// reads of it: the text's reading only adds reasons to drop
			// a figure (dates, years, codes, words before the cell),
			// and none of its words or suffixes reach across a tab.
			if n, ok := spanning(figs, cellAt(i), len(c)); ok {
				return n, true
			}
		}
		sc := &scanCtx{low: lowCell(i), al: &pl.rats}
		if n, ok := parseIn(c, sc); ok {
			return n, true
		}
		var first Number
		count := 0
		scanEach(c, false, sc, func(n Number) {
			if count == 0 {
				first = n
			}
			count++
		})
		if count == 1 && first.QStart == 0 && first.UnitEnd == len(c) {
			return first, true // "900 người": the unit in the cell
		}
		return Number{}, false
	}
	name := tb.nameOf(cells)
	if name == "" {
		return baocao.Record{}, false
	}
	v, okV := num(tb.value)
	g, okT := num(tb.target)
	if !okV && !okT {
		return baocao.Record{}, false
	}
	r := baocao.Record{Indicator: name, Start: start, End: start + len(line), Text: line}
	if u, _, dur := unitAt(unit, 0, uc); u != "" && !dur {
		unit = u
	}
	if unit == "" && okV && v.Unit != "" {
		unit = v.Unit
	}
	r.Unit = unit
	r.Year, r.Period = tb.year, tb.period
	if r.Year == 0 {
		r.Year, r.Period = pl.headingYear(t, start)
	}
	switch {
	case okV && okT:
		r.Kind = "ratio"
		r.Value = toFloat(v.Value)
		r.ValueText, r.Qualifier = v.Text, v.Qualifier
		r.Target, r.TargetText = pl.float(toFloat(g.Value)), g.Text
		if g.Qualifier != "" {
			r.TargetText = g.Qualifier + " " + g.Text // as Parse reads it back
		}
		// a rate's "So sánh" column may be a difference in points: only
		// counts and amounts take the percent column
		if tb.pct >= 0 && !v.Percent && unit != "%" { // the cell is read only when it can count
			if p, ok := num(tb.pct); ok {
				r.Percent, r.PercentText = pl.float(toFloat(p.Value)), p.Text
				if !p.Percent {
					r.PercentText += "%"
				}
			}
		}
	case okV:
		r.Kind = "count"
		if v.Money {
			r.Kind = "money"
		}
		r.Value = toFloat(v.Value)
		r.ValueText, r.Qualifier = v.Text, v.Qualifier
	default:
		r.Kind, r.Plan = "count", true
		if g.Money {
			r.Kind = "money"
		}
		r.Value = toFloat(g.Value)
		r.ValueText, r.Qualifier = g.Text, g.Qualifier
	}
	if r.Kind != "ratio" && (r.Unit == "" || r.Unit == "%") {
		if r.Unit == "" {
			return baocao.Record{}, false // a bare figure of unknown unit
		}
		r.Kind = "percent"
		r.Percent, r.PercentText = pl.float(r.Value), r.ValueText
	}
	if v.Money || g.Money {
		r.Unit = "đồng"
	}
	return r, true
}

// unitJoins reports whether a figure written before unit can take it
// into its suffix (%, a scale or money word: "1.234 triệu đồng"), the
// only way the cell and its unit read as one figure. A count noun
// ("người") cannot.
func unitJoins(unit string, wc *winCache) bool {
	if strings.HasPrefix(unit, "%") {
		return true
	}
	for _, ab := range moneyAbbrevs {
		if strings.HasPrefix(unit, ab) {
			return true
		}
	}
	if w, _ := matchWord(unit, 0, &scaleList, wc); w != "" {
		return true
	}
	w, _ := matchWord(unit, 0, &moneyList, wc)
	return w != ""
}

// nameOf is the indicator a row names: its name column, or when that
// holds only a number ("TT": 1, 2, I, II) or nothing, its first cell with
// a word in it that is not the unit's.
func (tb *table) nameOf(cells []string) string {
	named := func(c string) bool {
		c = strings.TrimSpace(c)
		for i := range c {
			if letterAt(c, i) {
				return strings.Trim(c, "IVXLivxl.") != "" // not a Roman numeral
			}
		}
		return false
	}
	if tb.name >= 0 && named(cells[tb.name]) {
		return strings.TrimSpace(cells[tb.name])
	}
	for i, c := range cells {
		if i != tb.unit && i != tb.value && i != tb.target && i != tb.pct && named(c) {
			return strings.TrimSpace(c)
		}
	}
	return ""
}

// inSpans reports whether off lies in one of the sorted, disjoint spans.
func inSpans(sp []Span, off int) bool {
	k := sort.Search(len(sp), func(i int) bool { return sp[i].End > off })
	return k < len(sp) && sp[k].Start <= off
}

// spanning is the figure of figs (in text order) whose qualifier starts
// at off and that ends n bytes on, if one does.
func spanning(figs []figure, off, n int) (Number, bool) {
	lo, hi := 0, len(figs) // the first figure ending past off is in [lo, hi]
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); figs[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(figs) && figs[lo].QStart == off && figs[lo].End == off+n {
		return *figs[lo].Number, true
	}
	return Number{}, false
}
