package meta

import "testing"

var numberTests = []struct{ in, want string }{
	{"Số: 17/BC- SLĐ-TBXH", "17/BC-SLĐ-TBXH"},
	{"Số: /BC-SLĐTBXH", "/BC-SLĐTBXH"},
	{"Số:  45 / KH - SLĐTBXH", "45/KH-SLĐTBXH"},
	{"SỐ: 382a/QĐ-UBND", "382a/QĐ-UBND"},
	{"Số 1416/SNV-TCBC&CCHC", "1416/SNV-TCBC&CCHC"},
	{"Số: 12/TB-SNV Hà Nội, ngày 1 tháng 2 năm 2020", "12/TB-SNV"},
	{"Số: 88/TTr–UBND.", "88/TTr-UBND"},
	{"Sở: 17/BC-UBND", ""},                       // an agency, not a number
	{"Số lao động được giải quyết việc làm", ""}, // prose
	{"Số: 17", ""},      // no code
	{"Số: 2021/01", ""}, // a date, not a code
}

func TestParseNumber(t *testing.T) {
	for _, tt := range numberTests {
		c := cell{text: tt.in, end: len(tt.in)}
		n, ok := parseNumber(c)
		if n.text != tt.want || ok != (tt.want != "") {
			t.Errorf("parseNumber(%q) = %q, %v, want %q", tt.in, n.text, ok, tt.want)
		}
	}
}

var typeNumberTests = []struct{ in, typ, agency string }{
	{"17/BC-SLĐ-TBXH", "Báo cáo", "Sở Lao động - Thương binh và Xã hội"},
	{"45/KH-SLĐTBXH", "Kế hoạch", "Sở Lao động - Thương binh và Xã hội"},
	{"1234/QĐ-UBND", "Quyết định", "Ủy ban nhân dân"},
	{"88/TTr-SLĐTBXH", "Tờ trình", "Sở Lao động - Thương binh và Xã hội"},
	{"321/SLĐTBXH-VL", "Công văn", "Sở Lao động - Thương binh và Xã hội"},
	{"1560/VP-KGVX", "", ""},
	{"16/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ"},
	{"", "", ""},
}

func TestTypeFromNumber(t *testing.T) {
	for _, tt := range typeNumberTests {
		if got := typeFromNumber(tt.in); got != tt.typ {
			t.Errorf("typeFromNumber(%q) = %q, want %q", tt.in, got, tt.typ)
		}
		if got := agencyFromNumber(tt.in); got != tt.agency {
			t.Errorf("agencyFromNumber(%q) = %q, want %q", tt.in, got, tt.agency)
		}
	}
}

var dateTests = []struct{ in, full, month string }{
	{"Hà Tĩnh, ngày 20 tháng 01 năm 2021", "2021-01-20", "2021-01"},
	{"Lạng Sơn, ngày tháng 11 năm 2021", "", "2021-11"},
	{"Huế, ngày ... tháng ... năm 2024", "", ""},
	{"TP. Hồ Chí Minh, ngày 5 tháng 9 năm 2019", "2019-09-05", "2019-09"},
	{"ngày 31 tháng 2 năm 2021", "", ""}, // no such day: rejected
	{"Bac Kan, ngay 3 thang 4 nam 2019", "2019-04-03", "2019-04"},
	{"Thực hiện Công văn số 1416 ngày 09/11/2021", "", ""},
}

func TestParsePlaceDate(t *testing.T) {
	for _, tt := range dateTests {
		d, _ := parsePlaceDate(cell{text: tt.in, end: len(tt.in)})
		if d.full != tt.full || d.month != tt.month {
			t.Errorf("parsePlaceDate(%q) = %q, %q, want %q, %q", tt.in, d.full, d.month, tt.full, tt.month)
		}
	}
}

var cellTests = []struct {
	in   string
	want []string
}{
	{"UBND TỈNH\tCỘNG HÒA\n\nSố: 1/BC-UBND        Hà Nội, ngày 1", []string{"UBND TỈNH", "CỘNG HÒA", "Số: 1/BC-UBND", "Hà Nội, ngày 1"}},
	{"## BÁO CÁO\n### **Kết quả**", []string{"BÁO CÁO", "Kết quả"}},
	{"\u00a0\n  \n", nil},
}

func TestCells(t *testing.T) {
	for _, tt := range cellTests {
		var got []string
		for _, c := range cells(tt.in, len(tt.in)) {
			got = append(got, c.text)
			if tt.in[c.start:c.end] != c.text {
				t.Errorf("cells(%q): span %d-%d is %q, not %q", tt.in, c.start, c.end, tt.in[c.start:c.end], c.text)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("cells(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("cells(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}
