package meta

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden reads every testdata/NAME.input and compares Read's result,
// rendered by Meta.String, with testdata/NAME.golden.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.input"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		got := Read(string(b), "").String()
		golden := strings.TrimSuffix(in, ".input") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("Read(%s) =\n%s\nwant\n%s", in, got, want)
		}
	}
}

// seedWant is what the real reports in shared/seeds must give; empty
// fields are not checked.
var seedWant = map[string]Meta{
	"000": {Province: "Bình Phước", Province2025: "Đồng Nai", Year: 2021},
	"001": {Province: "Ninh Thuận", Province2025: "Khánh Hòa", Type: "Tin tức", Date: "2021-01-21",
		Title: "Hội nghị triển khai nhiệm vụ năm 2021 ngành Lao động – Thương binh và Xã hội"},
	"002": {Province: "Lạng Sơn", Number: "/BC-SLĐTBXH", Month: "2021-11", Year: 2021, Type: "Báo cáo",
		Agency: "Sở Lao động - Thương binh và Xã hội",
		Title:  "Đánh giá kết quả thực hiện nhiệm vụ trọng tâm năm 2021 đề xuất nhiệm vụ trọng tâm năm 2022"},
	"003": {Province: "Bắc Kạn", Type: "Tin tức", Date: "2022-12-07",
		Title: "Hoàn thành vượt mức nhiều chỉ tiêu thuộc lĩnh vực lao động, người có công và xã hội"},
	"004": {Province: "Hà Tĩnh", Number: "17/BC-SLĐ-TBXH", Date: "2021-01-20", Year: 2021, Type: "Báo cáo",
		Agency: "Sở Lao động - Thương binh và Xã hội",
		Title:  "Kết quả thực hiện nhiệm vụ của cơ quan Văn phòng Sở Lao động- Thương binh và Xã hội năm 2020; phương hướng, nhiệm vụ năm 2021"},
}

func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds in", dir)
	}
	for _, f := range files {
		want, ok := seedWant[filepath.Base(f)[:3]]
		if !ok {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := Read(string(b), "")
		check := func(field, g, w string) {
			if w != "" && g != w {
				t.Errorf("Read(%s).%s = %q, want %q", filepath.Base(f), field, g, w)
			}
		}
		check("Province", got.Province, want.Province)
		check("Province2025", got.Province2025, want.Province2025)
		check("Number", got.Number, want.Number)
		check("Date", got.Date, want.Date)
		check("Month", got.Month, want.Month)
		check("Type", got.Type, want.Type)
		check("Agency", got.Agency, want.Agency)
		check("Title", got.Title, want.Title)
		if want.Year != 0 && got.Year != want.Year {
			t.Errorf("Read(%s).Year = %d, want %d", filepath.Base(f), got.Year, want.Year)
		}
		checkSpans(t, string(b), got)
	}
}

// checkSpans verifies that every span lies inside text on rune boundaries
// and that the spans of verbatim fields hold them.
func checkSpans(t *testing.T, text string, m Meta) {
	t.Helper()
	for name, s := range map[string]Span{"title": m.Spans.Title, "number": m.Spans.Number, "date": m.Spans.Date,
		"type": m.Spans.Type, "agency": m.Spans.Agency, "province": m.Spans.Province} {
		if s == (Span{}) {
			continue
		}
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("%s span %v outside text of %d bytes", name, s, len(text))
		}
		if !utf8.ValidString(text) {
			continue
		}
		if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
			t.Fatalf("%s span %v splits a rune", name, s)
		}
	}
}

