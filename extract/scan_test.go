package extract

import (
	"reflect"
	"testing"
)

// numbersTests lists, for a piece of text, the figures Numbers must find
// (as written, with a symbol qualifier). Everything else in the text is a
// date, a reference, a list number, a phone number or a year.
var numbersTests = []struct {
	in   string
	want []string
}{
	{"Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%", []string{"28.101", "38.000", "73,95%"}},
	{"Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng", nil},
	{"Quyết định số 382a/QĐ-UBND ngày 24/01/2021", nil},
	{"Số: 17/BC-SLĐ-TBXH", nil},
	{"Công văn số 1416/SNV-TCBC&CCHC ngày 09/11/2021", nil},
	{"Nghị quyết số 262/2020/NQ-HĐND ngày 08/12/2020", nil},
	{"Kế hoạch số 26-KH/TU ngày 23/6/2016", nil},
	{"Chương trình phối hợp số 22 - CTr/BCSĐ - BDVTU", nil},
	{"Nghị quyết 68/NQ-CP đang triển khai", nil},
	{"theo Quyết định 22 của Ban chỉ đạo", nil},
	{"từ TCVN 9001:2008 sang TCVN 9001:2015", nil},
	{"tính đến hết tháng 9/2021 tiến độ", nil},
	{"trong dịp ngày Thương binh – Liệt sỹ 27/7 là 22.494 phần", []string{"22.494"}},
	{"Ngày 20/01/2021, Sở tổ chức", nil},
	{"1. Kết quả thực hiện\n2.1. Nâng cao\n(1). Giải quyết việc làm 20.000 người\n1- Tạo việc làm", []string{"20.000"}},
	{"#### **4. Kết quả thực hiện", nil},
	{"Điện thoại: 0203.3812.345", nil},
	{"ĐT 0912 345 678", nil},
	{"năm 2021 là năm đầu; giai đoạn 2021-2025; 2016 - 2020", nil},
	{"dịch bệnh Covid-19 và Covid- 19", nil},
	{"kỳ họp thứ 18 của HĐND", nil},
	{"đội K72/ Bộ Chỉ huy", nil},
	{"báo cáo<sup>1</sup> và", nil},
	{"có 04/04 nhiệm vụ", []string{"04", "04"}},
	{"tăng ít nhất 10% so với năm 2020", []string{"10%"}},
	{"3,51%/ <3% (không đạt)", []string{"3,51%", "<3%"}},
	{"giảm 10 vụ ~ 35,7% so với năm 2020", []string{"10", "~ 35,7%"}},
	{"từ 120-150 người; giảm 1-1,5%/năm", []string{"120-150", "1-1,5%/năm"}},
	{"có 2000 người tham gia", []string{"2000"}},
	{"cho 01 đồng chí và 01 đ/c khác", []string{"01", "01"}},
	{"304 triệu đồng (1.000.000đ/người)", []string{"304 triệu đồng", "1.000.000đ/người"}},
	{"lúc 14h30 ngày 5; lần thứ 2; Điều 3, Khoản 2; Thông tư 15 và V/v số 8", nil},
	{"ngày 1/7 đạt 90%; tháng 5 có 100 đồng bào", []string{"90%", "100"}},
	{"đào tạo dưới 3 tháng 700 người; 3 triệu người", []string{"3", "700", "3 triệu"}},
}

func TestNumbers(t *testing.T) {
	for _, tt := range numbersTests {
		var got []string
		for _, n := range Numbers(tt.in) {
			got = append(got, tt.in[n.QStart:n.End])
			if tt.in[n.Start:n.End] != n.Text {
				t.Errorf("Numbers(%q): span %d-%d is %q, Text %q", tt.in, n.Start, n.End, tt.in[n.Start:n.End], n.Text)
			}
		}
		for i := range got { // qualifier words are not shown, symbols are
			if n := Numbers(tt.in)[i]; n.QStart < n.Start && letterAt(tt.in, n.QStart) {
				got[i] = n.Text
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Numbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var clauseTests = []struct {
	in   string
	want []string
}{
	{"Đạt 28.101 người; vượt 5%. Tiếp theo\nDòng mới", []string{"Đạt 28.101 người", "vượt 5%", "Tiếp theo", "Dòng mới"}},
	{"a. b;c.", []string{"a", "b", "c"}},
}

func TestClauses(t *testing.T) {
	for _, tt := range clauseTests {
		var got []string
		for _, sp := range Clauses(tt.in) {
			got = append(got, tt.in[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Clauses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// nextDigitTests mix digits with bytes just past them ('/', ':'), bytes
// with the high bit set and runs longer than a word.
var nextDigitTests = []string{
	"", "abc", "a1", "ĐẠT 73,95%", "\xff\x80\xb9\x39", "abcdefgh9", "abcdefghijklmnop",
	"/:::::::0", "ỹỹỹ5", "0", "\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9:/9",
}

func TestNextDigit(t *testing.T) {
	for _, s := range nextDigitTests {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !isDigit(s[want]) {
				want++
			}
			if got := nextDigit(s, i); got != want {
				t.Errorf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

func TestNextBreakByte(t *testing.T) {
	for _, s := range append(nextDigitTests, "abcdefgh.ijk", "73,95%; đạt\n", "?!........", "\x0a\x0b\x3a\x3b\x2d\x2e\x2f\x20\x21\x3e\x3f\x40") {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !breakByte[s[want]] {
				want++
			}
			if got := nextBreakByte(s, i); got != want {
				t.Errorf("nextBreakByte(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
