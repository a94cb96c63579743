package check

import (
	"slices"
	"strconv"
	"strings"

	"baocao"
	"baocao/extract"
	"baocao/vntext"
)

// targets checks the target b of "a/b UNIT" against the plan the report
// states for the same indicator and year in another place: "Giải quyết
// việc làm cho 28.101/38.000 lao động" in the results and "Lao động được
// giải quyết việc làm: 38.000 người" in the list of the year's targets.
// The two are paired only when nothing else could be meant: both carry
// the same year, count the same kind of thing, name the same indicator
// once the words that do not tell indicators apart ("lao động", "được",
// "cho" ...) are dropped, and each is the other's only candidate.
func (d *doc) targets(out []baocao.Check, recs []baocao.Record) []baocao.Check {
	type cand struct{ ratio, plan int }
	var pairs []cand
	uses := map[int]int{}       // plan index → ratios naming it
	plans := map[int][]string{} // plan index → its indicator's key words, folded when first compared
	var planIdx []int
	for j := range recs {
		if p := &recs[j]; p.Plan && p.Kind != "ratio" && p.Year != 0 {
			planIdx = append(planIdx, j)
		}
	}
	if len(planIdx) == 0 {
		return out
	}
	planKey := func(j int) []string {
		k, ok := plans[j]
		if !ok {
			k = keyWords(recs[j].Indicator)
			plans[j] = k
		}
		return k
	}
	for i := range recs {
		r := &recs[i]
		if r.Kind != "ratio" || r.Target == nil || r.Year == 0 {
			continue
		}
		var key []string // folded when a plan of its year and kind is first met
		found := -1
		for _, j := range planIdx {
			p := &recs[j]
			if p.Year != r.Year || !sameKind(r.Unit, p.Unit) {
				continue
			}
			if key == nil {
				if key = keyWords(r.Indicator); len(key) < 2 {
					break // too few words to tell indicators apart
				}
			}
			if !slices.Equal(key, planKey(j)) {
				continue
			}
			if d.sentenceAt(p.Start) == d.sentenceAt(r.Start) {
				continue
			}
			if found >= 0 {
				found = -2 // two plans could be meant
				break
			}
			found = j
		}
		if found >= 0 {
			pairs = append(pairs, cand{i, found})
			uses[found]++
		}
	}
	for _, pr := range pairs {
		if uses[pr.plan] != 1 {
			continue
		}
		r, p := &recs[pr.ratio], &recs[pr.plan]
		t, err1 := extract.Parse(r.TargetText)
		pv := p.ValueText
		if p.Qualifier != "" {
			pv = p.Qualifier + " " + pv
		}
		plan, err2 := extract.Parse(pv)
		if err1 != nil || err2 != nil || t.Percent != plan.Percent || t.Money != plan.Money {
			continue
		}
		c := baocao.Check{Kind: "target", Status: decide(operand(plan), bounds(t)), StatedText: written(t)}
		c.Stated, _ = t.Value.Float64()
		c.Computed = floatOf(fracOf(plan.Value))
		c.ComputedText = written(plan)
		where := "kế hoạch năm " + strconv.Itoa(p.Year) + " nêu ở chỗ khác: “" + short(p.Text) + "”"
		switch c.Status {
		case baocao.StatusOK:
			c.Reason = "chỉ tiêu " + written(t) + " của " + r.ValueText + "/" + r.TargetText + " khớp với " + where
		case baocao.StatusMismatch:
			c.Severity = gradeOff(fracOf(plan.Value), fracOf(t.Value))
			c.Reason = "chỉ tiêu " + written(t) + " của " + r.ValueText + "/" + r.TargetText + " khác " + written(plan) + " của " + where
		default:
			c.Reason = "chỉ tiêu " + written(t) + " của " + r.ValueText + "/" + r.TargetText + " — " + written(plan) + " là số ước lượng, không kiểm chứng được (" + where + ")"
		}
		d.at(&c, r.Start, r.End)
		out = append(out, c)
	}
	return out
}

// sameKind reports whether two units count the same kind of thing: the
// same unit, or people in both ("lao động" and "người").
func sameKind(a, b string) bool {
	a, b = baseUnit(a), baseUnit(b)
	return a == b || (personUnits[a] && personUnits[b])
}

// plainWords do not tell indicators apart: who is counted in general,
// linking words and "năm".
var plainWords = map[string]bool{
	"lao": true, "dong": true, "nguoi": true, "cho": true, "duoc": true, "so": true, "cua": true,
	"la": true, "trong": true, "nam": true, "toan": true, "tinh": true, "dat": true, "thuc": true, "hien": true,
}

// keyWords are the words of an indicator phrase that tell it apart
// (folded, sorted, without plain words); two phrases with the same key
// words, at least two, name the same indicator.
func keyWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(vntext.Fold(s)) {
		w = strings.Trim(w, ",.:;()-–")
		if w != "" && !plainWords[w] {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
