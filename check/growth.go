package check

import (
	"baocao/vntext"
	"strings"

	"baocao"
)

// growths checks "X UNIT, tăng p% so với cùng kỳ (Y UNIT)": the growth
// from Y to X must be p. X is the figure of the unit nearest before the
// percent in its clause, Y the first figure of that unit after "so với".
// When X and Y are themselves percents (a rate), the change is in points:
// "tỷ lệ 57,2%, tăng 1,2% so với năm 2020 (56%)" wants 57,2 − 56 = 1,2.
func (d *doc) growths(out []baocao.Check) []baocao.Check {
	for i := range d.ns {
		p := &d.ns[i]
		if !p.Percent {
			continue
		}
		if r := d.runeBefore(i); r != 'g' && r != 'm' {
			continue // neither "tăng" nor "giảm" ends so
		}
		var f [1]string // wordsBefore(i, 1), asked of the word
		if d.fieldsBefore(i, f[:]) == 0 || !isLower(f[0], "tăng") && !isLower(f[0], "giảm") {
			continue
		}
		down := isLower(f[0], "giảm")
		cl := d.clauseAt(p.Start)
		rest := d.lower(lowWindow, d.text[p.End:cl.End])
		k := strings.Index(rest, "so với")
		if k < 0 || k > 30 {
			continue
		}
		// Y stands in the comparison itself: up to the next comma or
		// semicolon, or to the parenthesis the percent is in
		limit := p.End + k
		for limit < cl.End && d.text[limit] != ';' && !(d.text[limit] == ',' && !(limit+1 < len(d.text) && isDigitByte(d.text[limit+1]))) {
			limit++
		}
		before := d.text[cl.Start:p.Start]
		if strings.LastIndexByte(before, '(') > strings.LastIndexByte(before, ')') {
			if c := strings.IndexByte(d.text[p.End:cl.End], ')'); c >= 0 {
				limit = min(limit, p.End+c)
			}
		}
		x, y := -1, -1
		for j := i - 1; j >= 0 && d.ns[j].QStart >= cl.Start; j-- {
			if d.quantity(j) || d.ns[j].Percent {
				x = j
				break
			}
		}
		for j := i + 1; j < len(d.ns) && d.ns[j].End <= limit; j++ {
			if x >= 0 && d.unit(j) == d.unit(x) && d.ns[j].Start > p.End+k {
				y = j
				break
			}
		}
		if x < 0 || y < 0 || d.ns[y].Value.Sign() == 0 || d.unit(x) == "" || d.ns[x].Money != d.ns[y].Money || d.ns[x].Percent != d.ns[y].Percent {
			continue // a figure without a unit may be a broken year ("so với năm 200 3")
		}
		out = append(out, d.growthCheck(x, y, i, down))
	}
	return out
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func (d *doc) growthCheck(x, y, p int, down bool) baocao.Check {
	xn, yn, pn := &d.ns[x], &d.ns[y], &d.ns[p]
	change := sub(d.operand(x), d.operand(y))
	exact := d.value(x).sub(d.value(y))
	if down {
		change = sub(d.operand(y), d.operand(x))
		exact = exact.neg()
	}
	points := xn.Percent
	computed := change
	if !points {
		computed = scale(div(change, d.operand(y)), hundred)
		exact = exact.quo(d.value(y)).mul(hundred)
	}
	c := baocao.Check{Kind: "growth", Status: decide(computed, widened(*pn)), StatedText: written(*pn)}
	c.Stated = d.value(p).float()
	c.Computed = floatOf(exact)
	c.ComputedText = exact.format(pn.Decimals+2) + "%"
	expr := "(" + d.figureText(x) + " − " + d.figureText(y) + ")/" + d.figureText(y) + " = " + c.ComputedText
	if down {
		expr = "(" + d.figureText(y) + " − " + d.figureText(x) + ")/" + d.figureText(y) + " = " + c.ComputedText
	}
	if points {
		c.ComputedText = exact.format(pn.Decimals+2) + " điểm %"
		expr = d.figureText(x) + " − " + d.figureText(y) + " = " + c.ComputedText
		if down {
			expr = d.figureText(y) + " − " + d.figureText(x) + " = " + c.ComputedText
		}
	}
	switch c.Status {
	case baocao.StatusOK:
		c.Reason = expr + " — khớp với mức " + vntext.Lower(d.wordsBefore(p, 1)) + " " + c.StatedText + " đã nêu"
	case baocao.StatusMismatch:
		c.Severity = gradeOff(exact.abs(), d.value(p))
		c.Reason = expr + " — không khớp với mức " + d.wordsBefore(p, 1) + " " + c.StatedText + " đã nêu"
	default:
		c.Reason = expr + " — số liệu ước lượng, không kiểm chứng được " + c.StatedText
	}
	d.evidence(&c, xn.QStart, yn.UnitEnd)
	return c
}
