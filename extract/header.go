package extract

import (
	"strings"

	"baocao/vntext"
)

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

// roleMemo keeps the headerRole of the cells one worker has seen: the
// reports of a kind repeat their column headings, and folding a cell is
// the dearest part of reading a header. A nil one keeps none.
type roleMemo struct{ m map[string]int }

// compareBit in a memo's entry marks a cell that compares with another
// period ("so cùng kỳ"): a percent column that does is not trusted.
const compareBit = 1 << 8

// compares reports whether a percent column's heading compares with
// another period, remembered as of does the roles.
func compares(cell string) bool {
	return containsAnyOf(" "+foldWords(cell)+" ", []string{"cung ky", "nam truoc", "so voi nam", " ck "})
}

// maxRoles bounds a memo: past it, the memo starts again.
const maxRoles = 512

func (r *roleMemo) of(cell string) int { return r.entry(cell) &^ compareBit }

// comparing is compares(cell), remembered.
func (r *roleMemo) comparing(cell string) bool { return r.entry(cell)&compareBit != 0 }

// entry is the role of cell, with compareBit set when it compares.
func (r *roleMemo) entry(cell string) int {
	if r == nil || len(cell) > 64 { // headings are short: a long cell is seldom seen again
		return entryOf(cell)
	}
	if e, ok := r.m[cell]; ok {
		return e
	}
	e := entryOf(cell)
	if r.m == nil || len(r.m) >= maxRoles {
		r.m = make(map[string]int)
	}
	r.m[strings.Clone(cell)] = e // not a piece of the document
	return e
}

func entryOf(cell string) int {
	e := headerRole(cell)
	if compares(cell) {
		e |= compareBit
	}
	return e
}

// foldWords folds s (lower case, no diacritics, single spaces), for
// header matching.
func foldWords(s string) string { return singleSpaced(vntext.Fold(s)) }

// singleSpaced is strings.Join(strings.Fields(s), " "): s itself when its
// words already stand one space apart, as most folded cells do.
func singleSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '),
			c != ' ' && asciiSpace[c],
			c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3: // may start a Unicode space
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// parseHeader reads a header row: no cell is a bare figure, and it names
// a value or a target column. When several columns are values or targets
// ("TH 2020 | KH 2021 | TH 2021"), the value and the target are those
// naming the same year; without such a pair the last value and the first
// target are kept, and no percent column is trusted. A percent column is
// used only when it is the only one and does not compare with another
// period ("so cùng kỳ").
func parseHeader(cells []string, roles *roleMemo) (table, bool) {
	tb := table{cells: len(cells), name: -1, unit: -1, value: -1, target: -1, pct: -1}
	for _, c := range cells { // before any folding: most rows are data
		if bareFigure(c) {
			return tb, false
		}
	}
	var values, targets, pcts []int
	for i, c := range cells {
		switch roles.of(c) {
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
	trusted := len(pcts) == 1 && !roles.comparing(cells[pcts[0]])
	switch {
	case len(values) <= 1 && len(targets) <= 1:
		tb.value, tb.target = first(values), first(targets)
	default:
		tb.value, tb.target = pairByYear(cells, values, targets)
		if tb.value < 0 {
			// the last value column is the latest; a header of targets
			// only ("A KH KH") has none
			tb.value, tb.target, trusted = -1, first(targets), false
			if len(values) > 0 {
				tb.value = values[len(values)-1]
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
	last := "" // the last field that is one, without making the fields
	for f := range strings.FieldsSeq(cell) {
		w := strings.Trim(f, "()*")
		if len(w) == 4 && w >= "1900" && w <= "2100" && digitsEnd(w, 0) == 4 {
			last = w
		}
	}
	return last
}

// bareFigure reports whether a cell is only a figure ("20.100", "98,5%"):
// a data cell, never a header.
func bareFigure(c string) bool {
	c = strings.TrimSpace(c)
	if nextDigit(c, 0) == len(c) {
		return false // no digit, no figure
	}
	if numeric(c) {
		// Most data cells are digits and separators only ("28.101",
		// "73,95"). Read whole as one mantissa, such a cell is a figure
		// unless the mantissa is bad or a bare year: nothing before it
		// can make it a reference or list number, and nothing follows.
		if m, good := readMantissa(c, 0); m.end == len(c) {
			return good && !m.yearLike()
		}
	}
	bare := false
	scanEach(c, false, placesOnly, func(n Number) {
		bare = bare || (n.QStart == 0 && n.End >= len(strings.TrimRight(c, " %")))
	})
	return bare
}

// numeric reports whether c starts with a digit and has only digits,
// dots and commas.
func numeric(c string) bool {
	if c == "" || !isDigit(c[0]) {
		return false
	}
	for i := 1; i < len(c); i++ {
		if b := c[i]; !isDigit(b) && b != '.' && b != ',' {
			return false
		}
	}
	return true
}

// placesOnly scans for the figures' places, without values; it is only
// read.
var placesOnly = &scanCtx{al: noValues}

// hasFigure reports whether Numbers(s) is not empty.
func hasFigure(s string) bool {
	if nextDigit(s, 0) == len(s) {
		return false
	}
	found := false
	scanEach(s, false, placesOnly, func(Number) { found = true })
	return found
}
