package check

import (
	"baocao"
)

// products checks an amount against count × rate: "304 người ... với số
// tiền 304 triệu đồng (1.000.000đ/người)". The rate's unit names the count
// ("đồng/người" wants a count of người); the count and the amount are the
// nearest ones before the rate in its clause, in either order.
func (d *doc) products(out []baocao.Check) []baocao.Check {
	for r := range d.ns {
		rate := &d.ns[r]
		if !rate.Money || rate.Per == "" {
			continue
		}
		cl := d.clauseAt(rate.Start)
		amount, count := -1, -1
		for j := r - 1; j >= 0 && d.ns[j].QStart >= cl.Start; j-- {
			n := &d.ns[j]
			switch {
			case amount < 0 && n.Money && n.Per == "":
				amount = j
			case count < 0 && !n.Money && !n.Percent && d.unit(j) == rate.Per:
				count = j
			}
		}
		if amount < 0 || count < 0 {
			continue
		}
		out = append(out, d.productCheck(count, r, amount))
	}
	return out
}

func (d *doc) productCheck(count, rate, amount int) baocao.Check {
	cn, rn := &d.ns[count], &d.ns[rate]
	computed := mul(d.operand(count), d.operand(rate))
	exact := d.value(count).mul(d.value(rate))
	c := baocao.Check{Kind: "product", Status: decide(computed, d.bounds(amount)), StatedText: d.figureText(amount)}
	c.Stated = d.value(amount).float()
	s := &d.strs
	c.Computed = s.float(exact)
	s.open()
	s.num(exact, -1)
	s.add(" đồng")
	c.ComputedText = s.close()
	d.addFigure(count)
	s.add3(" × ", rn.Text, " = ")
	s.interval(computed, -1, "")
	s.add(" đồng")
	switch c.Status {
	case baocao.StatusOK:
		s.add3(" — khớp với ", c.StatedText, " đã nêu")
	case baocao.StatusMismatch:
		c.Severity = gradeOff(exact, d.value(amount))
		s.add3(" — không khớp với ", c.StatedText, " đã nêu")
	default:
		s.add2(" — số liệu ước lượng, không kiểm chứng được ", c.StatedText)
	}
	c.Reason = s.close()
	d.evidence(&c, cn.QStart, rn.End)
	return c
}