// provinceTests check where Read takes the province from.
var provinceTests = []struct{ text, want string }{
	{"TP. Hồ Chí Minh, ngày 5 tháng 9 năm 2019\n\nBÁO CÁO\nTình hình lao động\n", "Hồ Chí Minh"},
	{"Đồng Xoài, ngày 14 tháng 5 năm 2008\n\nBÁO CÁO\nTình hình lao động\n", "Bình Phước"},
	{"UBND TỈNH HÀ TÂY\nSố: 1/BC-UBND\tHà Đông, ngày 1 tháng 1 năm 2005\nBÁO CÁO\n", "Hà Tây"},
	{"UBND HUYỆN CHÂU THÀNH\nSố: 1/BC-UBND\nBÁO CÁO\nKết quả\n\nToàn huyện Châu Thành, tỉnh Bến Tre đã giải quyết việc làm.", "Bến Tre"},
	{"BỘ TÀI CHÍNH\nSố: 1/2001/TT-BTC\tHà Nội, ngày 1 tháng 1 năm 2001\nTHÔNG TƯ\nHướng dẫn\n", ""},
	{"Tư tưởng Hồ Chí Minh soi đường.", ""},
	{"Năm 2021 tỉnh Long An, Tiền Giang, Bến Tre phối hợp; Cà Mau chủ trì.", "Cà Mau"},
}

func TestProvince(t *testing.T) {
	for _, tt := range provinceTests {
		if got := Read(tt.text, "").Province; got != tt.want {
			t.Errorf("Read(%q).Province = %q, want %q", tt.text, got, tt.want)
		}
	}
}

var hintTests = []struct {
	text, hint, want string
}{
	{"Nội dung không có tiêu đề.", "Báo cáo tình hình lao động năm 2020", "Báo cáo tình hình lao động năm 2020"},
	{"Nội dung không có tiêu đề.", "Microsoft Word - bc2020.doc", ""},
	{"Nội dung không có tiêu đề.", "bao cao 2020.docx", ""},
	{"Nội dung không có tiêu đề.", "B¸o c¸o t×nh h×nh", ""},
	{"BÁO CÁO\nKết quả năm 2021\n", "Tiêu đề khác hẳn", "Kết quả năm 2021"},
}

func TestHint(t *testing.T) {
	for _, tt := range hintTests {
		if got := Read(tt.text, tt.hint).Title; got != tt.want {
			t.Errorf("Read(%q, %q).Title = %q, want %q", tt.text, tt.hint, got, tt.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		if err == nil {
			f.Add(string(b), "")
		}
	}
	f.Add("Số: 1/\nngày 31 tháng 2 năm 2021", "x y")
	f.Add("BÁO CÁO\n", "")
	f.Fuzz(func(t *testing.T, text, hint string) {
		m := Read(text, hint)
		checkSpans(t, text, m)
		if utf8.ValidString(text) && utf8.ValidString(hint) {
			for _, v := range []string{m.Title, m.Number, m.Agency, m.Province, m.Type} {
				if !utf8.ValidString(v) {
					t.Fatalf("Read(%q): invalid UTF-8 %q", text, v)
				}
			}
		}
		if m.Date != "" && (len(m.Date) != 10 || m.Month != m.Date[:7]) {
			t.Fatalf("Read(%q): date %q, month %q", text, m.Date, m.Month)
		}
		if m.Year != 0 && (m.Year < 1945 || m.Year > 2100) {
			t.Fatalf("Read(%q): year %d", text, m.Year)
		}
	})
}

func BenchmarkRead(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "kh_so_lao_dong.input"))
	if err != nil {
		b.Fatal(err)
	}
	long := string(text) + strings.Repeat("Tỉnh Thanh Hóa giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%. ", 2000)
	b.SetBytes(int64(len(long)))
	for b.Loop() {
		Read(long, "")
	}
}

var typeTests = []struct{ text, want string }{
	// a table header cell is no type line
	{"Hà Giang: kết quả giảm nghèo năm 2022\n\n15/12/2022\n\nNăm 2022 tỉnh đã hỗ trợ 1.150 căn nhà.\n\nChỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)\n", "Tin tức"},
	{"UBND TỈNH HÀ GIANG\n\nKế hoạch\n\nTriển khai công tác giảm nghèo năm 2023\n", "Kế hoạch"},
	{"UBND TỈNH HÀ GIANG\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nTriển khai công tác giảm nghèo năm 2023\n", "Kế hoạch"},
}

func TestType(t *testing.T) {
	for _, tt := range typeTests {
		if got := Read(tt.text, "").Type; got != tt.want {
			t.Errorf("Read(%.40q).Type = %q, want %q", tt.text, got, tt.want)
		}
	}
}
