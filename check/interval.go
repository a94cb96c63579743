package check

import (
	"math/big"

	"baocao"
	"baocao/extract"
)

// The reports' figures are never negative, so intervals here live in
// [0, ∞): a nil Lo is 0 and a nil Hi is ∞.
type interval = extract.Interval

func rat(n int64) *big.Rat { return new(big.Rat).SetInt64(n) }

func lo(iv interval) *big.Rat {
	if iv.Lo == nil {
		return new(big.Rat)
	}
	return iv.Lo
}

func add(a, b interval) interval {
	r := interval{Lo: new(big.Rat).Add(lo(a), lo(b))}
	if a.Hi != nil && b.Hi != nil {
		r.Hi = new(big.Rat).Add(a.Hi, b.Hi)
	}
	return r
}

// sub is a − b; its lower end may go below zero, which compares fine.
func sub(a, b interval) interval {
	var r interval
	if b.Hi != nil {
		r.Lo = new(big.Rat).Sub(lo(a), b.Hi)
	} else {
		r.Lo = nil // −∞: stays unbounded below
	}
	if a.Hi != nil {
		r.Hi = new(big.Rat).Sub(a.Hi, lo(b))
	}
	if r.Lo == nil {
		r.Lo = new(big.Rat).Sub(new(big.Rat), big.NewRat(1<<62, 1))
	}
	return r
}

func mul(a, b interval) interval {
	r := interval{Lo: new(big.Rat).Mul(lo(a), lo(b))}
	switch {
	case a.Hi != nil && b.Hi != nil:
		r.Hi = new(big.Rat).Mul(a.Hi, b.Hi)
	case (a.Hi != nil && a.Hi.Sign() == 0) || (b.Hi != nil && b.Hi.Sign() == 0):
		r.Hi = new(big.Rat)
	}
	return r
}

// div is a / b; a divisor that may be zero makes the upper end unbounded.
func div(a, b interval) interval {
	var r interval
	if b.Hi != nil && b.Hi.Sign() > 0 {
		r.Lo = new(big.Rat).Quo(lo(a), b.Hi)
	} else {
		r.Lo = new(big.Rat)
	}
	if a.Hi != nil && lo(b).Sign() > 0 {
		r.Hi = new(big.Rat).Quo(a.Hi, lo(b))
	}
	return r
}

func scale(a interval, k *big.Rat) interval {
	return mul(a, interval{Lo: k, Hi: k})
}

// meets reports whether a and b share a value (bounds included).
func meets(a, b interval) bool {
	if a.Hi != nil && cmp(lo(b), a.Hi) > 0 {
		return false
	}
	if b.Hi != nil && cmp(lo(a), b.Hi) > 0 {
		return false
	}
	return true
}

// within reports whether a ⊆ b.
func within(a, b interval) bool {
	if cmp(lo(a), lo(b)) < 0 {
		return false
	}
	if b.Hi == nil {
		return true
	}
	return a.Hi != nil && cmp(a.Hi, b.Hi) <= 0
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
// interval that meets it may be and still decide.
var narrowShare = big.NewRat(5, 100)

// narrow reports whether computed is bounded and at most narrowShare of
// the stated value wide.
func narrow(computed, stated interval) bool {
	if computed.Hi == nil || stated.Hi == nil || stated.Hi.Sign() <= 0 {
		return false
	}
	width := new(big.Rat).Sub(computed.Hi, lo(computed))
	limit := new(big.Rat).Mul(stated.Hi, narrowShare)
	return width.Cmp(limit) <= 0
}

// cmp is x.Cmp(y), by int64 cross products when numerators and
// denominators are below 2^31: Rat.Cmp allocates two scaled copies.
func cmp(x, y *big.Rat) int {
	const small = 1 << 31
	xa, ya := x.Num(), y.Num()
	if !xa.IsInt64() || !ya.IsInt64() {
		return x.Cmp(y)
	}
	a, b := xa.Int64(), ya.Int64()
	da, db := int64(1), int64(1)
	if !x.IsInt() { // Denom of an integer may allocate its 1
		if d := x.Denom(); d.IsInt64() {
			da = d.Int64()
		} else {
			return x.Cmp(y)
		}
	}
	if !y.IsInt() {
		if d := y.Denom(); d.IsInt64() {
			db = d.Int64()
		} else {
			return x.Cmp(y)
		}
	}
	if a <= -small || a >= small || b <= -small || b >= small || da >= small || db >= small {
		return x.Cmp(y)
	}
	l, r := a*db, b*da // denominators are positive
	switch {
	case l < r:
		return -1
	case l > r:
		return 1
	}
	return 0
}
