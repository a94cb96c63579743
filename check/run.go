package check

import (
	"math/big"
	"sort"
	"strings"

	"baocao"
	"baocao/extract"
)

// Run cross-checks the figures of text. recs are the records
// extract.Records read from the same text; the percent rule works on them,
// the other rules read the text again. Checks come in text order, each
// with the clause or sentence that holds its evidence; Doc and File are
// left for the caller. Run is safe for concurrent use.
func Run(text string, recs []baocao.Record) (out []baocao.Check) {
	defer func() {
		if recover() != nil { // a bug must not take an import down: no checks rather than a crash
			out = nil
		}
	}()
	return run(text, extract.Numbers(text), recs)
}

// RunNumbers is Run for a caller that already has nums, which must be
// extract.Numbers(text) (extract.RecordsNumbers gives both), so the text
// is not scanned for its figures again.
func RunNumbers(text string, nums []extract.Number, recs []baocao.Record) (out []baocao.Check) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	return run(text, nums, recs)
}

// run is Run without the recover, for the fuzz target to see.
func run(text string, nums []extract.Number, recs []baocao.Record) (out []baocao.Check) {
	recs = ofText(text, recs)
	for _, r := range recs {
		if c, ok := percentOf(text, r); ok {
			out = append(out, c)
		}
	}
	d := newDoc(text, nums)
	out = append(out, d.sums()...)
	out = append(out, d.totals()...)
	out = append(out, d.bulletSums()...)
	out = append(out, d.includes()...)
	out = append(out, d.levelLists()...)
	out = append(out, d.products()...)
	out = append(out, d.differences()...)
	out = append(out, d.shares()...)
	out = append(out, d.growths()...)
	out = append(out, verdicts(text, recs)...)
	out = append(out, attainments(text, recs)...)
	out = append(out, targets(text, recs)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// ofText keeps the records whose span holds their text in text, so a
// record read from another text cannot send a check out of bounds.
func ofText(text string, recs []baocao.Record) []baocao.Record {
	fits := func(r *baocao.Record) bool {
		return r.Start >= 0 && r.Start <= r.End && r.End <= len(text) && text[r.Start:r.End] == r.Text
	}
	for i := range recs {
		if !fits(&recs[i]) { // copy the ones that fit; the rules never write to recs
			ok := append([]baocao.Record(nil), recs[:i]...)
			for j := i + 1; j < len(recs); j++ {
				if fits(&recs[j]) {
					ok = append(ok, recs[j])
				}
			}
			return ok
		}
	}
	return recs
}

// percentOf checks the percent stated for a ratio record.
func percentOf(text string, r baocao.Record) (baocao.Check, bool) {
	if r.Kind != "ratio" || r.Percent == nil || r.PercentText == "" || r.TargetText == "" {
		return baocao.Check{}, false
	}
	vt := r.ValueText
	if r.Qualifier != "" {
		vt = r.Qualifier + " " + vt
	}
	v, err1 := extract.Parse(vt)
	t, err2 := extract.Parse(r.TargetText)
	p, err3 := parseAttainment(r.PercentText)
	if err1 != nil || err2 != nil || err3 != nil {
		return baocao.Check{}, false
	}
	c := Percent(v, t, p)
	c.StatedText = r.PercentText
	c.Stated = *r.Percent
	at(text, &c, r.Start, r.End)
	return c, true
}

// parseAttainment reads a stated percent, where "vượt 5%" (over plan)
// means 105%.
func parseAttainment(s string) (extract.Number, error) {
	rest, over := strings.CutPrefix(s, "vượt ")
	n, err := extract.Parse(rest)
	if err != nil || !over {
		return n, err
	}
	h := big.NewRat(100, 1)
	n.Value.Add(n.Value, h)
	if n.Lo != nil {
		n.Lo.Add(n.Lo, h)
	}
	if n.Hi != nil {
		n.Hi.Add(n.Hi, h)
	}
	n.Text = s
	return n, nil
}

// at sets the evidence of c: the clause holding [start, end), widened to
// cover it whole.
func at(text string, c *baocao.Check, start, end int) {
	sp := extract.ClauseAt(text, start)
	c.Start, c.End = min(sp.Start, start), max(sp.End, end)
	c.Text = text[c.Start:c.End]
}
