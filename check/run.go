package check

import (
	"cmp"
	"slices"
	"unsafe"

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
	d := newDoc(text, nums)
	defer d.release()
	out = d.checks[:0] // collected in the doc's array, copied out at the end at their number
	for i := range recs {
		if r := &recs[i]; r.Kind == "ratio" && r.Percent != nil { // percentOf's own test, before a Check is made
			if c, ok := d.percentOf(r); ok {
				out = append(out, c)
			}
		}
	}
	out = d.sums(out)
	out = d.totals(out)
	out = d.bulletSums(out)
	out = d.includes(out)
	out = d.levelLists(out)
	out = d.products(out)
	out = d.differences(out)
	out = d.shares(out)
	out = d.growths(out)
	out = d.verdicts(out, recs)
	out = d.attainments(out, recs)
	out = d.targets(out, recs)
	d.checks = out
	if len(out) == 0 {
		return nil // as when nothing was ever appended
	}
	sorted := make([]baocao.Check, len(out))
	// In text order, stably: keys of start and index are sorted rather
	// than the checks, which are large to move, and sorting plain numbers
	// costs no call of a comparison function.
	order := d.order[:0]
	for i := range out {
		if s := out[i].Start; s < 0 || s >= 1<<32 || len(out) >= 1<<32 {
			copy(sorted, out) // cannot be keyed so (never from a text under 4 GB)
			slices.SortStableFunc(sorted, func(a, b baocao.Check) int { return cmp.Compare(a.Start, b.Start) })
			return sorted
		}
		order = append(order, uint64(out[i].Start)<<32|uint64(i))
	}
	d.order = order
	slices.Sort(order)
	for k, key := range order {
		sorted[k] = out[uint32(key)]
	}
	return sorted
}

// ofText keeps the records whose span holds their text in text, so a
// record read from another text cannot send a check out of bounds.
func ofText(text string, recs []baocao.Record) []baocao.Record {
	fits := func(r *baocao.Record) bool {
		if r.Start < 0 || r.Start > r.End || r.End > len(text) {
			return false
		}
		// extract slices a record's text out of the text: the same bytes
		// need no comparing
		t := text[r.Start:r.End]
		return len(t) == len(r.Text) && (len(t) == 0 || unsafe.StringData(t) == unsafe.StringData(r.Text) || t == r.Text)
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
func (d *doc) percentOf(r *baocao.Record) (baocao.Check, bool) {
	if r.Kind != "ratio" || r.Percent == nil || r.PercentText == "" || r.TargetText == "" {
		return baocao.Check{}, false
	}
	vt := r.ValueText
	if r.Qualifier != "" {
		vt = r.Qualifier + " " + vt
	}
	v, ok1 := readQuote(vt)
	t, ok2 := readQuote(r.TargetText)
	p, ok3 := readAttainment(r.PercentText)
	if !ok1 || !ok2 || !ok3 {
		return baocao.Check{}, false
	}
	c := percent(&d.strs, v, t, p, "", "")
	c.StatedText = r.PercentText
	c.Stated = *r.Percent
	d.at(&c, r.Start, r.End)
	return c, true
}

// at sets the evidence of c: the clause holding [start, end), widened to
// cover it whole.
func (d *doc) at(c *baocao.Check, start, end int) {
	sp := d.clauseAt(start)
	c.Start, c.End = min(sp.Start, start), max(sp.End, end)
	c.Text = d.text[c.Start:c.End]
}
