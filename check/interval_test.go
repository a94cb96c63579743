package check

import "testing"

// closed is [lo, hi] of integers; above is [lo, ∞).
func closed(lo, hi int64) interval { return interval{lo: intFrac(lo), hi: intFrac(hi)} }
func above(lo int64) interval      { return interval{lo: intFrac(lo), open: true} }

var decideTests = []struct {
	computed, stated interval
	want             string
}{
	// exact: the stated value's rounding interval holds it
	{closed(100, 100), closed(99, 101), "ok"},
	// apart: mismatch
	{closed(90, 95), closed(99, 101), "mismatch"},
	// meets and narrow (500 wide against 18.500: 2,7%): ok
	{closed(18000, 18500), closed(18500, 18500), "ok"},
	// meets but wide (±10% of 15.000): unverifiable
	{closed(14300, 15700), closed(15000, 15000), "unverifiable"},
	// unbounded: unverifiable
	{above(14300), closed(15000, 15000), "unverifiable"},
	// unbounded but already past the stated value: mismatch
	{above(15001), closed(15000, 15000), "mismatch"},
}

func TestDecide(t *testing.T) {
	for _, tt := range decideTests {
		if got := decide(tt.computed, tt.stated); got != tt.want {
			t.Errorf("decide(%v, %v) = %s, want %s", tt.computed, tt.stated, got, tt.want)
		}
	}
}
