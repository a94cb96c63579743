package extract

import (
	"baocao/vntext"
	"math/big"
	"strings"

	"baocao"
)

// figure is a Number being turned into records. It points into the
// Numbers of the text, which RecordsNumbers hands out as they are.
type figure struct {
	*Number
	used bool
}

// Records reads the indicator records of text: value/target pairs ("a/b
// UNIT") with the percent stated for them, stated percents, counts with a
// unit and amounts of money. Start and End are byte offsets into text;
// Doc and File are left for the caller. Records never panics and is safe
// for concurrent use.
func Records(text string) (out []baocao.Record) {
	defer func() {
		if recover() != nil { // a bug must not take an import down: no records rather than a crash
			out = nil
		}
	}()
	return records(text)
}

// records is Records without the recover, for the fuzz target to see.
func records(text string) (out []baocao.Record) {
	sc := scratches.Get().(*scratch)
	low := sc.lower(text)
	fs := sc.figures(sc.scan(text, low)) // no Numbers handed out: their intervals are not needed
	sc.sections(text, low)
	out = sc.recordsOf(text, fs)
	scratches.Put(sc) // not after a panic: the scratch may be half written
	return out
}

// recordsOf reads the records of text from its figures fs and sections
// sc.sec, and hands them out in a piece of a slab, as long as they are.
func (sc *scratch) recordsOf(text string, fs []figure) []baocao.Record {
	pl := &sc.sec
	rows, taken := tableRows(text, pl, sc.rows[:0], sc.taken[:0], fs)
	sc.rows, sc.taken = rows, taken
	// A figure makes at most one record: the records are written once,
	// into room for as many as there are figures and rows, and the room
	// they leave goes back to the slab.
	room := sc.out.recordRoom(len(fs) + len(rows))
	out := room
	// Only the clauses that hold figures are read: each is found around
	// its first figure (digits are neither breaks nor trimmed, so it is
	// the clause of Clauses that holds them), rather than every clause
	// of the text being split off; half the text has no figure. A
	// figure running past its clause's end is in no clause, and the
	// clauses of the table rows' lines (taken, in text order) are left
	// to tableRows.
	for k, tk := 0, 0; k < len(fs); {
		for tk < len(taken) && taken[tk].End <= fs[k].Start {
			tk++
		}
		if tk < len(taken) && taken[tk].Start <= fs[k].Start { // inSpans(taken, fs[k].Start): the clause's line is a row
			k++
			continue
		}
		cl := around(text, fs[k].Start, true)
		e := k
		for e < len(fs) && fs[e].End <= cl.End {
			e++
		}
		if e == k {
			k++
			continue
		}
		out = clauseRecords(out, text, cl, fs[k:e], pl)
		k = e
	}
	n := len(out) + len(rows)
	written := len(out) // the room written
	if cap(out) != cap(room) {
		written = cap(room) // all of it, before the records moved on
	}
	switch {
	case len(rows) == 0:
	case n <= cap(out) && byStart(out) && byStart(rows):
		out = mergeBack(out[:n], len(out), rows)
		written = max(written, n)
	default:
		res := make([]baocao.Record, n)
		sc.mergeInto(res, out, rows)
		out = res
	}
	sc.out.tookRecords(room, written)
	if n == 0 {
		return nil
	}
	return out[:n:n]
}

