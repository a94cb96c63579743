package extract

import (
	"reflect"
	"testing"
)

// tableTests give tab-separated tables and the records Records must read
// from them, in the one-line form of recordLine.
var tableTests = []struct {
	in   string
	want []string
}{
	{"Bảng 1. Kết quả năm 2020\nChỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)\nGiải quyết việc làm\tlao động\t20.100\t25.158\t125,16\nTuyển sinh đào tạo nghề\tngười\t19.800\t18.748\t98,12\n",
		[]string{`ratio "Giải quyết việc làm" unit="lao động" value=25158 target=20100 percent=125.16 year=2020`,
			`ratio "Tuyển sinh đào tạo nghề" unit="người" value=18748 target=19800 percent=98.12 year=2020`}},
	// money in the unit column scales the cells; the percent keeps its value
	{"Nội dung\tĐVT\tKH\tTH\tSo sánh (%)\nChi trả trợ cấp\ttriệu đồng\t1.200\t1.300\t108,33",
		[]string{`ratio "Chi trả trợ cấp" unit="đồng" value=1300000000 target=1200000000 percent=108.33 year=0`}},
	// columns in another order, no percent column
	{"TT\tChỉ tiêu\tThực hiện\tKế hoạch\n1\tHộ thoát nghèo\t1.548\t1.297",
		[]string{`ratio "Hộ thoát nghèo" unit="" value=1548 target=1297 year=0`}},
	// only a result column: a count when the unit is known
	{"Chỉ tiêu\tĐơn vị\tKết quả\nCấp thẻ BHYT\tthẻ\t12.000\nHồ sơ\t\t300",
		[]string{`count "Cấp thẻ BHYT" unit="thẻ" value=12000 year=0`}},
	// a numbering column first: the name is the first cell with words;
	// a two-row header is read from its second row
	{"TT\t\tĐVT\tNăm 2021\t\t\n\t\t\tKH\tTH\tTỷ lệ (%)\nI\tGiải quyết việc làm\tngười\t38.000\t28.101\t73,95\n2\tTỷ lệ thất nghiệp\t%\t3,2\t2,9\t90,6",
		[]string{`ratio "Giải quyết việc làm" unit="người" value=28101 target=38000 percent=73.95 year=2021`,
			`ratio "Tỷ lệ thất nghiệp" unit="%" value=2.9 target=3.2 year=2021`}},
	// several value and target columns: the pair naming the same year
	{"Chỉ tiêu\tĐVT\tTH 2020\tKH 2021\tTH 2021\tSo sánh (%)\nGiải quyết việc làm\tngười\t30.000\t38.000\t28.101\t73,95",
		[]string{`ratio "Giải quyết việc làm" unit="người" value=28101 target=38000 percent=73.95 year=2021`}},
	// without such a pair, the last value and no percent
	{"Chỉ tiêu\tĐVT\tKH\tTH 6 tháng\tƯớc TH cả năm\tTỷ lệ (%)\nGiải quyết việc làm\tngười\t38.000\t15.000\t36.000\t94,74",
		[]string{`ratio "Giải quyết việc làm" unit="người" value=36000 target=38000 year=0`}},
	// a percent against last year is not stated for the plan
	{"Chỉ tiêu\tĐVT\tKH\tTH\tSo với cùng kỳ (%)\nGiải quyết việc làm\tngười\t100\t90\t120",
		[]string{`ratio "Giải quyết việc làm" unit="người" value=90 target=100 year=0`}},
	// a second header in the same table takes over
	{"Chỉ tiêu\tKH\tTH\nTuyển sinh\t1.000 người\t900 người\nChỉ tiêu\tTH\tKH\nTuyển sinh\t1.000 người\t900 người",
		[]string{`ratio "Tuyển sinh" unit="người" value=900 target=1000 year=0`, `ratio "Tuyển sinh" unit="người" value=1000 target=900 year=0`}},
	// a rate with only a result
	{"Chỉ tiêu\tĐơn vị\tThực hiện\nTỷ lệ lao động qua đào tạo\t%\t68,4",
		[]string{`percent "Tỷ lệ lao động qua đào tạo" unit="%" value=68.4 percent=68.4 year=0`}},
	// a qualified target cell
	{"Chỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\nTỷ lệ thất nghiệp\t%\t<3\t2,9\nGiải quyết việc làm\tngười\tkhoảng 2.000\ttrên 2.100",
		[]string{`ratio "Tỷ lệ thất nghiệp" unit="%" value=2.9 target=3 year=0`,
			`ratio "Giải quyết việc làm" unit="người" value=2100 target=2000 qual=trên year=0`}},
	// without a header the cells say nothing of their roles
	{"Giải quyết việc làm\tlao động\t20.100\t25.158\t125,16", nil},
	// a header of two plan columns and no result (it once panicked and the
	// whole document lost its records): the rows give nothing, the
	// sentence after them still does
	{"Chỉ tiêu\tKH 2020\tKH 2021\nGiải quyết việc làm\t1.000\t2.000\nGiải quyết việc làm cho 900/1.000 lao động, đạt 90%.",
		[]string{`ratio "Giải quyết việc làm" unit="lao động" value=900 target=1000 percent=90 year=0`}},
	// a row with another cell count leaves the table
	{"Chỉ tiêu\tKế hoạch\tThực hiện\nA\t1\t2\t3\nB\t10\t20", nil},
}

func TestTables(t *testing.T) {
	for _, tt := range tableTests {
		var got []string
		for _, r := range records(tt.in) { // without the recover, so a panic shows
			if r.Kind == "ratio" {
				if _, err := Parse(r.TargetText); err != nil {
					t.Errorf("Records(%q): target text %q does not parse: %v", tt.in, r.TargetText, err)
				}
			}
			got = append(got, shortLine(r))
			if tt.in[r.Start:r.End] != r.Text {
				t.Errorf("Records(%q): span %d-%d does not hold %q", tt.in, r.Start, r.End, r.Text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Records(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var headerTests = []struct {
	cell string
	want int
}{
	{"Kế hoạch", colTarget}, {"KH 2021", colTarget}, {"Thực hiện", colValue}, {"Ước TH", colValue},
	{"Tỷ lệ (%)", colPercent}, {"So sánh", colPercent}, {"ĐVT", colUnit}, {"Đơn vị tính", colUnit},
	{"Chỉ tiêu", colName}, {"Ghi chú", colNone}, {"Khách hàng", colNone},
}

func TestHeaderRole(t *testing.T) {
	for _, tt := range headerTests {
		if got := headerRole(tt.cell); got != tt.want {
			t.Errorf("headerRole(%q) = %d, want %d", tt.cell, got, tt.want)
		}
	}
}

// FuzzTables feeds tab-separated tables to records: no panic, spans that
// hold their text, targets that parse back.
func FuzzTables(f *testing.F) {
	for _, tt := range tableTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range records(s) {
			if r.Start < 0 || r.Start > r.End || r.End > len(s) || s[r.Start:r.End] != r.Text {
				t.Fatalf("Records(%q): span %d-%d", s, r.Start, r.End)
			}
			if r.Kind == "ratio" && r.TargetText != "" {
				if _, err := Parse(r.TargetText); err != nil {
					t.Fatalf("Records(%q): target %q: %v", s, r.TargetText, err)
				}
			}
		}
	})
}
