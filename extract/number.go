package extract

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Number is one figure as a report wrote it. Value is exact (a big.Rat, never
// a float), so "73,95" is 7395/100 and "13.676,5 triệu đồng" is 13676500000.
// Value, Lo and Hi of the figures Numbers and RecordsNumbers return are
// read only: they may share one Rat (an exact figure's Lo and Hi are its
// Value). Parse's are the caller's own.
type Number struct {
	Text      string   // the figure as written, without its qualifier: "13.676,5 triệu đồng", "98,13%", "120-150", "<3%"
	Start     int      // byte offset of Text in the scanned text
	End       int      // byte offset just past Text
	QStart    int      // start of the qualifier before the figure ("khoảng", "<"); Start when there is none
	Value     *big.Rat // exact value in the base unit (đồng for money); a range's lower end
	Decimals  int      // decimals written in the mantissa: "73,95" → 2, "13.676,5 triệu" → 1
	ScaleExp  int      // power of ten of the scale word: nghìn 3, triệu 6, tỷ 9
	Qualifier string   // canonical qualifier: "khoảng", "gần", "trên", "hơn", "dưới", "ít nhất", "tối đa", "ước", "dự kiến"
	Lo, Hi    *big.Rat // interval the wording allows (qualifier or range); Lo is never nil, a nil Hi is unbounded ("trên 16.000")
	Percent   bool     // written with %
	Money     bool     // written with đồng/đ/VNĐ; Value is in đồng
	Per       string   // the unit after a slash in a rate: "người" for "1.000.000đ/người"
	Range     bool     // written as a range "a-b"

	Unit     string // what it counts: "%", "đồng", "đồng/người", or the noun after it ("lao động"); "" when none is known
	UnitEnd  int    // end of the figure with its unit noun
	Duration bool   // the unit measures time ("dưới 3 tháng"): a period, not a count
}

// Interval is a closed interval of exact values; a nil Hi is unbounded
// above and a nil Lo is 0 (report figures are never negative).
// Open bounds ("trên 16.000") are treated as closed: the difference never
// decides a check.
type Interval struct{ Lo, Hi *big.Rat }

// Exact reports whether the wording pins the figure to one value: no
// approximate qualifier, no range.
func (n Number) Exact() bool {
	return !n.Range && n.Lo != nil && n.Hi != nil && n.Lo.Cmp(n.Hi) == 0
}

// HalfUnit is half of the last written digit's unit, in the base unit:
// "73,95%" → 0,005; "13.676,5 triệu" → 50.000. A stated figure written to
// that precision may stand for any value within ± HalfUnit.
func (n Number) HalfUnit() *big.Rat {
	e := n.ScaleExp - n.Decimals
	switch { // 10^e/2 in int64 arithmetic when it fits
	case e >= 1 && e <= 18:
		r := new(big.Rat)
		r.Num().SetInt64(5 * pow10[e-1])
		return r
	case e <= 0 && e >= -18:
		return new(big.Rat).SetFrac64(1, 2*pow10[-e])
	}
	r := new(big.Rat).SetFrac64(1, 2)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(e))), nil)
	if e >= 0 {
		return r.Mul(r, new(big.Rat).SetInt(p))
	}
	return r.Quo(r, new(big.Rat).SetInt(p))
}

// Rounded reports whether the figure is a rounded one: it has written
// decimals or a scale word, so its last digit is not exact.
func (n Number) Rounded() bool { return n.Decimals > 0 || n.ScaleExp > 0 }

// Bounds is the interval the wording allows ([Lo, Hi]); with rounding it
// is widened by HalfUnit, for figures that were rounded when written.
func (n Number) Bounds(rounding bool) Interval {
	if iv, ok := n.smallBounds(rounding); ok {
		return iv
	}
	return n.ratBounds(rounding)
}

// ratBounds is Bounds in big.Rat arithmetic.
func (n Number) ratBounds(rounding bool) Interval {
	iv := Interval{n.Lo, n.Hi}
	if iv.Lo != nil {
		iv.Lo = new(big.Rat).Set(iv.Lo)
	}
	if iv.Hi != nil {
		iv.Hi = new(big.Rat).Set(iv.Hi)
	}
	if rounding {
		h := n.HalfUnit()
		if iv.Lo != nil {
			iv.Lo.Sub(iv.Lo, h)
			if iv.Lo.Sign() < 0 {
				iv.Lo.SetInt64(0)
			}
		}
		if iv.Hi != nil {
			iv.Hi.Add(iv.Hi, h)
		}
	}
	return iv
}

func (n Number) String() string {
	q := ""
	if n.Qualifier != "" {
		q = n.Qualifier + " "
	}
	return fmt.Sprintf("%s%s=%s", q, n.Text, Format(n.Value, -1))
}

