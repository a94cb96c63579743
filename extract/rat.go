package extract

import (
	"math/big"
	"math/bits"
)

// A text holds hundreds of figures, each with three exact values (Value,
// Lo, Hi). Made one by one, every big.Rat costs two or three small
// allocations; most figures fit a uint64 fraction, and those are built
// here from one slab of Rats and one of words per text.

// frac is the non-negative fraction num/den, den > 0, in lowest terms.
type frac struct{ num, den uint64 }

// newFrac is num/den in lowest terms.
func newFrac(num, den uint64) frac {
	if den == 1 { // most figures: an integer, without gcd's division
		return frac{num, 1}
	}
	if g := gcd(num, den); g > 1 {
		num, den = num/g, den/g
	}
	return frac{num, den}
}

// decimalFrac is newFrac(v, 10^k) for k < len(pow10): a power of ten
// shares only twos and fives with v, struck out by shifts and divisions
// by constants rather than gcd's divisions by variables.
func decimalFrac(v uint64, k int) frac {
	if v == 0 {
		return frac{0, 1}
	}
	for k > 0 && v%10 == 0 {
		v, k = v/10, k-1
	}
	den := uint64(pow10[k])
	switch {
	case k == 0:
	case v&1 == 0: // no factor 5 left in v: only twos are shared
		tz := min(bits.TrailingZeros64(v), k)
		v, den = v>>tz, den>>tz
	default: // odd: only fives are shared
		for j := 0; j < k && v%5 == 0; j++ {
			v, den = v/5, den/5
		}
	}
	return frac{v, den}
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// scale is f·p/q, ok false when it does not fit.
func (f frac) scale(p, q uint64) (frac, bool) {
	hi1, num := bits.Mul64(f.num, p)
	hi2, den := bits.Mul64(f.den, q)
	if hi1 != 0 || hi2 != 0 {
		return frac{}, false
	}
	return newFrac(num, den), true
}

// rats hands out big.Rats from slabs, grown by chunks; a nil *rats
// allocates each. None is for scans that want the figures' places only:
// their values are left nil.
type rats struct {
	rs        []big.Rat
	ws        []big.Word
	none      bool
	valueOnly bool // Lo and Hi are left nil: Records reads Value only

	// A rats that reuse readies for another text keeps its first slabs,
	// sized by what the texts before needed (nr Rats, nw words).
	first  []big.Rat
	firstW []big.Word
	nr, nw int
}

// reuse readies a for another text, when none of the Rats it handed out
// is read any more: its first slabs are written again, grown to what the
// last text needed so that most texts need no other.
func (a *rats) reuse() {
	if cap(a.first) < a.nr {
		a.first = make([]big.Rat, 0, a.nr+a.nr/4)
	}
	if cap(a.firstW) < a.nw {
		a.firstW = make([]big.Word, 0, a.nw+a.nw/4)
	}
	clear(a.first[:cap(a.first)]) // rat hands out zero Rats, as from a new slab
	a.rs, a.ws, a.nr, a.nw = a.first[:0], a.firstW[:0], 0, 0
}

// noValues is the shared rats of scans that make no values.
var noValues = &rats{none: true}

const chunk = 256 // most Rats or words per chunk after the first slab

// newRats makes room for n Rats: most figures are integers, with a
// word each. Chunks cover what the first slab does not.
func newRats(n int) *rats {
	n = min(n, 4*chunk)
	return &rats{rs: make([]big.Rat, 0, n), ws: make([]big.Word, 0, n)}
}

func (a *rats) rat() *big.Rat {
	if a == nil {
		return new(big.Rat)
	}
	if len(a.rs) == cap(a.rs) {
		a.rs = make([]big.Rat, 0, min(max(16, 2*cap(a.rs)), chunk))
	}
	a.rs = a.rs[:len(a.rs)+1] // zero: new, or cleared by reuse
	a.nr++
	return &a.rs[len(a.rs)-1]
}

// word is a one-word nat holding w; its capacity is one, so arithmetic
// on the Rat that gets it grows into a new array, never a neighbour's.
func (a *rats) word(w uint64) []big.Word {
	if a == nil {
		return []big.Word{big.Word(w)}
	}
	if len(a.ws) == cap(a.ws) {
		a.ws = make([]big.Word, 0, min(max(16, 2*cap(a.ws)), chunk))
	}
	a.ws = append(a.ws, big.Word(w))
	a.nw++
	k := len(a.ws)
	return a.ws[k-1 : k : k]
}

// of is f as a new big.Rat, or nil when a Word cannot hold its parts.
func (a *rats) of(f frac) *big.Rat {
	if bits.UintSize < 64 && (f.num > 1<<32-1 || f.den > 1<<32-1) {
		return nil
	}
	r := a.rat()
	if f.den != 1 {
		// The denominator can only be set through a Rat's numerator:
		// set it there and invert, then set the numerator. Copied
		// from oneDen, r has a denominator to swap in, where Inv
		// would allocate a word for it.
		*r = oneDen
		r.Num().SetBits(a.word(f.den))
		r.Inv(r)
		r.Num().SetBits(a.word(f.num)) // never oneDen's word, even for a 0 that lowest terms never leave over a den
		return r
	}
	if f.num != 0 { // 0 is 0/1: the zero Rat
		r.Num().SetBits(a.word(f.num))
	}
	return r
}

// oneDen is 1 with a denominator word. It is only copied, never written:
// a copy's numerator and denominator are set to words of their own (Inv
// swaps the slices, SetBits replaces them) before the copy is handed out.
var oneDen = func() (r big.Rat) {
	r.Num().SetBits([]big.Word{1})
	r.Inv(&r)
	return r
}()

// cmp compares f and g as big.Rat.Cmp does.
func (f frac) cmp(g frac) int {
	h1, l1 := bits.Mul64(f.num, g.den)
	h2, l2 := bits.Mul64(g.num, f.den)
	switch {
	case h1 != h2:
		return cmpU(h1, h2)
	default:
		return cmpU(l1, l2)
	}
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// fracOf is r as a frac, ok false when r is negative or a part does not
// fit a uint64.
func fracOf(r *big.Rat) (frac, bool) {
	if r.Sign() < 0 || !r.Num().IsUint64() {
		return frac{}, false
	}
	if r.IsInt() { // Denom would allocate a 1
		return frac{r.Num().Uint64(), 1}, true
	}
	if !r.Denom().IsUint64() {
		return frac{}, false
	}
	return frac{r.Num().Uint64(), r.Denom().Uint64()}, true
}

// add is f+g (sub: f-g, 0 when g is larger), ok false when it does not
// fit.
func (f frac) add(g frac, sub bool) (frac, bool) {
	h1, a := bits.Mul64(f.num, g.den)
	h2, b := bits.Mul64(g.num, f.den)
	h3, d := bits.Mul64(f.den, g.den)
	if h1|h2|h3 != 0 {
		return frac{}, false
	}
	if sub {
		if b >= a {
			return frac{0, 1}, true
		}
		return newFrac(a-b, d), true
	}
	s, carry := bits.Add64(a, b, 0)
	if carry != 0 {
		return frac{}, false
	}
	return newFrac(s, d), true
}

// halfUnit is Number.HalfUnit as a frac, ok false past 10^18.
func (n Number) halfUnit() (frac, bool) {
	switch e := n.ScaleExp - n.Decimals; {
	case e >= 1 && e <= 18:
		return frac{uint64(5 * pow10[e-1]), 1}, true
	case e <= 0 && e >= -18:
		return frac{1, uint64(2 * pow10[-e])}, true
	}
	return frac{}, false
}

// smallBounds is Bounds in uint64 fractions, with the two Rats and their
// words made at once; ok false when they do not fit.
func (n Number) smallBounds(rounding bool) (Interval, bool) {
	var lo, hi frac
	var ok bool
	if n.Lo != nil {
		if lo, ok = fracOf(n.Lo); !ok {
			return Interval{}, false
		}
	}
	if n.Hi != nil {
		if hi, ok = fracOf(n.Hi); !ok {
			return Interval{}, false
		}
	}
	if rounding {
		h, ok := n.halfUnit()
		if !ok {
			return Interval{}, false
		}
		if n.Lo != nil {
			if lo, ok = lo.add(h, true); !ok {
				return Interval{}, false
			}
		}
		if n.Hi != nil {
			if hi, ok = hi.add(h, false); !ok {
				return Interval{}, false
			}
		}
	}
	rs := new([2]big.Rat)
	al := &rats{rs: rs[:0:2], ws: make([]big.Word, 0, 4)}
	var iv Interval
	if n.Lo != nil {
		iv.Lo = al.of(lo)
	}
	if n.Hi != nil {
		iv.Hi = al.of(hi)
	}
	if (n.Lo != nil && iv.Lo == nil) || (n.Hi != nil && iv.Hi == nil) {
		return Interval{}, false
	}
	return iv, true
}
