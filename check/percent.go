package check

import (
	"baocao"
	"baocao/extract"
)

// Percent checks a stated percent against the figures it is stated for:
// 100·value/target must lie within stated ± half a unit of its last written
// decimal, bounds included (157/160 = 98,125 fits "98,13%", not "98,14%").
// Approximate operands ("khoảng", "trên", ranges) are carried as intervals.
// The returned Check has no span; Run sets it.
func Percent(value, target, stated extract.Number) baocao.Check {
	return percent(quoteOf(value), quoteOf(target), quoteOf(stated))
}

// percent is Percent on the figures as quotes.
func percent(v, t, stated quote) baocao.Check {
	computed := scale(div(v.operand, t.operand), hundred)
	sv := stated.value
	c := baocao.Check{
		Kind:       "percent",
		Status:     decide(computed, stated.widened()),
		StatedText: stated.written(),
		Stated:     sv.float(),
	}
	expr := v.written() + "/" + t.written()
	if t.value.sign() == 0 {
		c.Status = baocao.StatusUnverifiable
		c.Reason = expr + ": mẫu số bằng 0"
		return c
	}
	exact := v.value.quo(t.value).mul(hundred)
	c.Computed = floatOf(exact)
	c.ComputedText = exact.format(stated.decimals+2) + "%"
	switch c.Status {
	case baocao.StatusOK:
		c.Reason = expr + " = " + c.ComputedText + " — khớp với " + c.StatedText + " đã nêu"
	case baocao.StatusMismatch:
		c.Severity = severity(exact, sv)
		c.Reason = expr + " = " + c.ComputedText + " — không khớp với " + c.StatedText + " đã nêu (lệch " +
			exact.sub(sv).abs().format(stated.decimals+3) + " điểm %)"
	default:
		c.Reason = expr + " = " + rangeText(computed, stated.decimals+1, "%") + " — số liệu ước lượng, không kiểm chứng được " + c.StatedText + " đã nêu"
	}
	return c
}

// hundred scales a ratio to percent.
var hundred = intFrac(100)

// severity grades a mismatch: "gross" when the error flips a verdict (one
// side reaches 100% of plan and the other does not) or is off by about a
// power of ten, "minor" otherwise.
func severity(computed, stated frac) string {
	if (computed.cmp(hundred) >= 0) != (stated.cmp(hundred) >= 0) {
		return "gross"
	}
	return gradeOff(computed, stated)
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
	case iv.open:
		return "≥ " + iv.lo.format(dec) + unit
	case iv.lo.cmp(iv.hi) == 0:
		return iv.hi.format(dec) + unit
	}
	return "[" + iv.lo.format(dec) + "; " + iv.hi.format(dec) + "]" + unit
}
