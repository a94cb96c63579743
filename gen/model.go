package gen

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
)

// indicatorSpec is one indicator the generator states figures for.
type indicatorSpec struct {
	id      string
	phrases []string // ways a report names it, before the figure
	unit    string
	lo, hi  int // magnitude of the actual value
}

var indicators = []indicatorSpec{
	{"job_creation", []string{"Giải quyết việc làm cho", "Tạo việc làm mới cho"}, "lao động", 2000, 40000},
	{"labour_export", []string{"Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng"}, "người", 100, 3000},
	{"vocational_enrolment", []string{"Tuyển sinh đào tạo nghề cho", "Tuyển mới đào tạo nghề cho"}, "người", 1000, 30000},
	{"poor_households", []string{"Số hộ thoát nghèo trong năm là"}, "hộ", 200, 5000},
	{"admin_procedures", []string{"Giải quyết đúng hạn"}, "hồ sơ", 100, 5000},
	{"drug_rehabilitation", []string{"Tiếp nhận cai nghiện ma túy cho"}, "học viên", 20, 500},
	{"social_insurance", []string{"Phát triển người tham gia bảo hiểm xã hội tự nguyện"}, "người", 500, 20000},
	{"housing_support", []string{"Hỗ trợ xây dựng nhà ở cho"}, "hộ", 20, 2000},
	{"job_counselling", []string{"Tư vấn, giới thiệu việc làm cho"}, "người", 1000, 50000},
}

// provinces the generator writes reports for (canonical names).
var provinces = []string{
	"Hà Giang", "Cao Bằng", "Lạng Sơn", "Bắc Kạn", "Thái Nguyên", "Phú Thọ", "Bắc Giang",
	"Quảng Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Nam Định", "Ninh Bình", "Thanh Hóa",
	"Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Quảng Nam", "Quảng Ngãi", "Bình Định",
	"Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk",
	"Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Long An", "Tiền Giang",
	"Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Sóc Trăng",
	"Bạc Liêu", "Cà Mau", "Hòa Bình", "Sơn La", "Điện Biên", "Lai Châu", "Yên Bái", "Tuyên Quang",
}

// toneStyles holds words whose tone placement differs between the old and
// the new style; a report picks one style for all of them.
var toneStyles = [][2]string{{"hoà", "hòa"}, {"thuỷ", "thủy"}, {"khoẻ", "khỏe"}, {"hoá", "hóa"}, {"uỷ", "ủy"}}

// dec is an exact decimal: the integer mantissa m and the number of decimals.
type dec struct {
	m    int64
	frac int
}

func (d dec) rat() *big.Rat {
	r := new(big.Rat).SetInt64(d.m)
	for range d.frac {
		r.Quo(r, big.NewRat(10, 1))
	}
	return r
}

func (d dec) float() float64 { f, _ := d.rat().Float64(); return f }

// vn writes d the Vietnamese way: 28.101 and 73,95.
func (d dec) vn() string {
	s := strconv.FormatInt(abs(d.m), 10)
	for len(s) <= d.frac {
		s = "0" + s
	}
	ip, fp := s[:len(s)-d.frac], s[len(s)-d.frac:]
	var b strings.Builder
	if d.m < 0 {
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

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func integer(n int) dec { return dec{m: int64(n)} }

// percentOf returns 100·a/b rounded half up to frac decimals.
func percentOf(a, b int, frac int) dec {
	r := new(big.Rat).SetFrac64(int64(a)*100, int64(b))
	for range frac {
		r.Mul(r, big.NewRat(10, 1))
	}
	// round half up: floor(r + 1/2)
	r.Add(r, big.NewRat(1, 2))
	q := new(big.Int).Quo(r.Num(), r.Denom())
	return dec{m: q.Int64(), frac: frac}
}

// skew returns p moved far enough that it no longer matches a/b: at least
// 0,5 percentage point and one unit of its last decimal.
func skew(rng *rand.Rand, p dec) dec {
	unit := int64(1)
	for range p.frac {
		unit *= 10
	}
	delta := unit/2 + int64(rng.IntN(int(4*unit)+1)) + 1
	if delta < 2 {
		delta = 2
	}
	if rng.IntN(2) == 0 && p.m > delta {
		delta = -delta
	}
	return dec{m: p.m + delta, frac: p.frac}
}

// between returns a random integer in [lo, hi].
func between(rng *rand.Rand, lo, hi int) int { return lo + rng.IntN(hi-lo+1) }

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func vnInt(n int) string { return integer(n).vn() }

func vnMoney(dong int64) string {
	// state amounts in triệu đồng, as reports do
	if dong%1_000_000 == 0 {
		return dec{m: dong / 1_000_000}.vn() + " triệu đồng"
	}
	return fmt.Sprintf("%s đồng", dec{m: dong}.vn())
}
