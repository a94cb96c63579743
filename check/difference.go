package check

import (
	"strings"

	"baocao"
)

// differences checks a stated change against its two ends: "giảm được
// 1.548 hộ ... giảm từ 3.351 hộ xuống còn 1.803 hộ" (3.351 − 1.803 must be
// 1.548), "tăng từ a lên b, tăng c". The change is the figure of the same
// unit in the sentence that "giảm"/"tăng" introduces; for percents the
// change is in points.
func (d *doc) differences(out []baocao.Check) []baocao.Check {
	for s := range d.sentences {
		idx := d.inSen(s)
		for k := 0; k+1 < len(idx); k++ {
			a := idx[k]
			var f [1]string
			if d.runeBefore(a) != 'ừ' || d.fieldsBefore(a, f[:]) == 0 || !isLower(f[0], "từ") {
				continue
			}
			b := -1 // the other end: the next figure of a's kind, past asides ("(chiếm 4,12%)")
			for _, j := range idx[k+1:] {
				if d.ns[j].Percent == d.ns[a].Percent && (d.unit(j) == d.unit(a) || d.unit(j) == "") {
					b = j
					break
				}
			}
			if b < 0 {
				continue
			}
			gap := d.lower(lowWindow, d.text[d.ns[a].UnitEnd:d.ns[b].QStart])
			down := strings.Contains(gap, "xuống")
			if !down && !strings.Contains(gap, " lên") {
				continue
			}
			if len(gap) > 120 || d.unit(a) != d.unit(b) && d.unit(b) != "" && d.unit(a) != "" {
				continue
			}
			verb := "tăng"
			if down {
				verb = "giảm"
			}
			if ch := d.changeFor(idx, a, b, verb); ch >= 0 {
				out = append(out, d.differenceCheck(a, b, ch, down))
			}
		}
	}
	return out
}

// changeFor finds the stated change for the ends a and b: the figure
// nearest to them, of their unit, that verb ("giảm"/"tăng", "giảm được",
// "giảm đi") introduces.
func (d *doc) changeFor(idx []int, a, b int, verb string) int {
	best, dist := -1, 1<<30
	for _, i := range idx {
		if i == a || i == b || d.isTarget(i) || d.ns[i].Percent != d.ns[a].Percent {
			continue
		}
		if u := d.unit(i); u != "" && d.unit(a) != "" && u != d.unit(a) {
			continue
		}
		if r := d.runeBefore(i); r != 'g' && r != 'm' && r != 'c' && r != 'i' {
			continue // none of "tăng", "giảm", "được", "đi", "thêm" ends so
		}
		// the last word of wordsBefore(i, 2) is verb, or the two are verb
		// and "được", "đi" or "thêm", asked of its words
		var f [2]string
		switch n := d.fieldsBefore(i, f[:]); {
		case n >= 1 && isLower(f[0], verb):
		case n == 2 && (isLower(f[0], "được") || isLower(f[0], "đi") || isLower(f[0], "thêm")) && d.endsLower(f[1], verb):
		default:
			continue
		}
		gap := abs(d.ns[i].Start - d.ns[a].Start)
		if gap < dist {
			best, dist = i, gap
		}
	}
	return best
}

func (d *doc) differenceCheck(a, b, ch int, down bool) baocao.Check {
	an, bn, cn := &d.ns[a], &d.ns[b], &d.ns[ch]
	computed := sub(d.operand(a), d.operand(b))
	exact := d.value(a).sub(d.value(b))
	op := "−"
	first, second := a, b
	if !down {
		computed = sub(d.operand(b), d.operand(a))
		exact = exact.neg()
		first, second = b, a
	}
	c := baocao.Check{Kind: "difference", Status: decide(computed, d.bounds(ch)), StatedText: d.figureText(ch)}
	c.Stated = d.value(ch).float()
	s := &d.strs
	c.Computed = s.float(exact)
	s.open()
	s.num(exact, -1)
	c.ComputedText = s.close()
	d.addFigure(first)
	s.add3(" ", op, " ")
	d.addFigure(second)
	s.add2(" = ", c.ComputedText)
	switch c.Status {
	case baocao.StatusOK:
		s.add3(" — khớp với mức thay đổi ", c.StatedText, " đã nêu")
	case baocao.StatusMismatch:
		c.Severity = gradeOff(exact.abs(), d.value(ch))
		s.add3(" — không khớp với mức thay đổi ", c.StatedText, " đã nêu")
	default:
		s.add2(" — số liệu ước lượng, không kiểm chứng được ", c.StatedText)
	}
	c.Reason = s.close()
	d.evidence(&c, min(an.QStart, cn.QStart), max(bn.UnitEnd, cn.UnitEnd))
	return c
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}