// clauseRecords appends to out the records of one clause, read from its
// figures.
func clauseRecords(out []baocao.Record, t string, cl Span, fs []figure, pl *sections) []baocao.Record {
	prevEnd := cl.Start
	prevInd := ""
	add := func(r *baocao.Record, start, end, fig int, after int) {
		from := prevEnd
		pl.finish(t, cl, r, prevEnd, start, end, fig)
		r.Plan = r.Kind != "ratio" && pl.isPlan(t, cl, fig)
		if r.Year == 0 {
			r.Year, r.Period = pl.headingYear(t, fig)
		}
		switch {
		case r.Indicator == "" && pl.blankBefore(t, max(cl.Start, from), fig):
			r.Indicator = pl.phraseAfter(t, after) // "100% trẻ em được ..."
		case r.Indicator == "" || (r.Kind == "change" && (r.Indicator == "giảm" || r.Indicator == "tăng")):
			r.Indicator = prevInd // "..., đạt 70% kế hoạch" speaks of the same indicator
		}
		prevInd = r.Indicator
		out = append(out, *r)
		prevEnd = end
	}
	for i := 0; i < len(fs); i++ {
		f := &fs[i]
		if f.used {
			continue
		}
		j, p := ratioAt(t, fs, i), -1
		if j > i {
			p = percentFor(t, fs, i, j)
		} else if jj, pp := planAfterPercent(t, fs, i); jj > i {
			j, p = jj, pp // "25.300 lao động, đạt 101,2% kế hoạch (KH: 25.000 lao động)"
		}
		if j > i {
			a, b := &fs[i], &fs[j]
			r := baocao.Record{Kind: "ratio", Unit: firstNonEmpty(b.Unit, a.Unit)}
			r.Value = toFloat(a.Value)
			r.ValueText, r.Qualifier = a.Text, a.Qualifier
			r.Target, r.TargetText = pl.float(toFloat(b.Value)), written(t, *b.Number)
			start, end := a.QStart, b.UnitEnd
			a.used, b.used = true, true
			if p >= 0 {
				pf := &fs[p]
				pv, txt := attainment(t, pl.low, *pf.Number, true)
				r.Percent, r.PercentText = pl.float(pv), txt
				pf.used = true
				start, end = min(start, pf.QStart), max(end, pf.UnitEnd)
			}
			add(&r, start, end, a.QStart, b.End)
			continue
		}
		if f.Percent && i+2 < len(fs) && parenAfterPercent(t[f.End:fs[i+1].QStart]) && ratioAt(t, fs, i+1) == i+2 {
			continue // "98,13% (157/160 thủ tục)": the ratio takes the percent
		}
		var r baocao.Record
		switch {
		case f.Percent:
			r.Kind, r.Unit = "percent", "%"
			pv, txt := attainment(t, pl.low, *f.Number, false)
			r.Percent, r.PercentText = pl.float(pv), txt
			if isChange(t, pl.low, *f.Number) {
				r.Kind = "change"
				if strings.Contains(pl.lower(t, cl.Start, f.QStart), "tỷ lệ") || strings.HasPrefix(t[f.End:], " tỷ lệ") {
					r.Unit = "điểm %" // a rate that falls by 1,41% falls by points
				}
			}
		case f.Money:
			r.Kind, r.Unit = "money", f.Unit
		case f.Unit != "" && !f.Duration:
			r.Kind, r.Unit = "count", f.Unit
		default:
			if !f.Duration && (atLeast1000(f.Value) || f.Rounded()) {
				prevEnd = f.End // "6.495 cận nghèo": a count whose unit we do not know
			}
			continue
		}
		r.Value = toFloat(f.Value)
		r.ValueText, r.Qualifier = f.Text, f.Qualifier
		add(&r, f.QStart, f.UnitEnd, f.QStart, f.End)
	}
	return out
}

// ratioAt returns j when fs[i] and fs[j] (j = i+1) are written "a/b" as
// achieved/target, or "a (KH: b)"; -1 otherwise.
func ratioAt(t string, fs []figure, i int) int {
	j := i + 1
	if j >= len(fs) {
		return -1
	}
	a, b := fs[i], fs[j]
	gap := strings.TrimSpace(t[a.UnitEnd:b.QStart])
	plan := isPlanGap(gap)
	if gap != "/" && !plan {
		return -1
	}
	if a.Money || b.Money || a.Percent != b.Percent || a.Duration || b.Duration || a.Range || b.Range {
		return -1
	}
	if a.Unit != "" && b.Unit != "" && a.Unit != b.Unit {
		return -1 // "18 người/18 vụ"
	}
	if plan || a.Unit != "" || b.Unit != "" || a.Percent {
		return j
	}
	// bare "a/b": a ratio when a percent is stated for it or it stands in
	// parentheses, as in "(35/216)"
	if percentFor(t, fs, i, j) >= 0 {
		return j
	}
	if strings.HasSuffix(strings.TrimSpace(t[:a.QStart]), "(") && strings.HasPrefix(strings.TrimSpace(t[b.End:]), ")") {
		return j
	}
	return -1
}

