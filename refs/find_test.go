package refs

import (
	"fmt"
	"strings"
	"testing"
)

// refLine is the one-line form of a Ref that tests and golden files
// compare.
func refLine(r Ref) string {
	s := fmt.Sprintf("%s|%s", r.Type, r.Number)
	if r.Name != "" {
		s += "|name=" + r.Name
	}
	if r.Issuer != "" {
		s += "|by=" + r.Issuer
	}
	if r.Date != "" {
		s += "|" + r.Date
	}
	if r.Year != 0 {
		s += fmt.Sprintf("|y=%d", r.Year)
	}
	return s + "|" + r.Text
}

// findTests are sentences and the citations they hold, as refLine writes
// them; none for the negatives.
var findTests = []struct {
	text string
	want []string
}{
	{"Thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ về một số chính sách.",
		[]string{"Nghị quyết|68/NQ-CP|by=Chính phủ|2021-07-01|y=2021|Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ"}},
	{"Căn cứ Quyết định số 382a/QĐ-UBND ngày 24/01/2021 của UBND tỉnh,",
		[]string{"Quyết định|382a/QĐ-UBND|by=Ủy ban nhân dân tỉnh|2021-01-24|y=2021|Quyết định số 382a/QĐ-UBND ngày 24/01/2021 của UBND tỉnh"}},
	{"theo Chỉ thị số 16/CT-TTg của Thủ tướng",
		[]string{"Chỉ thị|16/CT-TTg|by=Thủ tướng Chính phủ|Chỉ thị số 16/CT-TTg của Thủ tướng"}},
	{"Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016 về tăng cường",
		[]string{"Chỉ thị|16/CT-TTg|by=Thủ tướng Chính phủ|2016-05-16|y=2016|Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016"}},
	{"hướng dẫn tại Thông tư 17/2016/TT-BLĐTBXH.",
		[]string{"Thông tư|17/2016/TT-BLĐTBXH|by=Bộ Lao động - Thương binh và Xã hội|y=2016|Thông tư 17/2016/TT-BLĐTBXH"}},
	{"Nghị định 136/2013/NĐ-CP quy định chính sách trợ giúp xã hội",
		[]string{"Nghị định|136/2013/NĐ-CP|by=Chính phủ|y=2013|Nghị định 136/2013/NĐ-CP"}},
	{"triển khai Luật Việc làm năm 2013 và Bộ luật Lao động",
		[]string{"Luật||name=Việc làm|y=2013|Luật Việc làm năm 2013", "Bộ luật||name=Lao động|Bộ luật Lao động"}},
	{"Chương trình phối hợp số 22 - CTr/BCSĐ - BDVTU ngày 17/4/2017 giữa hai cơ quan",
		[]string{"Chương trình|22-CTr/BCSĐ-BDVTU|by=Ban cán sự đảng|2017-04-17|y=2017|Chương trình phối hợp số 22 - CTr/BCSĐ - BDVTU ngày 17/4/2017"}},
	{"Nghị quyết số 151/2019/NQ- HĐND của HĐND ngày 15/12/2019 về giảm nghèo",
		[]string{"Nghị quyết|151/2019/NQ-HĐND|by=Hội đồng nhân dân|2019-12-15|y=2019|Nghị quyết số 151/2019/NQ- HĐND của HĐND ngày 15/12/2019"}},
	{"Kế hoạch số 26-KH/TU ngày 23/6/2016 của Tỉnh ủy",
		[]string{"Kế hoạch|26-KH/TU|by=Tỉnh ủy|2016-06-23|y=2016|Kế hoạch số 26-KH/TU ngày 23/6/2016 của Tỉnh ủy"}},
	{"Công văn số 2589/UBND-NC: đã hỗ trợ",
		[]string{"Công văn|2589/UBND-NC|by=Ủy ban nhân dân|Công văn số 2589/UBND-NC"}},
	{"Thông báo kết quả kiểm tra số 112/TB-SLĐTBXH ngày 27/8/2021",
		[]string{"Thông báo|112/TB-SLĐTBXH|by=Sở Lao động - Thương binh và Xã hội|2021-08-27|y=2021|Thông báo kết quả kiểm tra số 112/TB-SLĐTBXH ngày 27/8/2021"}},
	{"Bộ luật Lao động số 45/2019/QH14 có hiệu lực",
		[]string{"Bộ luật|45/2019/QH14|name=Lao động|by=Quốc hội|y=2019|Bộ luật Lao động số 45/2019/QH14"}},
	{"theo Quyết định 22 của Ban chỉ đạo tỉnh.",
		[]string{"Quyết định|22|by=Ban Chỉ đạo tỉnh|Quyết định 22 của Ban chỉ đạo tỉnh"}},
	{"(theo 68/NQ-CP)", []string{"Nghị quyết|68/NQ-CP|by=Chính phủ|68/NQ-CP"}},
	{"văn bản số 1560/VP-KGVX ngày 26/4/2021",
		[]string{"Văn bản|1560/VP-KGVX|by=Văn phòng|2021-04-26|y=2021|văn bản số 1560/VP-KGVX ngày 26/4/2021"}},
	{"Nghị quyết số 42/NQ-CP và Quyết định số 15/2020/QĐ-TTg",
		[]string{"Nghị quyết|42/NQ-CP|by=Chính phủ|Nghị quyết số 42/NQ-CP", "Quyết định|15/2020/QĐ-TTg|by=Thủ tướng Chính phủ|y=2020|Quyết định số 15/2020/QĐ-TTg"}},
	{"Pháp lệnh Ưu đãi người có công với cách mạng",
		[]string{"Pháp lệnh||name=Ưu đãi người có công với cách mạng|Pháp lệnh Ưu đãi người có công với cách mạng"}},
	{"Luật Tiếp công\ndân được thực hiện", []string{"Luật||name=Tiếp công dân|Luật Tiếp công\ndân"}},
	{"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
		[]string{"Luật||name=Tổ chức chính quyền địa phương|2015-06-19|y=2015|Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"}},
	{"VB 1776/BXD-VP NGÀY 10/8/2007", []string{"Văn bản|1776/BXD-VP|by=Bộ Xây dựng|2007-08-10|y=2007|VB 1776/BXD-VP NGÀY 10/8/2007"}},

	{"theo các Quyết định số 212-TC/CĐKT ngày 15-12-1989, 224-TC/CĐKT và 1206-TC/CĐKT",
		[]string{"Quyết định|212-TC/CĐKT|1989-12-15|y=1989|Quyết định số 212-TC/CĐKT ngày 15-12-1989", "Quyết định|224-TC/CĐKT|224-TC/CĐKT", "Quyết định|1206-TC/CĐKT|1206-TC/CĐKT"}},
	{"NĐ 35/2003/NĐ-CP NGÀY 4/4/2003 CỦA CP; TTLT 04/2006/BTP-BTNMT; NQ 49/TTg",
		[]string{"Nghị định|35/2003/NĐ-CP|by=Chính phủ|2003-04-04|y=2003|NĐ 35/2003/NĐ-CP NGÀY 4/4/2003 CỦA CP", "Thông tư liên tịch|04/2006/BTP-BTNMT|by=Bộ Tư pháp|y=2006|TTLT 04/2006/BTP-BTNMT", "Nghị quyết|49/TTg|by=Thủ tướng Chính phủ|NQ 49/TTg"}},

	// Not citations.
	{"Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%", nil},
	{"ngày 16/5/2016 và ngày 24-01-2021", nil},
	{"Kế hoạch 2021 và Kế hoạch 5 năm 2021-2025", nil},
	{"Nghị quyết của Tỉnh ủy, Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", nil},
	{"Số: 17/BC-SLĐTBXH\nLạng Sơn, ngày 3 tháng 12 năm 2021", nil},
	{"Phối hợp với đội K72/ Bộ Chỉ huy Quân sự tỉnh", nil},
	{"giai đoạn 2016 - 2020, Covid-19, 1-1,5%/năm", nil},
	{"Tiêu đề án 1 và Tiêu đề án 4", nil},
	{"Quyết định 22/11 về", nil},
	{"Thông báo kết quả kiểm tra số 5 của Sở", nil},
	{"Quyết định số 22 của Ban chỉ đạo", []string{"Quyết định|22|by=Ban Chỉ đạo|Quyết định số 22 của Ban chỉ đạo"}},
	{"theo quy định của luật pháp hiện hành", nil},
	{"tỷ lệ 12/15 xã đạt chuẩn", nil},
	{"theo biểu B1-2-TMĐT, mẫu số S 02- NCL, TDT 669/ĐLHCM-XV", nil},
	{"Tt 12/ABC hay nq 5/XY", nil},
	{"", nil},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		var got []string
		for _, r := range Find(tt.text) {
			got = append(got, refLine(r))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Find(%q) =\n  %s\nwant\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
		}
	}
}

