package extract

import (
	"errors"
	"math/big"
	"testing"
)

var parseTests = []struct {
	in        string
	value     string // exact, as a big.Rat string
	decimals  int
	qualifier string
	lo, hi    string // "" for unbounded
}{
	{"28.101", "28101", 0, "", "28101", "28101"},
	{"73,95", "1479/20", 2, "", "1479/20", "1479/20"},
	{"73,95%", "1479/20", 2, "", "1479/20", "1479/20"},
	{"13.676,5", "27353/2", 1, "", "27353/2", "27353/2"},
	{"8.601.610.000 đồng", "8601610000", 0, "", "8601610000", "8601610000"},
	{"2.354 triệu đồng", "2354000000", 0, "", "2354000000", "2354000000"},
	{"13.676,5 triệu đồng", "13676500000", 1, "", "13676500000", "13676500000"},
	{"199,4 tỷ đồng", "199400000000", 1, "", "199400000000", "199400000000"},
	{"1.234 triệu", "1234000000", 0, "", "1234000000", "1234000000"},
	{"64 ngàn", "64000", 0, "", "64000", "64000"},
	{"2 tỉ", "2000000000", 0, "", "2000000000", "2000000000"},
	{"304 tr.đ", "304000000", 0, "", "304000000", "304000000"},
	{"1,5 trđ", "1500000", 1, "", "1500000", "1500000"},
	{"1.000.000đ/người", "1000000", 0, "", "1000000", "1000000"},
	{"1-1,5", "1", 1, "", "1", "3/2"},
	{"120-150", "120", 0, "", "120", "150"},
	{"01- 02", "1", 0, "", "1", "2"},
	{"<3,2%", "16/5", 1, "dưới", "0", "16/5"},
	{"< 3%", "3", 0, "dưới", "0", "3"},
	{"~ 35,7%", "357/10", 1, "khoảng", "3213/100", "3927/100"},
	{"khoảng 7.000", "7000", 0, "khoảng", "6300", "7700"},
	{"gần 989 tỷ đồng", "989000000000", 0, "gần", "890100000000", "989000000000"},
	{"trên 16.000", "16000", 0, "trên", "16000", ""},
	{"hơn 64.857", "64857", 0, "hơn", "64857", ""},
	{"dưới 2,5%", "5/2", 1, "dưới", "0", "5/2"},
	{"ít nhất 2.000", "2000", 0, "ít nhất", "2000", ""},
	{"tối thiểu 75%", "75", 0, "ít nhất", "75", ""},
	{"ước đạt 60,3%", "603/10", 1, "ước", "603/10", "603/10"},
	{"dự kiến 100", "100", 0, "dự kiến", "100", "100"},
	{"khoảng gần 7.000", "7000", 0, "khoảng", "6300", "7700"},
	{"1.5", "3/2", 1, "", "3/2", "3/2"},      // a dot not followed by three digits is a decimal point
	{"1.500", "1500", 0, "", "1500", "1500"}, // a dot followed by three digits groups thousands
	{"1,500", "3/2", 3, "", "3/2", "3/2"},    // the comma is always decimal when not grouping 3+3
	{"1,234,567", "1234567", 0, "", "1234567", "1234567"},
	{"2021", "2021", 0, "", "2021", "2021"},
	{"không quá 7%", "7", 0, "tối đa", "0", "7"},
	{"không vượt quá 70%", "70", 0, "tối đa", "0", "70"},
	{"vượt quá 70%", "70", 0, "trên", "70", ""},
	{"0,12%", "3/25", 2, "", "3/25", "3/25"},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		n, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q) error %v", tt.in, err)
			continue
		}
		want, _ := new(big.Rat).SetString(tt.value)
		if n.Value.Cmp(want) != 0 || n.Decimals != tt.decimals || n.Qualifier != tt.qualifier {
			t.Errorf("Parse(%q) = %s dec %d qual %q, want %s dec %d qual %q", tt.in, n.Value.RatString(), n.Decimals, n.Qualifier, tt.value, tt.decimals, tt.qualifier)
		}
		if got := ratStr(n.Lo); got != tt.lo {
			t.Errorf("Parse(%q).Lo = %s, want %s", tt.in, got, tt.lo)
		}
		if got := ratStr(n.Hi); got != tt.hi {
			t.Errorf("Parse(%q).Hi = %s, want %s", tt.in, got, tt.hi)
		}
	}
}

