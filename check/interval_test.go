package check

import (
	"math/big"
	"testing"
)

// TestCmp compares cmp with Rat.Cmp around the bounds of its fast path.
func TestCmp(t *testing.T) {
	vals := []*big.Rat{big.NewRat(0, 1), big.NewRat(7395, 100), big.NewRat(-3, 7), big.NewRat(1<<31-1, 3), big.NewRat(1<<31, 1),
		big.NewRat(1<<62, 5), big.NewRat(5, 1<<31), big.NewRat(2, 4), big.NewRat(1, 2), new(big.Rat), big.NewRat(-1<<31, 1)}
	n := new(big.Rat)
	n.Num().SetInt64(42)
	vals = append(vals, n, big.NewRat(42, 1))
	for a := int64(-20); a <= 20; a += 3 {
		for b := int64(1); b <= 9; b += 2 {
			vals = append(vals, big.NewRat(a, b))
		}
	}
	for _, x := range vals {
		for _, y := range vals {
			if got, want := cmp(x, y), x.Cmp(y); got != want {
				t.Errorf("cmp(%s, %s) = %d, want %d", x, y, got, want)
			}
		}
	}
}

var decideTests = []struct {
	computed, stated interval
	want             string
}{
	// exact: the stated value's rounding interval holds it
	{interval{Lo: rat(100), Hi: rat(100)}, interval{Lo: rat(99), Hi: rat(101)}, "ok"},
	// apart: mismatch
	{interval{Lo: rat(90), Hi: rat(95)}, interval{Lo: rat(99), Hi: rat(101)}, "mismatch"},
	// meets and narrow (500 wide against 18.500: 2,7%): ok
	{interval{Lo: rat(18000), Hi: rat(18500)}, interval{Lo: rat(18500), Hi: rat(18500)}, "ok"},
	// meets but wide (±10% of 15.000): unverifiable
	{interval{Lo: rat(14300), Hi: rat(15700)}, interval{Lo: rat(15000), Hi: rat(15000)}, "unverifiable"},
	// unbounded: unverifiable
	{interval{Lo: rat(14300)}, interval{Lo: rat(15000), Hi: rat(15000)}, "unverifiable"},
}

func TestDecide(t *testing.T) {
	for _, tt := range decideTests {
		if got := decide(tt.computed, tt.stated); got != tt.want {
			t.Errorf("decide(%v, %v) = %s, want %s", tt.computed, tt.stated, got, tt.want)
		}
	}
}
