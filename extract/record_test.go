package extract

import (
	"fmt"
	"reflect"
	"sort"
	"testing"

	"baocao"
)

// recordTests give, for one sentence, the records Records must read, in
// the one-line form of recordLine without spans and texts.
var recordTests = []struct {
	in   string
	want []string
}{
	{"- Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch năm 2021.",
		[]string{`ratio "Giải quyết việc làm" unit="lao động" value=28101 target=38000 percent=73.95 year=2021`}},
	{"hộ nghèo DTTS giảm được 1.548 hộ/1.297 hộ, đạt 119% kế hoạch",
		[]string{`ratio "hộ nghèo DTTS" unit="hộ" value=1548 target=1297 percent=119 year=0`}},
	{"thủ tục mức độ 4 đạt tỷ lệ 98,13% (157/160 thủ tục)",
		[]string{`ratio "thủ tục mức độ 4" unit="thủ tục" value=157 target=160 percent=98.13 year=0`}},
	{"số người lao động được huấn luyện: 3.088 người (KH: 2.000), đạt 154,4%",
		[]string{`ratio "số người lao động được huấn luyện" unit="người" value=3088 target=2000 percent=154.4 year=0`}},
	{"Tuyển mới 8.155/6.000 người, vượt 36% kế hoạch",
		[]string{`ratio "Tuyển mới" unit="người" value=8155 target=6000 percent=136 year=0`}},
	{"Tuyển mới 8.155/6.000 người, vượt 36%",
		[]string{`ratio "Tuyển mới" unit="người" value=8155 target=6000 percent=136 year=0`}},
	{"tỷ lệ thất nghiệp dự kiến vượt trên 3%",
		[]string{`percent "tỷ lệ thất nghiệp" unit="%" value=3 percent=3 qual=trên year=0`}},
	{"Tuyển mới 8.095/6.000 người, trong đó nữ chiếm 45%",
		[]string{`ratio "Tuyển mới" unit="người" value=8095 target=6000 year=0`, `percent "nữ" unit="%" value=45 percent=45 year=0`}},
	{"Giảm tỷ lệ hộ nghèo còn 3,51%/ <3% (không đạt kế hoạch)",
		[]string{`ratio "Giảm tỷ lệ hộ nghèo" unit="%" value=3.51 target=3 year=0`}},
	{"Năm 2022, triển khai mới 35 mô hình với kinh phí 13.676,5 triệu đồng",
		[]string{`count "triển khai mới" unit="mô hình" value=35 year=2022`, `money "kinh phí" unit="đồng" value=13676500000 year=2022`}},
	{"tạo việc làm trong tỉnh khoảng 7.000 người",
		[]string{`count "tạo việc làm trong tỉnh" unit="người" value=7000 qual=khoảng year=0`}},
	{"Tỷ lệ lao động qua đào tạo ước đạt 60,3%",
		[]string{`percent "Tỷ lệ lao động qua đào tạo" unit="%" value=60.3 percent=60.3 qual=ước year=0`}},
	{"Tạo việc làm mới đạt 93% kế hoạch (24.513/26.400 người).",
		[]string{`ratio "Tạo việc làm mới" unit="người" value=24513 target=26400 percent=93 year=0`}},
	{"Tuyển sinh vượt 5% so với kế hoạch năm (1.050/1.000 người).",
		[]string{`ratio "Tuyển sinh" unit="người" value=1050 target=1000 percent=105 year=0`}},
	// dates, references and numbering never make records
	{"Chỉ thị số 16/CT-TTg ngày 16/5/2016; trong dịp 27/7 là lễ; tháng 9/2021", nil},
	{"1. Nhiệm vụ 1: Giải quyết kịp thời; TCVN 9001:2008", nil},
	{"năm 2021 và giai đoạn 2021-2025", nil},
	{"18 người/18 vụ TNLĐ", []string{`count "người" unit="người" value=18 year=0`, `count "vụ TNLĐ" unit="vụ" value=18 year=0`}},
	{"đào tạo dưới 3 tháng", nil},
	{"giải quyết việc làm cho 25.300 lao động, đạt 101,2% kế hoạch (KH: 25.000 lao động), trong đó nữ 12.100 người",
		[]string{`ratio "giải quyết việc làm" unit="lao động" value=25300 target=25000 percent=101.2 year=0`, `count "nữ" unit="người" value=12100 year=0`}},
	{"Huấn luyện 3.088 người, kế hoạch 2.000 người, đạt 154,4%",
		[]string{`ratio "Huấn luyện" unit="người" value=3088 target=2000 percent=154.4 year=0`}},
	{"Đưa 310 người đi làm việc ở nước ngoài (KH: 400), đạt 77,5%",
		[]string{`ratio "Đưa" unit="người" value=310 target=400 percent=77.5 year=0`}},
	{"tỷ lệ hộ nghèo giảm còn 5,33%, giảm 1,41%; doanh thu tăng 12%",
		[]string{`percent "tỷ lệ hộ nghèo" unit="%" value=5.33 percent=5.33 year=0`, `change "tỷ lệ hộ nghèo" unit="điểm %" value=1.41 percent=1.41 year=0`, `change "doanh thu" unit="%" value=12 percent=12 year=0`}},
}

