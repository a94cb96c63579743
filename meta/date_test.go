package meta

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMakeDateCalendar checks makeDate's hand-made calendar against the
// time package for every day number 0-32 of every month it accepts.
func TestMakeDateCalendar(t *testing.T) {
	for y := 1945; y <= 2100; y++ {
		for mo := 1; mo <= 12; mo++ {
			for dd := 0; dd <= 32; dd++ {
				day := fmt.Sprintf("%02d", dd)
				d, ok := makeDate(day, strconv.Itoa(mo), strconv.Itoa(y))
				tm := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
				valid := dd >= 1 && tm.Day() == dd
				if ok != valid {
					t.Fatalf("makeDate(%q, %d, %d) ok = %v, want %v", day, mo, y, ok, valid)
				}
				if !ok {
					continue
				}
				if want := tm.Format("2006-01-02"); d.full != want || d.month != want[:7] || d.year != y {
					t.Fatalf("makeDate(%q, %d, %d) = %+v, want %s", day, mo, y, d, want)
				}
			}
		}
	}
}

// placeDateRe is the pattern matchPlaceDate stands for. It matches the header's place-and-date cell: "Lạng Sơn, ngày 20
// tháng 01 năm 2021", the day or month possibly left blank or dotted in a
// draft ("ngày   tháng 11 năm 2021", "ngày ... tháng ... năm 2021"). The
// place is optional; ngày, tháng and năm may lack their diacritics.
var placeDateRe = regexp.MustCompile(`(?i)^(?:([^\d,;:]{2,60}?)\s*,\s*)?ng[àa]y\s*(\d{1,2}|[\s.…_]*)\s*th[áa]ng\s*(\d{1,2}|[\s.…_]*)\s*n[ăa]m\s*(\d{4})\b`)

// placeDateTests are cells for FuzzMatchPlaceDate to start from.
var placeDateTests = []string{
	"Lạng Sơn, ngày 20 tháng 01 năm 2021", "Hà Nội , ngày   tháng 11 năm 2021",
	"ngày ... tháng ... năm 2021", "NGÀY 5 THÁNG 6 NĂM 2020", "Ngay 5 thang 6 nam 2020a",
	"A, ngày 123 tháng 1 năm 2020", "TP. Hồ Chí Minh, ngày 1 tháng 12 năm 2019 (bản sao)",
	"Số 5, ngày 1 tháng 2 năm 2020", "x,ngày 1 tháng 2 năm 2020", "  , ngày 1 tháng 2 năm 2020",
	"ngày 1\u0301 tháng 2 năm 2020", "ngày…tháng_._năm  20201", "\xff\xfe, ngày 1 tháng 2 năm 2020",
}

// FuzzMatchPlaceDate checks matchPlaceDate against the regexp it stands
// for: go test ./meta -run XXX -fuzz MatchPlaceDate -fuzztime 20s
func FuzzMatchPlaceDate(f *testing.F) {
	for _, s := range placeDateTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := placeDateRe.FindStringSubmatchIndex(s)
		got, ok := matchPlaceDate(s)
		if ok != (want != nil) || ok && !slices.Equal(got[:], want) {
			t.Fatalf("matchPlaceDate(%q) = %v, %v; the regexp gives %v", s, got, ok, want)
		}
	})
}

// placeDateTokens are the pieces TestMatchPlaceDateMixed builds cells of:
// every part of the pattern, its near misses and what could confuse it.
var placeDateTokens = []string{
	"Hà Nội, ", "x,", " , ", ", ", "ngày", "Ngày", "NGÀY", "ngay", "tháng", "THÁNG", "thang", "thÁng",
	"năm", "NĂM", "nam", "Năm", "2020", "20201", "1999", "2020a",
	" ", "  ", "\t", ",", ".", "…", "_", ";", ":", "1", "12", "123", "2020", "20201", "2020a",
	"Hà Nội", "a", "TP", "\u0301", "\xff", "đ", "\n",
}

// TestMatchPlaceDateMixed checks matchPlaceDate against the regexp on
// random cells made of placeDateTokens.
func TestMatchPlaceDateMixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 300000 {
		b.Reset()
		// mostly the pattern's words in order, so that many cells match
		// or nearly do
		for k := range 10 {
			if k%2 == 1 && rng.IntN(8) > 0 {
				b.WriteString(placeDateTokens[(k/2)*4+rng.IntN(4)%3])
				continue
			}
			for range rng.IntN(3) {
				b.WriteString(placeDateTokens[rng.IntN(len(placeDateTokens))])
			}
		}
		s := b.String()
		want := placeDateRe.FindStringSubmatchIndex(s)
		got, ok := matchPlaceDate(s)
		if ok != (want != nil) || ok && !slices.Equal(got[:], want) {
			t.Fatalf("matchPlaceDate(%q) = %v, %v; the regexp gives %v", s, got, ok, want)
		}
	}
}
