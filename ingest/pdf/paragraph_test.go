package pdf

import (
	"context"
	"strings"
	"testing"

	"baocao"
)

var markerTests = []struct {
	in   string
	want marker
}{
	{"- Lao động được giải quyết việc làm", dashMarker},
	{"– Thương binh và Xã hội", dashMarker},
	{"+ Hộ nghèo", dashMarker},
	{"• Hộ nghèo", bulletMarker},
	{"\uf0b7 Hộ nghèo", bulletMarker},
	{"•Hộ nghèo", bulletMarker},
	{"1. Kết quả", numberMarker},
	{"1.2. Kết quả", numberMarker},
	{"12) Kết quả", numberMarker},
	{"a) Vốn cấp", numberMarker},
	{"đ) Vốn cấp", numberMarker},
	{"IV. Đánh giá", numberMarker},
	{"2021. Tham mưu", noMarker},
	{"1.000 người", noMarker},
	{"-5% so với", noMarker},
	{"Năm 2021", noMarker},
	{"ab) x", noMarker},
	{"TP. Hồ Chí Minh", noMarker},
	{"", noMarker},
}

func TestListMarker(t *testing.T) {
	for _, tt := range markerTests {
		if got := listMarker(tt.in); got != tt.want {
			t.Errorf("listMarker(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

var clauseTests = []struct {
	in               string
	clause, sentence bool
}{
	{"như sau:", true, false},
	{"năm 2021;", true, false},
	{"kế hoạch năm 2021.", true, true},
	{"kéo dài).", true, true},
	{"“Dân vận khéo.”", true, true},
	{"giải đáp...", true, true},
	{"(2.000 hộ)", false, false},
	{"Lao động", false, false},
	{"", false, false},
}

func TestEndsClause(t *testing.T) {
	for _, tt := range clauseTests {
		if got := endsClause(tt.in); got != tt.clause {
			t.Errorf("endsClause(%q) = %v, want %v", tt.in, got, tt.clause)
		}
		if got := endsSentence(tt.in); got != tt.sentence {
			t.Errorf("endsSentence(%q) = %v, want %v", tt.in, got, tt.sentence)
		}
	}
}

// tl is a positioned line of size 10 from x0 to x1 whose first word is
// first points wide and followed by a 5-point space.
func tl(x0, x1, first float64, s string) line {
	return line{Runs: []run{{Text: s}}, Y: 700, X0: x0, X1: x1, Size: 10, First: first, Space: 5, Known: true}
}

// page500 is a page whose text runs from 50 to 500.
var page500 = metrics{spacing: 12, left: 50, right: 500, edge: 500, trusted: true, size: 10, known: true}

var endsTests = []struct {
	name    string
	m       metrics
	l, next line
	want    bool
}{
	{"short only because the next word is long", page500,
		tl(50, 400, 20, "với số tiền 304 triệu đồng"), tl(50, 480, 114, "(1.000.000đ/người); 9.250"), false},
	{"short, and the next word would have fitted", page500,
		tl(50, 400, 20, "kết thúc năm 2021."), tl(50, 480, 30, "Năm 2022"), true},
	{"nearly full, and the next word would have fitted", page500,
		tl(50, 470, 20, "các chỉ tiêu cơ bản như sau"), tl(50, 480, 20, "Lao động"), true},
	{"full: the next word did not fit", page500,
		tl(50, 490, 20, "các chỉ tiêu cơ bản"), tl(50, 480, 20, "của ngành"), false},
	{"dash after a clause is a list item", page500,
		tl(50, 496, 20, "đạt 73,95% kế hoạch năm 2021."), tl(50, 480, 5, "- Tỷ lệ thất nghiệp"), true},
	{"dash after a word goes on with the sentence", page500,
		tl(50, 496, 20, "Sở Lao động"), tl(50, 480, 5, "- Thương binh và Xã hội"), false},
	{"bullet after a word is a list item", page500,
		tl(50, 496, 20, "Sở Lao động"), tl(50, 480, 5, "• Thương binh"), true},
	{"number after a sentence is a list item", page500,
		tl(50, 496, 20, "hoàn thành kế hoạch."), tl(50, 480, 10, "2. Nhiệm vụ năm 2022"), true},
	{"a year is no number of a list", page500,
		tl(50, 496, 20, "sau khi kết thúc năm"), tl(50, 480, 25, "2021. Tham mưu"), false},
	{"indented first line", page500,
		tl(50, 498, 20, "các chỉ tiêu cơ bản"), tl(86, 480, 20, "Năm 2022"), true},
	{"heading in a larger size", page500,
		tl(50, 498, 20, "các chỉ tiêu cơ bản"), line{Runs: []run{{Text: "KẾT QUẢ"}}, X0: 50, X1: 300, Size: 14, First: 60, Known: true}, true},
	{"centred title lines stay together", page500,
		tl(150, 400, 20, "Về việc sửa đổi, bổ sung"), tl(160, 390, 20, "Quy chế thành lập"), false},
	{"a page without a trusted margin falls back on short lines", metrics{spacing: 12, left: 50, right: 500, edge: 500, size: 10, known: true},
		tl(50, 400, 20, "với số tiền 304 triệu đồng"), tl(50, 480, 114, "(1.000.000đ/người); 9.250"), true},
}

func TestEndsParagraph(t *testing.T) {
	for _, tt := range endsTests {
		if got := tt.m.endsParagraph(&tt.l, &tt.next, tt.m); got != tt.want {
			t.Errorf("%s: endsParagraph(%q, %q) = %v, want %v", tt.name, tt.l.text(), tt.next.text(), got, tt.want)
		}
	}
}

var continuesTests = []struct {
	name    string
	m       metrics
	l, next line
	want    bool
}{
	{"full line, lower case on the next page", page500,
		tl(50, 498, 20, "gắn với nhiệm vụ chuyên"), tl(50, 300, 20, "môn của ngành."), true},
	{"full line ending a sentence, lower case next", page500,
		tl(50, 498, 20, "gắn với nhiệm vụ."), tl(50, 300, 20, "môn của ngành."), true},
	{"full line ending a sentence, capital next", page500,
		tl(50, 498, 20, "gắn với nhiệm vụ."), tl(50, 300, 20, "Năm 2022"), false},
	{"full line, capital next", page500,
		tl(50, 498, 20, "Sở Lao động"), tl(50, 300, 50, "Thương binh và Xã hội"), true},
	{"short line", page500,
		tl(50, 300, 20, "gắn với nhiệm vụ"), tl(50, 300, 20, "môn của ngành."), false},
	{"list item on the next page", page500,
		tl(50, 498, 20, "thẻ BHYT;"), tl(50, 300, 5, "- Tham mưu"), false},
	{"margin not trusted", metrics{spacing: 12, left: 50, right: 500, edge: 500, size: 10, known: true},
		tl(50, 498, 20, "gắn với nhiệm vụ chuyên"), tl(50, 300, 20, "môn của ngành."), false},
}

func TestContinuesOn(t *testing.T) {
	for _, tt := range continuesTests {
		if got := tt.m.continuesOn(&tt.l, &tt.next, tt.m); got != tt.want {
			t.Errorf("%s: continuesOn(%q, %q) = %v, want %v", tt.name, tt.l.text(), tt.next.text(), got, tt.want)
		}
	}
}

// ends makes lines of size 10 at the left margin 50 ending at the given x.
func ends(xs ...float64) []line {
	var out []line
	for i, x := range xs {
		out = append(out, line{Runs: []run{{Text: "x"}}, Y: 700 - 12*float64(i), X0: 50, X1: x, Size: 10, Known: true})
	}
	return out
}

var edgeTests = []struct {
	name    string
	lines   []line
	edge    float64
	trusted bool
}{
	{"justified", ends(500, 500, 500, 500, 320), 500, true},
	{"ragged right: the shortest of the longest", ends(500, 494, 498, 470, 330, 497), 497, true},
	{"one line overshoots", ends(500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 509), 500, true},
	{"too few lines", ends(500, 500), 500, false},
	{"no margin shared", ends(500, 420, 380, 300), 500, false},
}

func TestMeasureEdge(t *testing.T) {
	for _, tt := range edgeTests {
		m := measure(tt.lines)
		if m.edge != tt.edge || m.trusted != tt.trusted {
			t.Errorf("%s: measure edge, trusted = %g, %v, want %g, %v", tt.name, m.edge, m.trusted, tt.edge, tt.trusted)
		}
	}
}

// column writes lines 12 points apart from y at x 72; every glyph of /F1
// is 5 points wide.
func column(y float64, lines ...string) string {
	var b strings.Builder
	for i, s := range lines {
		b.WriteString(text("F1", 10, 72, y-12*float64(i), s))
	}
	return b.String()
}

const full = "aaaa bbbb cccc dddd eeee ffff gggg hhhh" // 39 glyphs: ends at 267

var paragraphReadTests = []struct {
	name  string
	pages []string
	want  string
}{
	{"a line short because the next word is long does not end the paragraph",
		[]string{column(700, full, full, full, "so tien 304 trieu dong", "(1.000.000d/nguoi);xxxxxx yy")},
		"<Helvetica>" + full + " " + full + " " + full + " so tien 304 trieu dong (1.000.000d/nguoi);xxxxxx yy §"},
	{"a word that would have fitted ends the paragraph",
		[]string{column(700, full, full, "cac chi tieu co ban nhu sau", "Lao dong xx")},
		"<Helvetica>" + full + " " + full + " cac chi tieu co ban nhu sau ¶ Lao dong xx §"},
	{"a dash after a clause starts an item, after a word it does not",
		[]string{column(700, full, "aaaa bbbb cccc dddd eeee ffff gggg hhh:", "- Item aaaa bbbb cccc dddd eeee ffff ggg",
			"aaaa bbbb cccc dddd eeee ffff Lao dong", "- Thuong binh xx")},
		"<Helvetica>" + full + " aaaa bbbb cccc dddd eeee ffff gggg hhh: ¶ - Item aaaa bbbb cccc dddd eeee ffff ggg " +
			"aaaa bbbb cccc dddd eeee ffff Lao dong - Thuong binh xx §"},
	{"a paragraph goes on at the top of the next page",
		[]string{column(700, full, full, full), column(700, "mon cua nganh.", full, full, full)},
		"<Helvetica>" + full + " " + full + " " + full + " mon cua nganh. ¶ " + full + " " + full + " " + full + " §"},
	{"a sentence ending a page before a capital ends the paragraph",
		[]string{column(700, full, full, "aaaa bbbb cccc dddd eeee ffff gggg hhh."), column(700, "Nam 2022 aaaa bbbb cccc dddd eeee ffff", full, full)},
		"<Helvetica>" + full + " " + full + " aaaa bbbb cccc dddd eeee ffff gggg hhh. § Nam 2022 aaaa bbbb cccc dddd eeee ffff " + full + " " + full + " §"},
}

func TestReadParagraphs(t *testing.T) {
	for _, tt := range paragraphReadTests {
		c, err := lib.Read(context.Background(), baocao.Source{Name: tt.name + ".pdf", Data: testPDF{pages: tt.pages}.bytes()})
		if err != nil {
			t.Errorf("%s: Read error %v", tt.name, err)
			continue
		}
		if got := render(c); got != tt.want {
			t.Errorf("%s: Read =\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}