// planAfterPercent finds "a UNIT, đạt p% kế hoạch (KH: b UNIT)": the
// target b after the percent. It returns b's and p's indexes, or -1.
func planAfterPercent(t string, fs []figure, i int) (int, int) {
	if i+2 >= len(fs) {
		return -1, -1
	}
	a, p, b := fs[i], fs[i+1], fs[i+2]
	if a.Percent || a.Money || a.Duration || a.Unit == "" || !p.Percent || b.Percent || b.Money || (b.Unit != "" && b.Unit != a.Unit) {
		return -1, -1
	}
	g := vntext.Lower(strings.TrimRight(t[a.UnitEnd:p.QStart], " "))
	if len(g) > 60 || strings.Contains(g, "trong đó") || !(strings.HasSuffix(g, "đạt") || strings.HasSuffix(g, "hoàn thành") || strings.HasSuffix(g, "bằng")) {
		return -1, -1
	}
	if !isPlanGap(strings.TrimSpace(t[p.End:b.QStart])) {
		return -1, -1
	}
	return i + 2, i + 1
}

// isPlanGap matches the text between a figure and its target in "3.088
// người (KH: 2.000" and "310 người đi làm việc ở nước ngoài (kế hoạch 400".
func isPlanGap(gap string) bool {
	if g, ok := strings.CutPrefix(gap, ","); ok { // "3.088 người, kế hoạch 2.000 người"
		g = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(g), ":"))
		if len(g) > 3*len("kế hoạch giao") { // no rune's lower case is under a third of its length
			return false
		}
		g = vntext.Lower(g)
		return g == "kh" || g == "kế hoạch" || g == "chỉ tiêu" || g == "kế hoạch giao" || g == "chỉ tiêu giao"
	}
	if len(gap) > 100 {
		return false
	}
	k := strings.LastIndexByte(gap, '(')
	if k < 0 || strings.ContainsAny(gap[:k], ",;()") {
		return false
	}
	g := vntext.Lower(strings.TrimSpace(gap[k+1:]))
	g = strings.TrimSpace(strings.TrimSuffix(g, ":"))
	return g == "kh" || g == "kế hoạch" || g == "chỉ tiêu"
}

// attainWords introduce the percent stated for a figure.
var attainWords = []string{"đạt", "chiếm", "bằng", "hoàn thành", "vượt", "tỷ lệ", "tỉ lệ", "đạt tỷ lệ"}

// percentFor finds the percent stated for the ratio fs[i]/fs[j]: the next
// figure when it is a percent introduced by "đạt", "chiếm", ... ("28.101/
// 38.000 lao động, đạt 73,95%"), or the figure before when it is a percent
// followed by the ratio in parentheses ("98,13% (157/160 thủ tục)").
func percentFor(t string, fs []figure, i, j int) int {
	if fs[i].Percent {
		return -1
	}
	if i > 0 && fs[i-1].Percent && !fs[i-1].used && parenAfterPercent(t[fs[i-1].End:fs[i].QStart]) {
		return i - 1
	}
	p := j + 1
	if p >= len(fs) || !fs[p].Percent || fs[p].used {
		return -1
	}
	gap := t[fs[j].UnitEnd:fs[p].QStart]
	if len(gap) > 160 {
		return -1
	}
	g := vntext.Lower(strings.TrimRight(gap, " "))
	if strings.TrimSpace(g) == "(" {
		return p // "45/48 xã (93,75%)"
	}
	if strings.Contains(g, "trong đó") || strings.Contains(g, "so với") {
		return -1 // "8.095/6.000 người, trong đó nữ chiếm 45%": a share of something else
	}
	for _, w := range attainWords {
		if strings.HasSuffix(g, w) && !letterBefore(g, len(g)-len(w)) {
			if w == "chiếm" && len(g) > 60 {
				return -1
			}
			return p
		}
	}
	return -1
}

