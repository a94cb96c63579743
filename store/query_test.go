package store

import (
	"errors"
	"fmt"
	"testing"

	"baocao"
)

// queryCorpus: three documents; the second has records that name their own
// province and year, which must win over the document's.
func queryCorpus(t *testing.T) *Store {
	s := MustOpen(t)
	var b Batch
	for i, prov := range []string{"Lạng Sơn", "Hà Nội", "Lạng Sơn"} {
		d, recs, checks := fixture(fmt.Sprintf("q%d.txt", i), fmt.Sprintf("văn bản %d", i), 4)
		d.Province, d.Year = prov, 2019+i
		for j := range recs {
			recs[j].Year = 0 // take the document's
		}
		if i == 1 {
			recs[0].Province, recs[0].Year = "Cao Bằng", 2018
		}
		recs[3].Kind = "money"
		b.Put(d, recs, checks)
	}
	mustCommit(t, s, &b)
	return s
}

var recordFilterTests = []struct {
	f    Filter
	want int
}{
	{Filter{}, 12},
	{Filter{Province: "Lạng Sơn"}, 8},
	{Filter{Province: "lang son"}, 8},
	{Filter{Province: "Cao Bằng"}, 1},
	{Filter{Province: "Hà Nội"}, 3},
	{Filter{Year: 2018}, 1},
	{Filter{Year: 2020}, 3},
	{Filter{Year: 2021}, 4},
	{Filter{Indicator: "VIEC LAM 1"}, 3},
	{Filter{Indicator: "giải quyết"}, 12},
	{Filter{IndicatorID: "viec_lam_0"}, 6},
	{Filter{Kind: "money"}, 3},
	{Filter{Kind: "money", Province: "lạng sơn"}, 2},
	{Filter{Limit: 5}, 5},
	{Filter{Province: "Huế"}, 0},
	// values are 900, 1800, 2700, 3600 in each document; no percents
	{Filter{Value: Range{Min: f64(1000), Max: f64(3000)}}, 6},
	{Filter{Value: Range{Min: f64(1800), Max: f64(1800)}}, 3},
	{Filter{Value: Range{Max: f64(899)}}, 0},
	{Filter{Percent: Range{Max: f64(80)}}, 0},
}

func f64(v float64) *float64 { return &v }

func TestRecordsFilter(t *testing.T) {
	s := queryCorpus(t)
	for _, tt := range recordFilterTests {
		got, err := s.Records(tt.f)
		if err != nil || len(got) != tt.want {
			t.Errorf("Records(%+v) = %d records, %v; want %d", tt.f, len(got), err, tt.want)
		}
	}
}

var checkFilterTests = []struct {
	f    Filter
	want int
}{
	{Filter{}, 12},
	{Filter{Status: baocao.StatusMismatch}, 6},
	{Filter{Status: baocao.StatusOK, Province: "Lạng Sơn"}, 4},
	{Filter{Year: 2020}, 4},
	{Filter{Kind: "sum"}, 0},
	{Filter{Kind: "percent", Limit: 1}, 1},
}

func TestChecksFilter(t *testing.T) {
	s := queryCorpus(t)
	for _, tt := range checkFilterTests {
		got, err := s.Checks(tt.f)
		if err != nil || len(got) != tt.want {
			t.Errorf("Checks(%+v) = %d checks, %v; want %d", tt.f, len(got), err, tt.want)
		}
	}
}

func TestEachRecordStops(t *testing.T) {
	s := queryCorpus(t)
	stop := errors.New("stop")
	n := 0
	err := s.EachRecord(Filter{Province: "Lạng Sơn"}, func(r *baocao.Record) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("EachRecord stopped after %d with %v, want 3 and the callback's error", n, err)
	}
	n = 0
	err = s.EachCheck(Filter{Status: baocao.StatusOK}, func(c *baocao.Check) error {
		if c.Status != baocao.StatusOK {
			t.Errorf("EachCheck gave status %q", c.Status)
		}
		n++
		return nil
	})
	if err != nil || n != 6 {
		t.Errorf("EachCheck(ok) = %d checks, %v; want 6", n, err)
	}
}
