package extract

import "strings"

// yearOf finds the year of the figure at pos: the nearest "năm YYYY"
// before it on the same line (paragraph), else the first one after it in
// its clause ("đạt 73,95% kế hoạch năm 2021"); comparisons ("so với năm
// 2020") are skipped.
func (pl *sections) yearOf(t string, pos int, cl Span) (int, string) {
	from := 0 // the start of pos's line: strings.LastIndexByte(t[:pos], '\n')+1
	k := pl.line(pos)
	if k >= 0 {
		from = pl.lines[k].start
	}
	if k >= 0 && len(pl.low) == len(t) && pos <= len(t) {
		return pl.yearNear(t, k, pos, max(pos, cl.End))
	}
	if y, s := pl.yearIn(t, from, pos, true); y > 0 {
		return y, s
	}
	return pl.yearIn(t, pos, max(pos, cl.End), false)
}

// yearMark is a "năm YYYY" of a line that names a year: at byte k of
// the text.
type yearMark struct{ k, year int }

// yearWidth is the length of "năm YYYY".
const yearWidth = len("năm ") + 4

// yearNear is yearOf for the figure at pos of line k, whose clause ends
// at end: the years of the line are read once, for all its figures,
// rather than once per figure. It agrees with the two yearIn calls of
// yearOf: the figure at pos is no digit after a year's, nor a letter
// after "năm", nor in "so với", so cutting the line at pos changes no
// year found before it or after it; the clause ends at a break, not a
// digit.
func (pl *sections) yearNear(t string, k, pos, end int) (int, string) {
	if pl.yearLine != k+1 {
		le := len(t)
		if k+1 < len(pl.lines) {
			le = pl.lines[k+1].start - 1
		}
		pl.years = pl.years[:0]
		ls := pl.lines[k].start
		line, low := t[ls:le], pl.low[ls:le]
		for off := 0; ; {
			i := strings.Index(low[off:], "năm ")
			if i < 0 {
				break
			}
			i += off
			off = i + len("năm ")
			if w := line[i:off]; w != "năm " && w != "Năm " && w != "NĂM " {
				continue
			}
			if v := yearAt(line, i, len("năm ")); v != 0 {
				pl.years = append(pl.years, yearMark{ls + i, v})
			}
		}
		pl.yearLine = k + 1
	}
	for i := len(pl.years) - 1; i >= 0; i-- { // the last one before pos
		if y := pl.years[i]; y.k+yearWidth <= pos {
			return y.year, t[y.k : y.k+yearWidth]
		}
	}
	for _, y := range pl.years { // else the first one after it in its clause
		if y.k >= pos && y.k+yearWidth <= end {
			return y.year, t[y.k : y.k+yearWidth]
		}
	}
	return 0, ""
}

// yearIn is yearIn(t[from:to], last), found in the document's lower case
// with one search instead of one per spelling.
func (pl *sections) yearIn(t string, from, to int, last bool) (int, string) {
	if len(pl.low) != len(t) {
		return yearIn(t[from:to], last)
	}
	line, low := t[from:to], pl.low[from:to]
	year, pos := 0, -1
	for off := 0; ; {
		k := strings.Index(low[off:], "năm ")
		if k < 0 {
			break
		}
		k += off
		off = k + len("năm ")
		if w := line[k:off]; w != "năm " && w != "Năm " && w != "NĂM " {
			continue // as spelled, "nĂm" is not a year's word
		}
		if v := yearAt(line, k, len("năm ")); v != 0 {
			year, pos = v, k
			if !last {
				break
			}
		}
	}
	if pos < 0 {
		return 0, ""
	}
	return year, line[pos : pos+len("năm ")+4]
}

func yearIn(line string, last bool) (int, string) {
	year, pos, word := 0, -1, 0
	for _, w := range []string{"năm ", "Năm ", "NĂM "} {
		for off := 0; ; {
			k := strings.Index(line[off:], w)
			if k < 0 {
				break
			}
			k += off
			off = k + len(w)
			v := yearAt(line, k, len(w))
			if v == 0 {
				continue
			}
			if pos < 0 || (last && k > pos) || (!last && k < pos) {
				year, pos, word = v, k, len(w)
			}
		}
	}
	if pos < 0 {
		return 0, ""
	}
	return year, line[pos : pos+word+4]
}

// yearAt is the year written after the word "năm " of length w at k of
// line, 0 when none is or it follows "so với".
func yearAt(line string, k, w int) int {
	d := k + w
	if digitsEnd(line, d) != d+4 || letterBefore(line, k) || strings.HasSuffix(strings.TrimSpace(line[:k]), "so với") {
		return 0
	}
	if v := atoi(line[d : d+4]); v >= 1900 && v <= 2100 {
		return v
	}
	return 0
}