// keyTests pair citations of one act written two ways, and of two acts.
var keyTests = []struct {
	a, b string
	same bool
}{
	{"Nghị quyết số 68/NQ-CP ngày 01/7/2021", "Nghị quyết 68/NQ-CP của Chính phủ", true},
	{"Nghị quyết số 151/2019/NQ- HĐND", "nghị quyết số 151/2019/NQ-HĐND", true},
	{"Nghị quyết số 150/2019/NQ/HĐND", "Nghị quyết số 150/2019/NQ-HĐND", true},
	{"Kế hoạch số 26-KH/TU", "Kế hoạch số 26/KH-TU", true},
	{"Công văn số 2589/UBND-NC", "văn bản số 2589/UBND-NC", true},
	{"Bộ luật Lao động số 45/2019/QH14", "Bộ luật lao động", true},
	{"Luật Việc làm năm 2013", "Luật Việc làm", true},
	{"Nghị quyết 36/NQ-HDND", "Nghị quyết 36/NQ-HĐND", true},
	{"Nghị quyết số 68/NQ-CP", "Nghị quyết số 42/NQ-CP", false},
	{"Quyết định số 3307/QĐ-UBND", "Kế hoạch số 3307/KH-UBND", false},
	{"Luật Việc làm", "Luật Lao động", false},
}

