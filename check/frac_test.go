package check

import (
	"math/big"
	"testing"

	"baocao/extract"
)

// fracVals straddle the bounds of frac's small form: zero, signs, powers
// of ten as figures carry them, halves that round, and parts near 2^62
// and beyond.
var fracVals = []*big.Rat{
	big.NewRat(0, 1), big.NewRat(1, 2), big.NewRat(-1, 2), big.NewRat(7395, 100), big.NewRat(-3, 7),
	big.NewRat(157, 160), big.NewRat(98125, 1000), big.NewRat(5, 1000000), big.NewRat(1, 3),
	big.NewRat(2, 3), big.NewRat(-2, 3), big.NewRat(13676500000, 1), big.NewRat(1<<62, 1), big.NewRat(-1<<62, 1),
	big.NewRat(1<<62-1, 3), big.NewRat(3, 1<<62), big.NewRat(1<<53+1, 1), big.NewRat(1, 1<<53+1),
	big.NewRat(999999995, 1000000000), big.NewRat(-999999995, 1000000000), big.NewRat(1<<40, 7),
	new(big.Rat).SetFrac(new(big.Int).Lsh(big.NewInt(1), 70), big.NewInt(3)),
	new(big.Rat).SetFrac(big.NewInt(5), new(big.Int).Lsh(big.NewInt(1), 65)),
}

func TestFracArithmetic(t *testing.T) {
	ops := []struct {
		name string
		f    func(a, b frac) frac
		r    func(z, a, b *big.Rat) *big.Rat
	}{
		{"add", frac.add, (*big.Rat).Add},
		{"sub", frac.sub, (*big.Rat).Sub},
		{"mul", frac.mul, (*big.Rat).Mul},
	}
	for _, x := range fracVals {
		for _, y := range fracVals {
			a, b := fracOf(x), fracOf(y)
			for _, op := range ops {
				if got, want := op.f(a, b).rat(), op.r(new(big.Rat), x, y); got.Cmp(want) != 0 {
					t.Errorf("%s(%s, %s) = %s, want %s", op.name, x, y, got, want)
				}
			}
			if y.Sign() != 0 {
				if got, want := a.quo(b).rat(), new(big.Rat).Quo(x, y); got.Cmp(want) != 0 {
					t.Errorf("quo(%s, %s) = %s, want %s", x, y, got, want)
				}
			}
			if got, want := a.cmp(b), x.Cmp(y); got != want {
				t.Errorf("cmp(%s, %s) = %d, want %d", x, y, got, want)
			}
		}
	}
}

func TestFracFormat(t *testing.T) {
	for _, x := range fracVals {
		a := fracOf(x)
		if got, want := a.float(), toFloat64(x); got != want {
			t.Errorf("float(%s) = %v, want %v", x, got, want)
		}
		for _, y := range []*big.Rat{big.NewRat(1, 1), big.NewRat(100, 1), big.NewRat(7, 1), big.NewRat(1, 1000)} {
			q := a.quo(fracOf(y)) // an unreduced fraction, as the rules make them
			for dec := -1; dec <= 20; dec++ {
				if got, want := q.format(dec), extract.Format(q.rat(), dec); got != want {
					t.Errorf("format(%s/%s, %d) = %q, want %q", x, y, dec, got, want)
				}
			}
		}
	}
}

func toFloat64(r *big.Rat) float64 {
	f, _ := r.Float64()
	return f
}
