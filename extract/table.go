package extract

import (
	"sort"
	"strings"

	"baocao"
	"baocao/vntext"
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

// headerRole is the role a header cell names. Words are matched on the
// folded cell so "Kế hoạch", "KH", "Ke hoach" agree.
func headerRole(cell string) int {
	f := " " + foldWords(cell) + " "
	switch {
	case containsAnyOf(f, []string{" don vi ", " dvt ", " don vi tinh "}):
		return colUnit
	case containsAnyOf(f, []string{" ty le ", " ti le ", "(%)", " % ", " so sanh "}):
		return colPercent
	case containsAnyOf(f, []string{" ke hoach ", " kh ", " chi tieu giao ", " muc tieu ", " chi tieu nam "}):
		return colTarget
	case containsAnyOf(f, []string{" thuc hien ", " th ", " uoc th ", " uoc thuc hien ", " ket qua "}):
		return colValue
	case containsAnyOf(f, []string{" chi tieu ", " noi dung ", " ten chi tieu ", " linh vuc "}):
		return colName
	}
	return colNone
}

// foldWords folds s (lower case, no diacritics, single spaces), for
// header matching.
func foldWords(s string) string { return strings.Join(strings.Fields(vntext.Fold(s)), " ") }

// parseHeader reads a header row: no cell is a bare figure, and it names
// a value or a target column. When several columns are values or targets
// ("TH 2020 | KH 2021 | TH 2021"), the value and the target are those
// naming the same year; without such a pair the last value and the first
// target are kept, and no percent column is trusted. A percent column is
// used only when it is the only one and does not compare with another
// period ("so cùng kỳ").
func parseHeader(cells []string) (table, bool) {
	tb := table{cells: len(cells), name: -1, unit: -1, value: -1, target: -1, pct: -1}
	for _, c := range cells { // before any folding: most rows are data
		if bareFigure(c) {
			return tb, false
		}
	}
	var values, targets, pcts []int
	for i, c := range cells {
		switch headerRole(c) {
		case colName:
			if tb.name < 0 {
				tb.name = i
			}
		case colUnit:
			if tb.unit < 0 {
				tb.unit = i
			}
		case colValue:
			values = append(values, i)
		case colTarget:
			if i > 0 {
				targets = append(targets, i)
			} else if tb.name < 0 {
				tb.name = 0 // "Chỉ tiêu" heading the first column names the rows
			}
		case colPercent:
			pcts = append(pcts, i)
		}
	}
	if tb.name < 0 {
		tb.name = 0
	}
	if len(values) == 0 && len(targets) == 0 {
		return tb, false
	}
	trusted := len(pcts) == 1 && !containsAnyOf(" "+foldWords(cells[pcts[0]])+" ", []string{"cung ky", "nam truoc", "so voi nam", " ck "})
	switch {
	case len(values) <= 1 && len(targets) <= 1:
		tb.value, tb.target = first(values), first(targets)
	default:
		tb.value, tb.target = pairByYear(cells, values, targets)
		if tb.value < 0 {
			tb.value, tb.target, trusted = values[len(values)-1], first(targets), false
			if len(values) == 0 {
				tb.value = -1
			}
		}
	}
	if trusted {
		tb.pct = pcts[0]
	}
	return tb, true
}

func first(is []int) int {
	if len(is) == 0 {
		return -1
	}
	return is[0]
}

// pairByYear returns the value and target columns whose headers name the
// same year, when exactly one such pair exists; -1, -1 otherwise.
func pairByYear(cells []string, values, targets []int) (int, int) {
	v, t, n := -1, -1, 0
	for _, i := range values {
		for _, j := range targets {
			if y := yearWord(cells[i]); y != "" && y == yearWord(cells[j]) {
				v, t, n = i, j, n+1
			}
		}
	}
	if n != 1 {
		return -1, -1
	}
	return v, t
}

// yearWord is the four-digit year a header cell ends with or names
// ("KH 2021", "Thực hiện năm 2021"), "" when none.
func yearWord(cell string) string {
	f := strings.Fields(cell)
	for k := len(f) - 1; k >= 0; k-- {
		w := strings.Trim(f[k], "()*")
		if len(w) == 4 && w >= "1900" && w <= "2100" && digitsEnd(w, 0) == 4 {
			return w
		}
	}
	return ""
}

// bareFigure reports whether a cell is only a figure ("20.100", "98,5%"):
// a data cell, never a header.
func bareFigure(c string) bool {
	c = strings.TrimSpace(c)
	if strings.IndexAny(c, "0123456789") < 0 {
		return false // no digit, no figure
	}
	bare := false
	scanEach(c, false, placesOnly, func(n Number) {
		bare = bare || (n.QStart == 0 && n.End >= len(strings.TrimRight(c, " %")))
	})
	return bare
}

// placesOnly scans for the figures' places, without values; it is only
// read.
var placesOnly = &scanCtx{al: noValues}

// hasFigure reports whether Numbers(s) is not empty.
func hasFigure(s string) bool {
	if strings.IndexAny(s, "0123456789") < 0 {
		return false
	}
	found := false
	scanEach(s, false, placesOnly, func(Number) { found = true })
	return found
}

// tableRows finds the rows of the tables of t that have a header, and
// returns their records and the lines they take (which sentence reading
// then leaves alone).
func tableRows(t string, pl *sections) ([]baocao.Record, []Span) {
	var out []baocao.Record
	var taken []Span
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
		} else if cells := strings.Split(line, "\t"); cur == nil || len(cells) != cur.cells {
			cur = nil
			head := cells
			if len(above) == len(cells) {
				head = make([]string, len(cells))
				for i := range cells {
					head[i] = strings.TrimSpace(above[i] + " " + cells[i])
				}
			}
			if tb, ok := parseHeader(head); ok {
				tb.year, tb.period = tableYear(t, start, head, tb)
				cur, above = &tb, nil
				taken = append(taken, Span{start, start + len(line)})
			} else if !hasFigure(line) {
				above = cells
			} else {
				above = nil
			}
		} else if tb, ok := parseHeader(cells); ok && !hasFigure(line) {
			tb.year, tb.period = tableYear(t, start, cells, tb)
			cur = &tb // a new header with as many columns
			taken = append(taken, Span{start, start + len(line)})
		} else if r, ok := cur.row(t, start, line, cells, pl); ok {
			out = append(out, r)
			taken = append(taken, Span{start, start + len(line)})
		}
		start = end + 1
	}
	return out, taken
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
func (tb *table) row(t string, start int, line string, cells []string, pl *sections) (baocao.Record, bool) {
	sc := &scanCtx{al: &pl.rats}
	cell := func(i int) string {
		if i < 0 {
			return ""
		}
		return strings.TrimSpace(cells[i])
	}
	unit := cell(tb.unit)
	num := func(i int) (Number, bool) {
		c := cell(i)
		if c == "" {
			return Number{}, false
		}
		if unit != "" && i != tb.pct && unitJoins(unit) {
			if n, ok := parseIn(c+" "+unit, sc); ok {
				return n, true // "1.234 triệu đồng"
			}
		}
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
	if u, _, dur := unitAt(unit, 0, nil); u != "" && !dur {
		unit = u
	}
	if unit == "" && okV && v.Unit != "" {
		unit = v.Unit
	}
	r.Unit = unit
	r.Year, r.Period = tb.year, tb.period
	if r.Year == 0 {
		r.Year, r.Period = pl.headingYear(start)
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
		if p, ok := num(tb.pct); ok && tb.pct >= 0 && !v.Percent && unit != "%" {
			r.Percent, r.PercentText = pl.float(toFloat(p.Value)), p.Text
			if !p.Percent {
				r.PercentText += "%"
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
func unitJoins(unit string) bool {
	if strings.HasPrefix(unit, "%") {
		return true
	}
	for _, ab := range moneyAbbrevs {
		if strings.HasPrefix(unit, ab) {
			return true
		}
	}
	if w, _ := matchWord(unit, 0, &scaleList, nil); w != "" {
		return true
	}
	w, _ := matchWord(unit, 0, &moneyList, nil)
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
