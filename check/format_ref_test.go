package check

import (
	"math/bits"
	"math/rand/v2"
	"strconv"
	"testing"

	"baocao/extract"
)

// appendFormatRef is appendFormat as it stood before it wrote the digits
// itself, through strconv.AppendUint: the reference it must agree with.
func (x frac) appendFormatRef(b []byte, dec int) []byte {
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
	var ds [20]byte
	digits := strconv.AppendUint(ds[:0], q, 10)
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, '.')
		}
		b = append(b, c)
	}
	if f != 0 {
		for f%10 == 0 {
			f, dec = f/10, dec-1
		}
		b = append(b, ',')
		frac := strconv.AppendUint(ds[:0], f, 10)
		for range dec - len(frac) {
			b = append(b, '0')
		}
		b = append(b, frac...)
	}
	return b
}

// formatCases are fracs at the edges of appendFormat: zero, powers of
// ten and their neighbours, halves that round up, negatives, the largest
// small parts.
var formatCases = func() (fs []frac) {
	for _, n := range []int64{0, 1, -1, 5, 9, 10, 99, 100, 999, 1000, 1001, 123456, -999999, 1 << 40, maxSmall, -maxSmall, 999_999_999_999_999_999} {
		for _, d := range []int64{1, 2, 3, 7, 8, 10, 100, 1000, 3 << 20, 1_000_000_000, maxSmall} {
			fs = append(fs, frac{n: n, d: d})
		}
	}
	return fs
}()

// TestAppendFormatRef compares appendFormat with its reference on the
// edge cases and on random fracs, at every number of decimals.
func TestAppendFormatRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 6))
	fs := append([]frac(nil), formatCases...)
	for range 20000 {
		fs = append(fs, frac{n: rng.Int64N(maxSmall) - rng.Int64N(maxSmall), d: 1 + rng.Int64N(maxSmall)},
			frac{n: rng.Int64N(2_000_000) - 1_000_000, d: 1 + rng.Int64N(100_000)})
	}
	for _, x := range fs {
		for dec := -1; dec <= 20; dec++ {
			if got, want := string(x.appendFormat(nil, dec)), string(x.appendFormatRef(nil, dec)); got != want {
				t.Fatalf("frac{%d, %d}.appendFormat(%d) = %q, want %q", x.n, x.d, dec, got, want)
			}
		}
	}
}

func FuzzAppendFormat(f *testing.F) {
	for _, x := range formatCases {
		f.Add(x.n, x.d, 2)
	}
	f.Fuzz(func(t *testing.T, n, d int64, dec int) {
		if d <= 0 || d > maxSmall || n < -maxSmall || n > maxSmall || dec < -1 || dec > 25 {
			return
		}
		x := frac{n: n, d: d}
		if got, want := string(x.appendFormat([]byte("x"), dec)), string(x.appendFormatRef([]byte("x"), dec)); got != want {
			t.Fatalf("frac{%d, %d}.appendFormat(%d) = %q, want %q", n, d, dec, got, want)
		}
	})
}
