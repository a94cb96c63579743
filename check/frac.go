package check

import (
	"math/big"
	"math/bits"

	"baocao/extract"
)

// frac is an exact rational. Report figures and what the rules compute
// from them nearly always fit n/d with small int64 parts, which cost no
// allocation; a value that does not is held in r instead. Results are not
// reduced: comparisons cross-multiply in 128 bits, and formatting and
// float conversion do not need lowest terms, so a gcd would only cost.
type frac struct {
	n, d int64    // d > 0, |n| and d at most maxSmall; unused when r != nil
	r    *big.Rat // the value when it is not small; never written to
}

// maxSmall bounds the parts of a small frac, so that a sum of two cross
// products cannot overflow before it is checked.
const maxSmall = 1 << 62

func intFrac(n int64) frac { return frac{n: n, d: 1} }

// fracOf is r as a frac; r is read, never kept: the caller may change it.
func fracOf(r *big.Rat) frac {
	if a := r.Num(); a.IsInt64() {
		n := a.Int64()
		if r.IsInt() { // Denom would allocate the 1 of an integer
			if n >= -maxSmall && n <= maxSmall {
				return frac{n: n, d: 1}
			}
		} else if b := r.Denom(); b.IsInt64() {
			if d := b.Int64(); n >= -maxSmall && n <= maxSmall && d <= maxSmall {
				return frac{n: n, d: d}
			}
		}
	}
	return frac{r: new(big.Rat).Set(r)}
}

// rat is x as a fresh big.Rat.
func (x frac) rat() *big.Rat {
	if x.r != nil {
		return new(big.Rat).Set(x.r)
	}
	return new(big.Rat).SetFrac64(x.n, x.d)
}

// fromRat keeps a result of big arithmetic, small again when it fits.
func fromRat(r *big.Rat) frac {
	x := fracOf(r)
	if x.r != nil {
		x.r = r // fracOf copied it; r is ours
	}
	return x
}

func (x frac) sign() int {
	if x.r != nil {
		return x.r.Sign()
	}
	switch {
	case x.n < 0:
		return -1
	case x.n > 0:
		return 1
	}
	return 0
}

