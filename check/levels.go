package check

import (
	"strings"

	"baocao"
	"baocao/extract"
)

// trainingLevels are the levels of vocational training. A trainee enrols
// at one level only, so a list naming a different level for each figure
// breaks its total down into parts that do not overlap.
var trainingLevels = []string{"cao đẳng", "trung cấp", "sơ cấp"}

// levelLists checks "N UNIT; level a UNIT, level b UNIT, level c UNIT.":
// a total closing its clause at a ";" and, to the end of the sentence,
// one figure per training level, each counting what N counts, as the
// whole breakdown of N ("Tuyển mới 18.500 người; cao đẳng 1.500 người,
// trung cấp 5.000 người, sơ cấp 12.000 người"). Any other figure, or a
// level named twice, makes no check.
func (d *doc) levelLists(out []baocao.Check) []baocao.Check {
	for s, sen := range d.sentences {
		idx := d.inSen(s)
		if len(idx) < 3 {
			continue
		}
		for j, t := range idx[:len(idx)-2] {
			n := &d.ns[t]
			if !strings.HasPrefix(strings.TrimLeft(d.text[n.UnitEnd:sen.End], " "), ";") {
				continue
			}
			if !d.quantity(t) || d.isTarget(t) || d.isNumerator(t) || n.Unit == "" || n.Qualifier != "" {
				continue
			}
			if ch, ok := d.levelList(t, idx[j+1:], sen); ok {
				out = append(out, ch)
			}
		}
	}
	return out
}

// levelList checks the figures parts after the total t as its breakdown
// by training level.
func (d *doc) levelList(t int, parts []int, sen extract.Span) (baocao.Check, bool) {
	seen := map[string]bool{}
	from := d.ns[t].UnitEnd
	from += strings.IndexByte(d.text[from:], ';') + 1 // past the ";" levelLists found
	var kept []int
	for _, i := range parts {
		n := &d.ns[i]
		if n.Duration {
			continue // "dưới 3 tháng" names a course, inside a label
		}
		kept = append(kept, i)
		if !d.quantity(i) || d.isTarget(i) || d.isNumerator(i) || n.Money || n.Range || !kindOf(d.unit(i), d.unit(t)) {
			return baocao.Check{}, false
		}
		label := d.lower(lowWindow, d.text[from:n.QStart])
		if strings.ContainsAny(label, ";:()") {
			return baocao.Check{}, false
		}
		level := ""
		for _, l := range trainingLevels {
			if strings.Contains(label, l) {
				if level != "" {
					return baocao.Check{}, false
				}
				level = l
			}
		}
		if level == "" || seen[level] {
			return baocao.Check{}, false
		}
		seen[level] = true
		from = n.UnitEnd
	}
	if rest := trimSpace(d.text[from:sen.End]); rest != "" && rest != "." {
		return baocao.Check{}, false
	}
	if len(kept) < 2 {
		return baocao.Check{}, false
	}
	return d.sumCheck(t, kept, false), true
}
