package check

import (
	"math/big"

	"baocao"
	"baocao/extract"
)

// Percent checks a stated percent against the figures it is stated for:
// 100·value/target must lie within stated ± half a unit of its last written
// decimal, bounds included (157/160 = 98,125 fits "98,13%", not "98,14%").
// Approximate operands ("khoảng", "trên", ranges) are carried as intervals.
// The returned Check has no span; Run sets it.
func Percent(value, target, stated extract.Number) baocao.Check {
	v, t := operand(value), operand(target)
	computed := div(v, t) // fresh bounds: scaled to percent in place
	computed.Lo.Mul(computed.Lo, hundred)
	if computed.Hi != nil {
		computed.Hi.Mul(computed.Hi, hundred)
	}
	st := stated.Bounds(true)
	c := baocao.Check{
		Kind:       "percent",
		Status:     decide(computed, st),
		StatedText: written(stated),
	}
	c.Stated, _ = stated.Value.Float64()
	expr := written(value) + "/" + written(target)
	if target.Value.Sign() == 0 {
		c.Status = baocao.StatusUnverifiable
		c.Reason = expr + ": mẫu số bằng 0"
		return c
	}
	exact := new(big.Rat).Quo(value.Value, target.Value)
	exact.Mul(exact, hundred)
	f, _ := exact.Float64()
	c.Computed = &f
	c.ComputedText = extract.Format(exact, stated.Decimals+2) + "%"
	switch c.Status {
	case baocao.StatusOK:
		c.Reason = expr + " = " + c.ComputedText + " — khớp với " + c.StatedText + " đã nêu"
	case baocao.StatusMismatch:
		c.Severity = severity(exact, stated.Value)
		c.Reason = expr + " = " + c.ComputedText + " — không khớp với " + c.StatedText + " đã nêu (lệch " +
			extract.Format(new(big.Rat).Abs(new(big.Rat).Sub(exact, stated.Value)), stated.Decimals+3) + " điểm %)"
	default:
		c.Reason = expr + " = " + rangeText(computed, stated.Decimals+1, "%") + " — số liệu ước lượng, không kiểm chứng được " + c.StatedText + " đã nêu"
	}
	return c
}

// hundred is read only.
var hundred = rat(100)

// severity grades a mismatch: "gross" when the error flips a verdict (one
// side reaches 100% of plan and the other does not) or is off by about a
// power of ten, "minor" otherwise.
func severity(computed, stated *big.Rat) string {
	h := rat(100)
	if (computed.Cmp(h) >= 0) != (stated.Cmp(h) >= 0) {
		return "gross"
	}
	if computed.Sign() > 0 && stated.Sign() > 0 {
		r := new(big.Rat).Quo(stated, computed)
		if r.Cmp(rat(5)) >= 0 || r.Cmp(big.NewRat(1, 5)) <= 0 {
			return "gross"
		}
	}
	return "minor"
}

// written is a figure as the report wrote it, with its qualifier.
func written(n extract.Number) string {
	if n.Qualifier == "" {
		return n.Text
	}
	return n.Qualifier + " " + n.Text
}

// rangeText shows an interval for a reason: "[6.300; 7.700]", "≥ 16.000".
func rangeText(iv interval, dec int, unit string) string {
	switch {
	case iv.Hi == nil:
		return "≥ " + extract.Format(lo(iv), dec) + unit
	case lo(iv).Cmp(iv.Hi) == 0:
		return extract.Format(iv.Hi, dec) + unit
	}
	return "[" + extract.Format(lo(iv), dec) + "; " + extract.Format(iv.Hi, dec) + "]" + unit
}