func ratStr(r *big.Rat) string {
	if r == nil {
		return ""
	}
	return r.RatString()
}

var parseErrors = []string{"", "abc", "12 và 13", "16/5/2016", "28.101/38.000"}

func TestParseErrors(t *testing.T) {
	for _, in := range parseErrors {
		if n, err := Parse(in); !errors.Is(err, ErrNotNumber) {
			t.Errorf("Parse(%q) = %v, %v, want ErrNotNumber", in, n, err)
		}
	}
}

var halfUnitTests = []struct {
	in   string
	want string
}{
	{"73,95%", "1/200"},
	{"98,13%", "1/200"},
	{"119%", "1/2"},
	{"13.676,5 triệu đồng", "50000"},
	{"304 triệu đồng", "500000"},
	{"28.101", "1/2"},
}

func TestHalfUnit(t *testing.T) {
	for _, tt := range halfUnitTests {
		n, err := Parse(tt.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		if got := n.HalfUnit().RatString(); got != tt.want {
			t.Errorf("Parse(%q).HalfUnit() = %s, want %s", tt.in, got, tt.want)
		}
	}
}

var formatTests = []struct {
	v    string
	dec  int
	want string
}{
	{"785/8", 4, "98,125"},
	{"785/8", 2, "98,13"},
	{"13676500000", 0, "13.676.500.000"},
	{"5914/35", 4, "168,9714"},
	{"0", 2, "0"},
	{"-3/2", 1, "-1,5"},
}

func TestFormat(t *testing.T) {
	for _, tt := range formatTests {
		v, _ := new(big.Rat).SetString(tt.v)
		if got := Format(v, tt.dec); got != tt.want {
			t.Errorf("Format(%s, %d) = %q, want %q", tt.v, tt.dec, got, tt.want)
		}
	}
}

// halfUnitPowerTests cover the int64 path of HalfUnit and the big.Int one
// past it.
var halfUnitPowerTests = []struct {
	scale, decimals int
	want            string
}{
	{0, 0, "1/2"}, {0, 2, "1/200"}, {6, 1, "50000"}, {9, 0, "500000000"}, {3, 0, "500"}, {1, 0, "5"},
	{0, 18, "1/2000000000000000000"}, {19, 0, "5000000000000000000"}, {0, 19, "1/20000000000000000000"},
}

func TestHalfUnitPowers(t *testing.T) {
	for _, tt := range halfUnitPowerTests {
		n := Number{ScaleExp: tt.scale, Decimals: tt.decimals}
		if got := n.HalfUnit().RatString(); got != tt.want {
			t.Errorf("Number{ScaleExp: %d, Decimals: %d}.HalfUnit() = %s, want %s", tt.scale, tt.decimals, got, tt.want)
		}
	}
}

func FuzzToFloat(f *testing.F) {
	f.Add(int64(7395), int64(100))
	f.Add(int64(1)<<53+1, int64(3))
	f.Add(int64(-5), int64(1))
	f.Fuzz(func(t *testing.T, a, b int64) {
		if b == 0 {
			return
		}
		r := big.NewRat(a, b)
		if got, want := toFloat(r), mustFloat(r); got != want {
			t.Errorf("toFloat(%s) = %v, want %v", r, got, want)
		}
		n := new(big.Rat)
		n.Num().SetInt64(a)
		if got, want := toFloat(n), mustFloat(n); got != want {
			t.Errorf("toFloat(%s) = %v, want %v", n, got, want)
		}
	})
}

func mustFloat(r *big.Rat) float64 {
	f, _ := r.Float64()
	return f
}

// TestToFloatSmall compares toFloat with Float64 on every small fraction
// and on values near the 2^53 edge of the fast path.
func TestToFloatSmall(t *testing.T) {
	for a := int64(0); a <= 3000; a++ {
		for b := int64(1); b <= 300; b += 7 {
			r := big.NewRat(a*1000003, b*1000)
			if got, want := toFloat(r), mustFloat(r); got != want {
				t.Fatalf("toFloat(%s) = %v, want %v", r, got, want)
			}
		}
	}
	for _, a := range []int64{1<<53 - 1, 1 << 53, 1<<53 + 1, -(1<<53 - 1), 1<<62 + 3} {
		for _, b := range []int64{1, 3, 1<<53 - 1, 1 << 53} {
			r := big.NewRat(a, b)
			if got, want := toFloat(r), mustFloat(r); got != want {
				t.Errorf("toFloat(%s) = %v, want %v", r, got, want)
			}
		}
	}
}

// TestFormatSmall checks the uint64 Format against FloatString's on
// values around rounding edges, signs and sizes.
func TestFormatSmall(t *testing.T) {
	nums := []int64{0, 1, -1, 5, -5, 15, 25, 95, 995, 1234567, -7395, 1<<62 + 12345, -(1 << 62), 1<<63 - 1, -1 << 63}
	dens := []int64{1, 2, 3, 7, 8, 10, 16, 100, 1000, 3 << 20, 1e9 + 7, 1e18, 1<<63 - 1}
	for _, a := range nums {
		for _, d := range dens {
			v := new(big.Rat).SetFrac(big.NewInt(a), big.NewInt(d))
			for dec := 0; dec <= 18; dec++ {
				got, ok := formatSmall(v, dec)
				if want := formatBig(v, dec); ok && got != want {
					t.Errorf("formatSmall(%s, %d) = %q, want %q", v.RatString(), dec, got, want)
				}
			}
		}
	}
}

// TestBoundsSmall checks the uint64 Bounds against big.Rat arithmetic.
func TestBoundsSmall(t *testing.T) {
	for _, s := range []string{"28.101", "73,95%", "khoảng 7.000", "<3,2%", "1-1,5", "2.354 triệu đồng", "trên 16.000", "gần 5.000", "0,001%", "13.676,5 triệu đồng", "99.999.999.999.999.999", "0"} {
		n, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		for _, rounding := range []bool{false, true} {
			got, ok := n.smallBounds(rounding)
			if !ok {
				continue
			}
			want := n.ratBounds(rounding)
			if !sameRat(got.Lo, want.Lo) || !sameRat(got.Hi, want.Hi) {
				t.Errorf("%q.Bounds(%v) = [%v, %v], want [%v, %v]", s, rounding, got.Lo, got.Hi, want.Lo, want.Hi)
			}
		}
	}
}

func sameRat(a, b *big.Rat) bool { return (a == nil) == (b == nil) && (a == nil || a.Cmp(b) == 0) }

// TestDecimalFrac holds decimalFrac to newFrac, the gcd it stands for.
func TestDecimalFrac(t *testing.T) {
	vals := []uint64{0, 1, 2, 5, 10, 25, 125, 128, 1000, 1024, 3125, 7395, 999999, 1 << 40, 5 << 40, 999999999999999999}
	for v := uint64(0); v < 3000; v++ {
		vals = append(vals, v)
	}
	for _, v := range vals {
		for k := 0; k < len(pow10); k++ {
			if got, want := decimalFrac(v, k), newFrac(v, uint64(pow10[k])); got != want {
				t.Errorf("decimalFrac(%d, %d) = %v, want %v", v, k, got, want)
			}
		}
	}
}

// TestSmallLetters holds the eight-byte count to the byte-wise one.
func TestSmallLetters(t *testing.T) {
	for _, s := range []string{"abcdefgh", "ABCDEFGH", "`az{@AZ[", "\x80\xffa\x7fz\x00\x61\xe1", "Năm 2021", "ĐẠT KẾT"} {
		s = (s + "        ")[:8]
		want := 0
		for i := 0; i < 8; i++ {
			if s[i]-'a' < 26 {
				want++
			}
		}
		if got := smallLetters(load64(s, 0)); got != want {
			t.Errorf("smallLetters(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestWordListsPrefilters holds the lists to what the prefilters that
// skip them assume.
func TestWordListsPrefilters(t *testing.T) {
	for _, ab := range moneyAbbrevs {
		if ab[0]|0x20 != 't' {
			t.Errorf("money abbreviation %q does not start with t: suffix would miss it", ab)
		}
	}
}
