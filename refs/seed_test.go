package refs

import (
	"os"
	"path/filepath"
	"testing"
)

// seedKnown are citations the seeds hold, found by number in the seed
// whose name starts with file.
var seedKnown = []struct {
	file, number, typ, issuer, date string
}{
	{"000", "16/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ", "2016-05-16"},
	{"000", "68/NQ-CP", "Nghị quyết", "Chính phủ", ""},
	{"000", "01-NQ/TU", "Nghị quyết", "Ban Chấp hành Đảng bộ tỉnh", "2020-12-14"},
	{"000", "2589/UBND-NC", "Công văn", "Ủy ban nhân dân", ""},
	{"001", "15/2020/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", ""},
	{"002", "382a/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh", "2021-01-24"},
	{"002", "45/2019/QH14", "Bộ luật", "Quốc hội", ""},
	{"002", "112/TB-SLĐTBXH", "Thông báo", "Sở Lao động - Thương binh và Xã hội", "2021-08-27"},
	{"004", "262/2020/NQ-HĐND", "Nghị quyết", "Hội đồng nhân dân tỉnh", "2020-12-08"},
	{"004", "108/2014/NĐ-CP", "Nghị định", "Chính phủ", ""},
	{"004", "22-QĐ/TU", "Quyết định", "Tỉnh ủy", "2020-11-20"},
}

// seedCounts are the least citations each seed must give: every numbered
// citation a reader finds in it.
var seedCounts = map[string]int{"000": 20, "001": 2, "002": 40, "003": 0, "004": 18}

func TestSeeds(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		t.Skip("no seeds at " + seedDir)
	}
	found := map[string][]Ref{}
	total := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)[:3]
		found[name] = Find(string(b))
		total += len(found[name])
		if n := len(found[name]); n < seedCounts[name] {
			t.Errorf("%s: Find gave %d citations, want at least %d", name, n, seedCounts[name])
		}
		checkRefs(t, string(b), found[name])
		checkBareFigures(t, string(b))
		checkTypeRightBefore(t, string(b))
	}
	t.Logf("%d citations in %d seeds", total, len(paths))
	for _, k := range seedKnown {
		// The act may be cited several times, not always with its date.
		var seen []string
		ok := false
		for _, r := range found[k.file] {
			if r.Number != k.number {
				continue
			}
			seen = append(seen, refLine(r))
			if r.Type == k.typ && r.Issuer == k.issuer && (k.date == "" || r.Date == k.date) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: citation %s as %q by %q dated %q not found; found %q", k.file, k.number, k.typ, k.issuer, k.date, seen)
		}
	}
}

// checkRefs checks the invariants every Ref keeps.
func checkRefs(t *testing.T, text string, refs []Ref) {
	t.Helper()
	prev := -1
	for _, r := range refs {
		if r.Start < 0 || r.End > len(text) || r.Start >= r.End {
			t.Fatalf("Ref %q: span %d-%d outside text of %d bytes", r.Number, r.Start, r.End, len(text))
		}
		if r.Text != text[r.Start:r.End] {
			t.Fatalf("Ref %q: Text %q is not text[%d:%d]", r.Number, r.Text, r.Start, r.End)
		}
		if r.Start < prev {
			t.Fatalf("Ref %q at %d before the previous one at %d", r.Number, r.Start, prev)
		}
		prev = r.Start
		if r.Type == "" || (r.Number == "" && r.Name == "") {
			t.Fatalf("Ref %+v: no type, or neither number nor name", r)
		}
		if r.Date != "" && (len(r.Date) != 10 || r.Date[4] != '-' || r.Date[7] != '-') {
			t.Fatalf("Ref %q: date %q not YYYY-MM-DD", r.Number, r.Date)
		}
	}
}