// ErrNotNumber is returned by Parse for text that is not one figure.
var ErrNotNumber = errors.New("extract: not one number")

// Parse reads one figure written alone, with its qualifier: "28.101",
// "73,95%", "khoảng 7.000", "<3,2%", "1-1,5", "2.354 triệu đồng",
// "1.000.000đ/người". The whole of s must be the figure.
func Parse(s string) (Number, error) {
	n, ok := parse(s)
	if !ok {
		return Number{}, fmt.Errorf("%w: %q", ErrNotNumber, s)
	}
	return n, nil
}

// parse is Parse without building an error, for callers that try
// several readings of a table cell.
func parse(s string) (Number, bool) { return parseIn(s, nil) }

// parseIn is parse making values with sc's slabs.
func parseIn(s string, sc *scanCtx) (Number, bool) {
	t := strings.TrimSpace(s)
	var n Number
	count := 0
	scanEach(t, true, sc, func(f Number) {
		if count == 0 {
			n = f
		}
		count++
	})
	if count != 1 || n.QStart != 0 || n.End != len(t) {
		return Number{}, false
	}
	return n, true
}

// Format writes v the Vietnamese way with at most dec decimals (rounded
// half away from zero), trailing zeros dropped: 98.125 → "98,125",
// 13676500000 → "13.676.500.000". dec < 0 means "exact when it terminates
// within 6 decimals, else 6".
func Format(v *big.Rat, dec int) string {
	if v == nil {
		return "∞"
	}
	if dec < 0 {
		dec = 6
	}
	if s, ok := formatSmall(v, dec); ok {
		return s
	}
	return formatBig(v, dec)
}

// formatBig is Format through big.Rat.FloatString.
func formatBig(v *big.Rat, dec int) string {
	s := v.FloatString(dec) // rounds half away from zero
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	ip, fp, _ := strings.Cut(s, ".")
	fp = strings.TrimRight(fp, "0")
	var b strings.Builder
	if neg && strings.Trim(ip+fp, "0") != "" {
		b.WriteByte('-')
	}
	for i, c := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if fp != "" {
		b.WriteByte(',')
		b.WriteString(fp)
	}
	return b.String()
}

// formatSmall is Format in uint64 arithmetic, for values whose
// numerator and denominator fit one (checks format thousands of them);
// ok is false otherwise. It rounds as FloatString does: half away from
// zero.
func formatSmall(v *big.Rat, dec int) (string, bool) {
	if dec >= len(pow10) || !v.Num().IsInt64() {
		return "", false
	}
	x, d := v.Num().Int64(), uint64(1)
	if !v.IsInt() { // Denom would allocate a 1 for an integer
		if !v.Denom().IsUint64() {
			return "", false
		}
		d = v.Denom().Uint64()
	}
	neg, ux := x < 0, uint64(x)
	if neg {
		ux = -ux
	}
	p := uint64(pow10[dec])
	ip, r := ux/d, ux%d
	hi, lo := bits.Mul64(r, p) // r < d, so hi < d and Div64 holds
	fp, rem := bits.Div64(hi, lo, d)
	if rem >= d-rem { // 2·rem >= d: round half away from zero
		if fp++; fp == p {
			fp, ip = 0, ip+1
		}
	}
	var ib, fb [20]byte
	is := strconv.AppendUint(ib[:0], ip, 10)
	var out [64]byte // 20 digits, 6 dots, a sign, a comma and 18 decimals
	b := out[:0]
	if neg && (ip != 0 || fp != 0) {
		b = append(b, '-')
	}
	for i, c := range is {
		if i > 0 && (len(is)-i)%3 == 0 {
			b = append(b, '.')
		}
		b = append(b, c)
	}
	if fp != 0 {
		f := strconv.AppendUint(fb[:0], fp, 10)
		b = append(b, ',')
		for range dec - len(f) {
			b = append(b, '0')
		}
		b = append(b, bytes.TrimRight(f, "0")...)
	}
	return string(b), true
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// toFloat is r.Float64() (the nearest float64), computed as one float
// division when numerator and denominator are exact in a float64: IEEE
// division rounds the exact quotient to nearest, as Float64 does.
func toFloat(r *big.Rat) float64 {
	const exact = 1 << 53
	if a := r.Num(); a.IsInt64() {
		x := a.Int64()
		if r.IsInt() { // Denom would allocate a 1 for an integer made as Num().SetInt64
			if x > -exact && x < exact {
				return float64(x)
			}
		} else if b := r.Denom(); b.IsInt64() {
			if y := b.Int64(); x > -exact && x < exact && y < exact {
				return float64(x) / float64(y)
			}
		}
	}
	f, _ := r.Float64()
	return f
}
