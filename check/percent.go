package check

import (
	"math/bits"

	"baocao"
	"baocao/extract"
)

// Percent checks a stated percent against the figures it is stated for:
// 100·value/target must lie within stated ± half a unit of its last written
// decimal, bounds included (157/160 = 98,125 fits "98,13%", not "98,14%").
// Approximate operands ("khoảng", "trên", ranges) are carried as intervals.
// The returned Check has no span; Run sets it.
func Percent(value, target, stated extract.Number) baocao.Check {
	return percent(new(strs), quoteOf(value), quoteOf(target), quoteOf(stated), "", "")
}

// percent is Percent on the figures as quotes, its strings built in s.
// whole, when not "", is written in parentheses after the target, and
// tail is added to the reason.
func percent(s *strs, v, t, stated quote, whole, tail string) baocao.Check {
	var computed interval
	var status string
	pointExact, isPoint := pointPercent(v, t)
	if isPoint {
		// what div, scale and decide give for two exact figures, reached
		// with one division: most ratios are plain figures
		computed = point(pointExact)
		status = baocao.StatusMismatch
		if in, ok := withinWidened(pointExact, stated); ok {
			if in {
				status = baocao.StatusOK
			}
		} else if w := stated.widened(); pointExact.cmp(w.lo) >= 0 && (w.open || pointExact.cmp(w.hi) <= 0) {
			status = baocao.StatusOK
		}
	} else {
		computed = scale(div(v.operand, t.operand), hundred)
		status = decide(computed, stated.widened())
	}
	sv := stated.value
	c := baocao.Check{
		Kind:       "percent",
		Status:     status,
		StatedText: stated.written(),
		Stated:     sv.float(),
	}
	s.open()
	expr := func() { // v/t, the whole after it
		s.add(v.qualifier)
		if v.qualifier != "" {
			s.add(" ")
		}
		s.add3(v.text, "/", t.qualifier)
		if t.qualifier != "" {
			s.add(" ")
		}
		s.add(t.text)
	}
	if t.value.sign() == 0 {
		c.Status = baocao.StatusUnverifiable
		expr()
		s.add2(": mẫu số bằng 0", tail)
		c.Reason = s.close()
		return c
	}
	exact := pointExact
	if !isPoint {
		exact = v.value.quo(t.value).mul(hundred)
	}
	c.Computed = s.float(exact)
	s.num(exact, stated.decimals+2)
	s.add("%")
	c.ComputedText = s.close()
	expr()
	if whole != "" {
		s.add3(" (", whole, ")")
	}
	s.add(" = ")
	switch c.Status {
	case baocao.StatusOK:
		s.add4(c.ComputedText, " — khớp với ", c.StatedText, " đã nêu")
	case baocao.StatusMismatch:
		c.Severity = severity(exact, sv)
		s.add4(c.ComputedText, " — không khớp với ", c.StatedText, " đã nêu (lệch ")
		s.num(exact.sub(sv).abs(), stated.decimals+3)
		s.add(" điểm %)")
	default:
		s.interval(computed, stated.decimals+1, "%")
		s.add3(" — số liệu ước lượng, không kiểm chứng được ", c.StatedText, " đã nêu")
	}
	s.add(tail)
	c.Reason = s.close()
	return c
}

// pointPercent is 100·v/t when both are exact small figures (their
// operands one value, the value itself) and t is above zero: then
// scale(div(v.operand, t.operand), hundred) is the point of it, and it
// is the exact value percent writes.
func pointPercent(v, t quote) (frac, bool) {
	if v.operand.open || t.operand.open || v.operand.lo != v.operand.hi || t.operand.lo != t.operand.hi ||
		v.operand.lo != v.value || t.operand.lo != t.value || v.value.r != nil || t.value.r != nil || t.value.sign() <= 0 {
		return frac{}, false
	}
	return v.value.quo(t.value).mul(hundred), true
}

// withinWidened is whether x lies in stated.widened(), bounds included,
// for a stated figure that is one small value written to a decimal or a
// unit (as nearly every stated percent is), with x a small frac at or
// above 0; ok is false for any other, which the intervals answer. With
// stated a/b and its last digit worth 1/c, the widened bounds are
// (2ca ∓ b)/(2cb) (the lower one not below 0): x = n/d is compared with
// each in one 128-bit cross product a side, where widen and cmp would
// build both bounds as fracs first.
func withinWidened(x frac, stated quote) (in, ok bool) {
	v, op := stated.value, stated.operand
	e := stated.scaleExp - stated.decimals
	if x.r != nil || v.r != nil || op.open || op.lo != v || op.hi != v || e > 0 || e < -18 || x.n < 0 || v.n < 0 {
		return false, false
	}
	c2hi, c2 := bits.Mul64(2, pow10[-e])     // 2c
	bdhi, den := bits.Mul64(c2, uint64(v.d)) // 2cb, the bounds' denominator
	nhi, num := bits.Mul64(c2, uint64(v.n))  // 2ca
	if c2hi != 0 || bdhi != 0 || nhi != 0 || num > maxSmall {
		return false, false
	}
	b := uint64(v.d)
	// x ≥ lo: x.n·2cb ≥ (2ca − b)·x.d, always so when 2ca ≤ b (lo is 0)
	if num > b && !geq128(uint64(x.n), den, num-b, uint64(x.d)) {
		return false, true
	}
	// x ≤ hi: (2ca + b)·x.d ≥ x.n·2cb
	return geq128(num+b, uint64(x.d), uint64(x.n), den), true
}

// geq128 reports whether a·b ≥ c·e, the products taken in 128 bits.
func geq128(a, b, c, e uint64) bool {
	h1, l1 := bits.Mul64(a, b)
	h2, l2 := bits.Mul64(c, e)
	return h1 > h2 || h1 == h2 && l1 >= l2
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
	var s strs
	s.open()
	s.interval(iv, dec, unit)
	return s.close()
}