// mulSmall is a·b when it fits a small frac's part.
func mulSmall(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uabs(a), uabs(b))
	if hi != 0 || lo > maxSmall {
		return 0, false
	}
	if (a < 0) != (b < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

// addSmall is a+b when it fits; a and b are small, so a+b cannot wrap.
func addSmall(a, b int64) (int64, bool) {
	s := a + b
	return s, s >= -maxSmall && s <= maxSmall
}

func uabs(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

func (x frac) add(y frac) frac {
	if x.r == nil && y.r == nil {
		if x.d == y.d {
			if n, ok := addSmall(x.n, y.n); ok {
				return frac{n: n, d: x.d}
			}
		} else if a, ok := mulSmall(x.n, y.d); ok {
			if b, ok := mulSmall(y.n, x.d); ok {
				if d, ok := mulSmall(x.d, y.d); ok {
					if n, ok := addSmall(a, b); ok {
						return frac{n: n, d: d}
					}
				}
			}
		}
	}
	return fromRat(new(big.Rat).Add(x.rat(), y.rat()))
}

func (x frac) neg() frac {
	if x.r != nil {
		return frac{r: new(big.Rat).Neg(x.r)}
	}
	return frac{n: -x.n, d: x.d}
}

func (x frac) sub(y frac) frac { return x.add(y.neg()) }

func (x frac) abs() frac {
	if x.sign() < 0 {
		return x.neg()
	}
	return x
}

func (x frac) mul(y frac) frac {
	if x.r == nil && y.r == nil {
		if n, ok := mulSmall(x.n, y.n); ok {
			if d, ok := mulSmall(x.d, y.d); ok {
				return frac{n: n, d: d}
			}
		}
	}
	return fromRat(new(big.Rat).Mul(x.rat(), y.rat()))
}

// quo is x/y; y must not be zero.
func (x frac) quo(y frac) frac {
	if x.r == nil && y.r == nil {
		if n, ok := mulSmall(x.n, y.d); ok {
			if d, ok := mulSmall(x.d, y.n); ok {
				if d < 0 {
					n, d = -n, -d
				}
				return frac{n: n, d: d}
			}
		}
	}
	return fromRat(new(big.Rat).Quo(x.rat(), y.rat()))
}

// cmp is -1, 0 or 1 as x <, =, > y: the cross products x.n·y.d and
// y.n·x.d compared in 128 bits.
func (x frac) cmp(y frac) int {
	if x.r != nil || y.r != nil {
		return x.rat().Cmp(y.rat())
	}
	sx, sy := x.sign(), y.sign()
	if sx != sy || sx == 0 {
		return compareInt(sx, sy)
	}
	ah, al := bits.Mul64(uabs(x.n), uint64(y.d))
	bh, bl := bits.Mul64(uabs(y.n), uint64(x.d))
	c := 0
	switch {
	case ah != bh:
		c = boolInt(ah > bh)*2 - 1
	case al != bl:
		c = boolInt(al > bl)*2 - 1
	}
	return c * sx // both negative: the larger magnitude is the smaller
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func compareInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// float is x as the nearest float64, as big.Rat.Float64 gives it: one IEEE
// division rounds the exact quotient of two exactly held parts to nearest.
func (x frac) float() float64 {
	const exact = 1 << 53
	if x.r == nil && x.n > -exact && x.n < exact && x.d < exact {
		return float64(x.n) / float64(x.d)
	}
	f, _ := x.rat().Float64()
	return f
}

// pow10[k] is 10^k.
var pow10 = func() (t [20]uint64) {
	t[0] = 1
	for k := 1; k < len(t); k++ {
		t[k] = t[k-1] * 10
	}
	return t
}()

// format is extract.Format(x, dec): at most dec decimals (dec < 0: 6),
// rounded half away from zero, trailing zeros dropped, "." between
// thousands and "," before the decimals. Small values are written here
// from integer parts: Format's FloatString allocates several big.Ints.
func (x frac) format(dec int) string { return string(x.appendFormat(make([]byte, 0, 24), dec)) }

// appendFormat appends x.format(dec) to b.
func (x frac) appendFormat(b []byte, dec int) []byte {
	if dec < 0 {
		dec = 6
	}
	if x.r != nil || dec >= len(pow10) {
		return append(b, extract.Format(x.rat(), dec)...)
	}
	p, d := pow10[dec], uint64(x.d)
	q, f := uabs(x.n), uint64(0) // an integer, as most sums and products are, needs no division
	if d != 1 {
		r := q % d
		q /= d
		hi, lo := bits.Mul64(r, p) // r < d, so hi < d and Div64 cannot overflow
		var rem uint64
		f, rem = bits.Div64(hi, lo, d)
		if rem >= d-rem { // half or more of the last decimal: round up, as FloatString does
			if f++; f >= p {
				q, f = q+1, f-p
			}
		}
	}
	if x.n < 0 && (q != 0 || f != 0) {
		b = append(b, '-')
	}
	// The digits are written from the last, a "." before every three
	// of the integer part, and appended at once.
	var ds [48]byte
	i := len(ds)
	if f != 0 {
		for f%10 == 0 {
			f, dec = f/10, dec-1
		}
		for range dec { // f < 10^dec: its digits with the zeros before them
			i--
			ds[i] = byte('0' + f%10)
			f /= 10
		}
		i--
		ds[i] = ','
	}
	for n := 0; ; n++ {
		if n > 0 && n%3 == 0 {
			i--
			ds[i] = '.'
		}
		i--
		ds[i] = byte('0' + q%10)
		if q /= 10; q == 0 {
			break
		}
	}
	return append(b, ds[i:]...)
}