func TestKey(t *testing.T) {
	for _, tt := range keyTests {
		ra, rb := Find(tt.a), Find(tt.b)
		if len(ra) != 1 || len(rb) != 1 {
			t.Errorf("Find(%q), Find(%q) = %d, %d refs, want 1 each", tt.a, tt.b, len(ra), len(rb))
			continue
		}
		ka, kb := Key(ra[0]), Key(rb[0])
		if (ka == kb) != tt.same {
			t.Errorf("Key(%q) = %q, Key(%q) = %q, same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
		}
		if strings.ContainsAny(ka, " \t") {
			t.Errorf("Key(%q) = %q has spaces", tt.a, ka)
		}
	}
}

// TestNextDigit checks the eight-bytes-at-once digit search against a
// byte loop, at every offset of texts with digits at every position and
// bytes on both sides of the digit range.
func TestNextDigit(t *testing.T) {
	alphabet := []byte{'/', '0', '5', '9', ':', 'a', ' ', 0x80, 0xB0, 0xB9, 0xFF, 0x29, 0x3A, 0x0A}
	for n := 0; n < 20; n++ {
		for seed := 0; seed < 200; seed++ {
			b := make([]byte, n)
			for k := range b {
				b[k] = alphabet[(seed*7+k*13+k*k*seed)%len(alphabet)]
			}
			s := string(b)
			for i := 0; i <= len(s); i++ {
				want := i
				for want < len(s) && (s[want] < '0' || s[want] > '9') {
					want++
				}
				if got := nextDigit(s, i); got != want {
					t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}

// TestLawStarts checks the paired search against strings.Index for every
// form, from every offset of a text holding them all.
func TestLawStarts(t *testing.T) {
	text := "Theo Luật Việc làm, BỘ LUẬT Lao động, Bộ luật và Pháp lệnh; PHÁP LỆNH, LUẬT, Lu, Bộ, Phá LUẬ"
	ls := newLawStarts(text)
	for i := 0; i <= len(text); i++ {
		want := -1
		for _, f := range lawForms {
			if k := strings.Index(text[i:], f); k >= 0 && (want < 0 || i+k < want) {
				want = i + k
			}
		}
		if got := ls.from(i); got != want {
			t.Fatalf("from(%d) = %d, want %d", i, got, want)
		}
	}
}
