package check

import (
	"baocao/vntext"
	"math"
	"strings"

	"baocao"
	"baocao/extract"
)

// attainments checks "a UNIT, đạt p% kế hoạch" when the plan is written
// elsewhere as "a/b UNIT": the same achieved figure with the same unit
// ("giải quyết việc làm 21.078 người, đạt 91,6% kế hoạch" and, further
// on, "Giải quyết việc làm 21.078/23.000 người"). The figure must be one
// the report writes in full (four digits or more), so small counts that
// recur by chance are not paired.
func attainments(text string, recs []baocao.Record) []baocao.Check {
	type key struct {
		value float64
		unit  string
	}
	ratios := map[key][]baocao.Record{}
	for _, r := range recs {
		if r.Kind == "ratio" && r.Target != nil && r.Value >= 1000 {
			k := key{r.Value, baseUnit(r.Unit)}
			ratios[k] = append(ratios[k], r)
		}
	}
	var out []baocao.Check
	for i := 0; i+1 < len(recs); i++ {
		a, p := recs[i], recs[i+1]
		if a.Kind != "count" || p.Kind != "percent" || a.Value < 1000 || p.Qualifier != "" {
			continue
		}
		rs := ratios[key{a.Value, baseUnit(a.Unit)}]
		if len(rs) != 1 || !planAttainment(text, a, p) {
			continue
		}
		r := rs[0]
		if r.Percent != nil && math.Abs(*r.Percent-*p.Percent) < 1e-9 {
			continue // the ratio's own percent: already checked
		}
		v, err1 := extract.Parse(a.ValueText)
		t, err2 := extract.Parse(r.TargetText)
		s, err3 := parseAttainment(p.PercentText)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		c := Percent(v, t, s)
		c.Reason += " (kế hoạch " + r.TargetText + " nêu ở chỗ khác: “" + short(r.Text) + "”)"
		at(text, &c, a.Start, p.End)
		out = append(out, c)
	}
	return out
}

// planAttainment reports whether p states a's attainment of plan: same
// clause, "đạt" before the percent and "kế hoạch"/"KH"/"chỉ tiêu" after.
func planAttainment(text string, a, p baocao.Record) bool {
	if extract.ClauseAt(text, a.Start) != extract.ClauseAt(text, p.End-1) || p.Start-a.End > 60 {
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
