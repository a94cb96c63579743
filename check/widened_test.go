package check

import (
	"math/rand/v2"
	"testing"
)

// withinRef is what percent decided before withinWidened: the stated
// figure's widened interval built and compared with.
func withinRef(x frac, stated quote) bool {
	w := stated.widened()
	return x.cmp(w.lo) >= 0 && (w.open || x.cmp(w.hi) <= 0)
}

// checkWithin compares withinWidened with withinRef for x and stated.
// It returns whether withinWidened answered.
func checkWithin(t *testing.T, x frac, stated quote) bool {
	t.Helper()
	in, ok := withinWidened(x, stated)
	if ok && in != withinRef(x, stated) {
		t.Fatalf("withinWidened(%v, %q) = %v, widened interval says %v", x, stated.text, in, !in)
	}
	return ok
}

// TestWithinWidened compares the cross products with the intervals on
// the bounds themselves, next to them and on random values, over the
// written forms of stated percents.
func TestWithinWidened(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	answered, ins := 0, 0
	stateds := []string{"0%", "0,5%", "1%", "73,95%", "98,13%", "100%", "vượt 5%", "vượt 0,01%", "12,345%", "99,9999%", "1.234,5%", "999.999.999.999.999.999"}
	for range 300 {
		stateds = append(stateds, fmtDec(rng.Int64N(1_000_000), rng.IntN(6))+"%")
	}
	for _, st := range stateds {
		q, ok := readAttainment(st)
		if !ok {
			t.Fatalf("readAttainment(%q) failed", st)
		}
		w := q.widened()
		for _, x := range []frac{w.lo, w.hi, q.value, intFrac(0), intFrac(100)} {
			if x.r != nil {
				continue
			}
			for _, dx := range []frac{{n: 0, d: 1}, {n: 1, d: 1 << 40}, {n: -1, d: 1 << 40}, {n: 1, d: 3}, {n: -1, d: 7}} {
				if y := x.add(dx); checkWithin(t, y, q) {
					answered++
					if withinRef(y, q) {
						ins++
					}
				}
			}
		}
		for range 200 {
			v, tt := intFrac(rng.Int64N(1_000_000)), intFrac(1+rng.Int64N(1_000_000))
			if checkWithin(t, v.quo(tt).mul(hundred), q) {
				answered++
			}
		}
	}
	// the plain forms must take the fast way, both in and out
	if answered < len(stateds)*200 || ins == 0 || ins == answered {
		t.Errorf("withinWidened answered %d times (%d inside) of %d plain cases", answered, ins, len(stateds)*225)
	}
}

// fmtDec writes n with dec decimals as the reports do ("73,95").
func fmtDec(n int64, dec int) string {
	return frac{n: n, d: int64(pow10[dec])}.format(dec)
}

func FuzzWithinWidened(f *testing.F) {
	f.Add(int64(157), int64(160), "98,13%")
	f.Add(int64(0), int64(1), "0%")
	f.Add(int64(1), int64(3), "vượt 33,3333%")
	f.Fuzz(func(t *testing.T, a, b int64, stated string) {
		q, ok := readAttainment(stated)
		if !ok || b <= 0 || a < 0 || a > maxSmall || b > maxSmall {
			return
		}
		checkWithin(t, frac{n: a, d: b}, q)
		checkWithin(t, frac{n: a, d: b}.mul(hundred), q)
	})
}
