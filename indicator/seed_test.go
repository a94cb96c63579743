package indicator

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/extract"
)

// seedDir holds the real reports shared by the team; tests on them are
// skipped when it is absent.
var seedDir = filepath.Join("..", "..", "shared", "seeds")

type seedRecord struct {
	name string
	text string
	rec  baocao.Record
}

func seedRecords(tb testing.TB) []seedRecord {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		tb.Skip("no seeds at " + seedDir)
	}
	var out []seedRecord
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, r := range extract.Records(string(b)) {
			out = append(out, seedRecord{filepath.Base(p), string(b), r})
		}
	}
	return out
}

// seedKnown are records of the seeds whose indicator is certain: the
// record is found by its file, value and unit.
var seedKnown = []struct {
	file  string
	value float64
	unit  string
	want  string
}{
	{"000", 28101, "lao động", "job_creation"},
	{"000", 11828, "lao động", "vocational_enrolment"},
	{"000", 1548, "hộ", "poor_households"},
	{"000", 3123, "hộ", "poor_households"},
	{"000", 157, "thủ tục", "admin_procedures"},
	{"000", 22.19, "%", "social_insurance"},
	{"001", 5.33, "%", "poverty_rate"},
	{"001", 60.17, "%", "trained_labour_rate"},
	{"003", 98, "học viên", "drug_rehabilitation"},
	{"003", 753, "người", "labour_export"},
	{"003", 8095, "người", "job_creation"},
	{"003", 7575, "người", "job_counselling"},
	{"004", 6988, "người", "labour_export"},
	{"004", 19033, "người", "vocational_enrolment"},
	{"004", 4.31, "%", "near_poor_rate"},
}

func TestSeedKnown(t *testing.T) {
	recs := seedRecords(t)
	for _, k := range seedKnown {
		found := false
		for _, s := range recs {
			if !strings.HasPrefix(s.name, k.file) || s.rec.Value != k.value || s.rec.Unit != k.unit {
				continue
			}
			found = true
			if got, ok := ForRecord(s.text, s.rec); got.ID != k.want {
				t.Errorf("%s: ForRecord(%q %s %s) = %q, %v, want %q", s.name, s.rec.Indicator, num(k.value), k.unit, got.ID, ok, k.want)
			}
		}
		if !found {
			t.Errorf("%s: no record %s %s in the seed", k.file, num(k.value), k.unit)
		}
	}
}

// TestSeedCoverage reports the share of the seeds' records that get an id,
// from the phrase alone (Match) and with the evidence (ForRecord), and
// keeps it from falling below what the taxonomy reaches today.
func TestSeedCoverage(t *testing.T) {
	recs := seedRecords(t)
	byPhrase, byRecord := 0, 0
	ids := map[string]int{}
	for _, s := range recs {
		if _, ok := Match(s.rec.Indicator, s.rec.Unit); ok {
			byPhrase++
		}
		ind, ok := ForRecord(s.text, s.rec)
		if ok {
			byRecord++
			ids[ind.ID]++
		} else if testing.Verbose() {
			t.Logf("no id: %s %q unit=%q", s.name[:3], s.rec.Indicator, s.rec.Unit)
		}
	}
	n := len(recs)
	t.Logf("seeds: %d records, %d (%.1f%%) named by phrase, %d (%.1f%%) by record, %d distinct ids",
		n, byPhrase, 100*float64(byPhrase)/float64(n), byRecord, 100*float64(byRecord)/float64(n), len(ids))
	if byRecord*100 < n*65 {
		t.Errorf("ForRecord named %d of %d seed records, want at least 65%%", byRecord, n)
	}
	if byRecord < byPhrase {
		t.Errorf("ForRecord named %d records, fewer than Match's %d", byRecord, byPhrase)
	}
}

func num(f float64) string { return fmt.Sprint(f) }

func TestSeedAssign(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		t.Skip("no seeds at " + seedDir)
	}
	n, named := 0, 0
	seen := map[int]bool{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		recs := extract.Records(string(b))
		Assign(string(b), recs)
		for _, r := range recs {
			n++
			if r.IndicatorID != "" {
				named++
				if _, ok := ByID(r.IndicatorID); !ok {
					t.Errorf("Assign set unknown id %q", r.IndicatorID)
				}
			} else if testing.Verbose() {
				t.Logf("no id: %s %q unit=%q", filepath.Base(p)[:3], r.Indicator, r.Unit)
			}
			for ki, k := range seedAssigned {
				if !strings.HasPrefix(filepath.Base(p), k.file) || r.Value != k.value || r.Unit != k.unit {
					continue
				}
				seen[ki] = true
				if r.IndicatorID != k.want {
					t.Errorf("%s: Assign gave %q %s %s id %q, want %q", k.file, r.Indicator, num(k.value), k.unit, r.IndicatorID, k.want)
				}
			}
		}
	}
	for ki, k := range seedAssigned {
		if !seen[ki] {
			t.Errorf("%s: no record %s %s in the seed", k.file, num(k.value), k.unit)
		}
	}
	t.Logf("Assign named %d of %d seed records (%.1f%%)", named, n, 100*float64(named)/float64(n))
	if named*100 < n*75 {
		t.Errorf("Assign named %d of %d seed records, want at least 75%%", named, n)
	}
}

// seedAssigned are records that only Assign names, from the records
// around them.
var seedAssigned = []struct {
	file  string
	value float64
	unit  string
	want  string
}{
	{"000", 9642700000, "đồng", "near_poor_households"}, // "12.893 phần quà trị giá 9.642.700.000 đồng"
	{"000", 78613, "người", "health_insurance"},         // "thẻ BHYT cho 6.599 người nghèo, ..., 78.613 người DTTS"
	{"000", 67844, "người", "covid_support"},            // "(đã chi hỗ trợ 67.844 người ...)"
	{"002", 8000, "người", "job_creation"},              // "7.000 người tạo việc làm trong tỉnh, 8.000 người ngoài tỉnh"
	{"002", 15, "vụ", "labour_accidents"},               // "15 người/15 vụ trong khu vực không có giao kết hợp đồng"
	{"001", 28.75, "%", "poverty_rate"},                 // "huyện Bác Ái giảm 5,5%, hiện nay còn 28,75%"
}