func TestRecords(t *testing.T) {
	for _, tt := range recordTests {
		recs := Records(tt.in)
		var got []string
		for _, r := range recs {
			got = append(got, shortLine(r))
			if r.Start < 0 || r.End > len(tt.in) || r.Start > r.End || tt.in[r.Start:r.End] != r.Text {
				t.Errorf("Records(%q): bad span %d-%d for %q", tt.in, r.Start, r.End, r.Text)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("Records(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Records(%q)[%d] = %s, want %s", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

var planTests = []struct {
	in   string
	plan []bool
}{
	{"Ngành được giao các chỉ tiêu cơ bản như sau:\n- Lao động được giải quyết việc làm: 38.000 người\n- Tỷ lệ lao động qua đào tạo: 61%", []bool{true, true}},
	{"Tiến độ thực hiện đạt các chỉ tiêu được giao như sau:\n- Giải quyết việc làm cho 28.101 lao động", []bool{false}},
	{"II. NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2021\n(1). Giải quyết việc làm 20.000 người", []bool{true}},
	{"II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\nGiải quyết việc làm 20.000 người", []bool{false}},
	{"Tạo việc làm cho 300 người; phấn đấu đưa 150 người đi làm việc ở nước ngoài", []bool{false, true}},
}

func TestPlan(t *testing.T) {
	for _, tt := range planTests {
		var got []bool
		for _, r := range Records(tt.in) {
			got = append(got, r.Plan)
		}
		if len(got) != len(tt.plan) {
			t.Errorf("Records(%q) plans = %v, want %v", tt.in, got, tt.plan)
			continue
		}
		for i := range got {
			if got[i] != tt.plan[i] {
				t.Errorf("Records(%q) plans = %v, want %v", tt.in, got, tt.plan)
				break
			}
		}
	}
}

// withRowsTests are the Starts of sentence records and table rows, in
// order, out of order and with ties.
var withRowsTests = []struct{ recs, rows []int }{
	{[]int{1, 5, 9}, []int{3}},
	{[]int{1, 5, 9}, []int{0, 10}},
	{[]int{1, 5, 5, 9}, []int{5, 5}},
	{nil, []int{2, 4}},
	{[]int{7, 3, 9}, []int{5}},
	{[]int{1, 2}, []int{8, 4}},
}

func TestWithRows(t *testing.T) {
	mk := func(starts []int, tag string) []baocao.Record {
		var out []baocao.Record
		for i, s := range starts {
			out = append(out, baocao.Record{Start: s, Kind: fmt.Sprintf("%s%d", tag, i)})
		}
		return out
	}
	for _, tt := range withRowsTests {
		for _, room := range []int{0, len(tt.rows)} { // merged in a new slice, and in place
			recs, rows := mk(tt.recs, "r"), mk(tt.rows, "t")
			want := append(append([]baocao.Record(nil), recs...), rows...)
			sort.SliceStable(want, func(i, j int) bool { return want[i].Start < want[j].Start })
			recs = append(make([]baocao.Record, 0, len(recs)+room), recs...)
			var sc scratch
			got := sc.withRows(recs, rows)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("withRows(%v, %v) with room %d = %v, want %v", tt.recs, tt.rows, room, kinds(got), kinds(want))
			}
		}
	}
}

func kinds(rs []baocao.Record) (out []string) {
	for _, r := range rs {
		out = append(out, r.Kind)
	}
	return out
}