// parenAfterPercent reports whether gap, the text between a percent and
// the "a/b" after it, puts the ratio in parentheses as the percent's
// evidence: "98,13% (157/160", "đạt 93% kế hoạch (24.513/26.400", "vượt
// 5% so với kế hoạch năm (". Only words naming the plan may stand between.
func parenAfterPercent(gap string) bool {
	g, ok := strings.CutSuffix(strings.TrimSpace(gap), "(")
	if !ok {
		return false
	}
	g = vntext.Lower(strings.TrimSpace(g))
	if g == "" {
		return true
	}
	g = strings.TrimSpace(strings.TrimPrefix(g, "so với"))
	for _, w := range []string{"kế hoạch", "kh", "chỉ tiêu", "mục tiêu"} {
		if rest, ok := strings.CutPrefix(g, w); ok {
			rest = strings.TrimSpace(rest)
			return rest == "" || rest == "năm" || rest == "giao" || rest == "đề ra" || rest == "tỉnh giao" || rest == "năm đề ra"
		}
	}
	return false
}

// isChange reports whether a percent states a change: "giảm 1,41%",
// "tăng 1,2% so với năm 2020".
func isChange(t, low string, n Number) bool {
	w, s := wordBefore(t, low, n.QStart, "(")
	if w == "được" || w == "thêm" || w == "đi" {
		w, _ = wordBefore(t, low, s, "")
	}
	return w == "giảm" || w == "tăng"
}

// attainment is the percent a figure states as attainment of a plan:
// "vượt 5% kế hoạch" is 105%, and so is "a/b, vượt 5%" (ofRatio: the
// percent is stated for a value/target pair). txt is the written form
// ("vượt 5%").
func attainment(t, low string, n Number, ofRatio bool) (float64, string) {
	w, _ := wordBefore(t, low, n.QStart, "")
	txt := written(t, n)
	plan := strings.HasPrefix(t[n.End:], " kế hoạch") || strings.HasPrefix(t[n.End:], " chỉ tiêu") || strings.HasPrefix(t[n.End:], " so với kế hoạch")
	if w == "vượt" && n.Qualifier == "" && (plan || ofRatio) {
		v := new(big.Rat).Add(n.Value, hundred)
		return toFloat(v), "vượt " + txt
	}
	return toFloat(n.Value), txt
}

// thousand and hundred are read only.
var thousand, hundred = big.NewRat(1000, 1), big.NewRat(100, 1)

// atLeast1000 is v.Cmp(thousand) >= 0, without the allocations Cmp makes
// for a fraction.
func atLeast1000(v *big.Rat) bool {
	if f, ok := fracOf(v); ok {
		return f.cmp(frac{1000, 1}) >= 0
	}
	return v.Cmp(thousand) >= 0
}

// written is the figure with its qualifier as Parse reads it back:
// "<3%", "khoảng 7.000".
func written(t string, n Number) string {
	if n.QStart < n.Start && !letterAt(t, n.QStart) {
		return t[n.QStart:n.End]
	}
	if n.Qualifier != "" {
		return n.Qualifier + " " + n.Text
	}
	return n.Text
}

// finish fills the indicator, year and evidence span of r, whose figures
// run from start to end.
func (pl *sections) finish(t string, cl Span, r *baocao.Record, prevEnd, start, end, fig int) {
	ind, is := pl.indicator(t, max(cl.Start, prevEnd), start)
	r.Indicator = ind
	if ind != "" {
		start = is
	}
	r.Start, r.End = start, end
	r.Text = t[start:end]
	r.Year, r.Period = pl.yearOf(t, fig, cl)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
