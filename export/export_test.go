package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao"
)

// tenth is a variable so 0.1+0.2 is computed in float64, not folded exactly.
var tenth = 0.1

func ptr(f float64) *float64 { return &f }

var testRecords = []baocao.Record{
	{Doc: "a1", File: "bc/lạng-sơn.txt", Indicator: "Giải quyết việc làm", Unit: "lao động",
		Value: 28101, Target: ptr(38000), Percent: ptr(73.95), Year: 2021, Province: "Lạng Sơn",
		Text: "Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%", Start: 10, End: 70},
	{Doc: "b2", File: "x.txt", Indicator: "=HYPERLINK(\"http://x\")", Unit: "hộ", Value: tenth + 2*tenth,
		Year: 2020, Text: "- Hỗ trợ 530 hộ"},
}

var testChecks = []baocao.Check{
	{Doc: "a1", Kind: "percent", Status: baocao.StatusMismatch, Stated: 85.33, Computed: ptr(88.33333333333333),
		Text: "530/600 hộ, đạt 85,33%", Reason: "không khớp", Page: 2},
	{Doc: "a1", Kind: "sum", Status: baocao.StatusUnverifiable, Stated: 12, Text: "@SUM(A1)"},
}

// csvCells are the cells of testRecords' CSV that matter: exact numbers,
// Vietnamese intact, formulas defused.
var csvCells = []struct {
	row  int
	col  string
	want string
}{
	{1, "indicator", "Giải quyết việc làm"},
	{1, "value", "28101"},
	{1, "target", "38000"},
	{1, "percent", "73.95"},
	{1, "province", "Lạng Sơn"},
	{2, "indicator", "'=HYPERLINK(\"http://x\")"},
	{2, "value", "0.30000000000000004"},
	{2, "target", ""},
	{2, "text", "'- Hỗ trợ 530 hộ"},
	{2, "plan", "false"},
}

func TestRecordsCSV(t *testing.T) {
	var b bytes.Buffer
	if err := Records(&b, CSV, testRecords); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\xef\xbb\xbf")) {
		t.Fatalf("CSV starts %q, want a UTF-8 BOM", b.Bytes()[:min(8, b.Len())])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), bom))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(testRecords) {
		t.Fatalf("CSV has %d rows, want %d", len(rows), 1+len(testRecords))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, c := range csvCells {
		if got := rows[c.row][col[c.col]]; got != c.want {
			t.Errorf("CSV row %d %s = %q, want %q", c.row, c.col, got, c.want)
		}
	}
}

func TestXLSXReadsBack(t *testing.T) {
	var b bytes.Buffer
	if err := Checks(&b, XLSX, testChecks); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatalf("excelize cannot open the export: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows("checks")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("sheet has %d rows, want 3", len(rows))
	}
	want := map[string][2]string{"status": {"mismatch", "unverifiable"}, "stated": {"85.33", "12"},
		"computed": {"88.3333333333333", ""}, "text": {"530/600 hộ, đạt 85,33%", "@SUM(A1)"}}
	for i, h := range rows[0] {
		w, ok := want[h]
		if !ok {
			continue
		}
		for r := 0; r < 2; r++ {
			got := ""
			if i < len(rows[r+1]) {
				got = rows[r+1][i]
			}
			if got != w[r] {
				t.Errorf("sheet row %d %s = %q, want %q", r+2, h, got, w[r])
			}
		}
	}
	typ, err := f.GetCellType("checks", "F2")
	if err != nil || (typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset) {
		t.Errorf("stated cell type = %v (%v), want a number", typ, err)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := Records(&b, JSONL, testRecords); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&b)
	i := 0
	for ; sc.Scan(); i++ {
		var r baocao.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if r.Indicator != testRecords[i].Indicator || r.Value != testRecords[i].Value {
			t.Errorf("line %d = %q %v, want %q %v", i+1, r.Indicator, r.Value, testRecords[i].Indicator, testRecords[i].Value)
		}
	}
	if i != len(testRecords) {
		t.Errorf("%d lines, want %d", i, len(testRecords))
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Records(&bytes.Buffer{}, "pdf", nil); !errors.Is(err, ErrFormat) {
		t.Errorf("Records(pdf) = %v, want ErrFormat", err)
	}
	if ContentType("pdf") != "" || ContentType(XLSX) == "" {
		t.Errorf("ContentType wrong")
	}
}

func BenchmarkRecordsXLSX(b *testing.B) {
	recs := make([]baocao.Record, 1000)
	for i := range recs {
		recs[i] = testRecords[i%len(testRecords)]
	}
	for b.Loop() {
		if err := Records(&bytes.Buffer{}, XLSX, recs); err != nil {
			b.Fatal(err)
		}
	}
}
