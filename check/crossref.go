package check

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"baocao"
)

// attainments checks "a UNIT, đạt p% kế hoạch" when the plan is written
// elsewhere as "a/b UNIT": the same achieved figure with the same unit
// ("giải quyết việc làm 21.078 người, đạt 91,6% kế hoạch" and, further
// on, "Giải quyết việc làm 21.078/23.000 người"). The figure must be one
// the report writes in full (four digits or more), so small counts that
// recur by chance are not paired.
func (d *doc) attainments(out []baocao.Check, recs []baocao.Record) []baocao.Check {
	// The ratios by value and unit, sorted when a count and its percent
	// first ask: a report has few of either, and a map would cost more.
	byKey := func(j int, value float64, unit string) int {
		if c := cmp.Compare(recs[j].Value, value); c != 0 {
			return c
		}
		return strings.Compare(baseUnit(recs[j].Unit), unit)
	}
	ratios, sorted := d.ratios[:0], false
	defer func() { d.ratios = ratios[:0] }()
	for i := 0; i+1 < len(recs); i++ {
		a, p := &recs[i], &recs[i+1]
		if a.Kind != "count" || p.Kind != "percent" || a.Value < 1000 || p.Qualifier != "" {
			continue
		}
		if !sorted {
			for j := range recs {
				if r := &recs[j]; r.Kind == "ratio" && r.Target != nil && r.Value >= 1000 {
					ratios = append(ratios, j)
				}
			}
			slices.SortStableFunc(ratios, func(x, y int) int { return byKey(x, recs[y].Value, baseUnit(recs[y].Unit)) })
			sorted = true
		}
		unit := baseUnit(a.Unit)
		k, found := slices.BinarySearchFunc(ratios, 0, func(j, _ int) int { return byKey(j, a.Value, unit) })
		if !found || (k+1 < len(ratios) && byKey(ratios[k+1], a.Value, unit) == 0) || !d.planAttainment(*a, *p) {
			continue // no ratio of that figure, or more than one
		}
		r := &recs[ratios[k]]
		if r.Percent != nil && math.Abs(*r.Percent-*p.Percent) < 1e-9 {
			continue // the ratio's own percent: already checked
		}
		v, ok1 := readQuote(a.ValueText)
		t, ok2 := readQuote(r.TargetText)
		s, ok3 := readAttainment(p.PercentText)
		if !ok1 || !ok2 || !ok3 {
			continue
		}
		c := percent(&d.strs, v, t, s, "", " (kế hoạch "+r.TargetText+" nêu ở chỗ khác: “"+short(r.Text)+"”)")
		d.at(&c, a.Start, p.End)
		out = append(out, c)
	}
	return out
}

// planAttainment reports whether p states a's attainment of plan: same
// clause, "đạt" before the percent and "kế hoạch"/"KH"/"chỉ tiêu" after.
func (d *doc) planAttainment(a, p baocao.Record) bool {
	text := d.text
	if d.clauseAt(a.Start) != d.clauseAt(p.End-1) || p.Start-a.End > 60 {
		return false
	}
	between := d.lower(lowWindow, text[a.End:p.End])
	after := d.lower(lowAfter, text[p.End:min(len(text), p.End+20)])
	return strings.Contains(between, "đạt") && containsAny(after, " kế hoạch", " kh", " chỉ tiêu")
}

// baseUnit drops "lượt" so "19.033 lượt người" pairs with "19.033/17.700
// người".
func baseUnit(u string) string { return strings.TrimPrefix(u, "lượt ") }

func short(s string) string {
	if len(s) <= 80 {
		return s
	}
	k := 80
	for k > 0 && s[k]&0xC0 == 0x80 {
		k--
	}
	return s[:k] + "…"
}
