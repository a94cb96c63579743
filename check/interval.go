package check

import (
	"baocao"
	"baocao/extract"
)

// interval is a closed interval of exact values. The reports' figures are
// never negative, so intervals start at 0 or above except for a change
// (sub) that may go below; open means no upper end ("trên 16.000").
type interval struct {
	lo, hi frac
	open   bool
}

// point is the interval holding x alone.
func point(x frac) interval { return interval{lo: x, hi: x} }

// fromExtract is the interval of extract's bounds: a nil Lo is 0, a nil Hi
// unbounded.
func fromExtract(iv extract.Interval) interval {
	r := interval{lo: intFrac(0), open: iv.Hi == nil}
	if iv.Lo != nil {
		r.lo = fracOf(iv.Lo)
	}
	if iv.Hi != nil {
		r.hi = fracOf(iv.Hi)
	}
	return r
}

func add(a, b interval) interval {
	r := interval{lo: a.lo.add(b.lo), open: a.open || b.open}
	if !r.open {
		r.hi = a.hi.add(b.hi)
	}
	return r
}

// unboundedBelow stands for −∞ as the lower end of a change whose
// subtrahend has no upper end: far below any figure, and written so in a
// reason.
var unboundedBelow = intFrac(-1 << 62)

// sub is a − b; its lower end may go below zero, which compares fine.
func sub(a, b interval) interval {
	r := interval{lo: unboundedBelow, open: a.open}
	if !b.open {
		r.lo = a.lo.sub(b.hi)
	}
	if !a.open {
		r.hi = a.hi.sub(b.lo)
	}
	return r
}

func mul(a, b interval) interval {
	r := interval{lo: a.lo.mul(b.lo)}
	switch {
	case !a.open && !b.open:
		r.hi = a.hi.mul(b.hi)
	case (!a.open && a.hi.sign() == 0) || (!b.open && b.hi.sign() == 0):
		r.hi = intFrac(0)
	default:
		r.open = true
	}
	return r
}

// div is a / b; a divisor that may be zero makes the upper end unbounded.
func div(a, b interval) interval {
	r := interval{lo: intFrac(0), open: true}
	if !b.open && b.hi.sign() > 0 {
		r.lo = a.lo.quo(b.hi)
	}
	if !a.open && b.lo.sign() > 0 {
		r.hi, r.open = a.hi.quo(b.lo), false
	}
	return r
}

func scale(a interval, k frac) interval { return mul(a, point(k)) }

// meets reports whether a and b share a value (bounds included).
func meets(a, b interval) bool {
	if !a.open && b.lo.cmp(a.hi) > 0 {
		return false
	}
	if !b.open && a.lo.cmp(b.hi) > 0 {
		return false
	}
	return true
}

// within reports whether a ⊆ b.
func within(a, b interval) bool {
	if a.lo.cmp(b.lo) < 0 {
		return false
	}
	return b.open || (!a.open && a.hi.cmp(b.hi) <= 0)
}

// decide compares what the figures give with what the report states: a
// mismatch when no value of the first is allowed by the second; ok when
// every value is, or when they meet and the computed interval is narrow
// (at most narrowShare of the stated value wide: "1.500 + gần 5.000 +
// 12.000" against 18.500); unverifiable when the figures are too
// approximate to tell ("khoảng 7.000 + 8.000" against 15.000: ±10%).
func decide(computed, stated interval) string {
	switch {
	case !meets(computed, stated):
		return baocao.StatusMismatch
	case within(computed, stated), narrow(computed, stated):
		return baocao.StatusOK
	}
	return baocao.StatusUnverifiable
}

// narrowShare is how wide, relative to the stated value, a computed
// interval that meets it may be and still decide: 5/100.
var narrowShare = frac{n: 5, d: 100}

// narrow reports whether computed is bounded and at most narrowShare of
// the stated value wide.
func narrow(computed, stated interval) bool {
	if computed.open || stated.open || stated.hi.sign() <= 0 {
		return false
	}
	width := computed.hi.sub(computed.lo)
	return width.cmp(stated.hi.mul(narrowShare)) <= 0
}
