package check

import (
	"baocao/vntext"
	"math"
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
	type key struct {
		value float64
		unit  string
	}
	var ratios map[key][]int // indexes of the ratios, made when a count and its percent ask
	for i := 0; i+1 < len(recs); i++ {
		a, p := &recs[i], &recs[i+1]
		if a.Kind != "count" || p.Kind != "percent" || a.Value < 1000 || p.Qualifier != "" {
			continue
		}
		if ratios == nil {
			ratios = map[key][]int{}
			for j := range recs {
				if r := &recs[j]; r.Kind == "ratio" && r.Target != nil && r.Value >= 1000 {
					k := key{r.Value, baseUnit(r.Unit)}
					ratios[k] = append(ratios[k], j)
				}
			}
		}
		rs := ratios[key{a.Value, baseUnit(a.Unit)}]
		if len(rs) != 1 || !d.planAttainment(*a, *p) {
			continue
		}
		r := &recs[rs[0]]
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
	between := vntext.Lower(text[a.End:p.End])
	after := vntext.Lower(text[p.End:min(len(text), p.End+20)])
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
