package ocr

import (
	"reflect"
	"strings"
	"testing"

	"baocao"
)

// ln is a line of words at a height on a page, in tesseract paragraph par.
func ln(page, par, top int, text string) line {
	return line{Page: page, Block: 1, Par: par, Left: 100, Top: top, Right: 900, Bottom: top + 40, Words: strings.Fields(text)}
}

// body is n lines of one paragraph at the usual pitch of 60 pixels.
func body(page, par, top, n int) []line {
	var out []line
	for i := range n {
		out = append(out, ln(page, par, top+60*i, "dòng"))
	}
	return out
}

var paragraphTests = []struct {
	name  string
	lines []line
	want  []para
}{
	{"one paragraph", []line{ln(1, 1, 0, "Trong quý,"), ln(1, 1, 60, "toàn huyện")}, []para{{1, "Trong quý, toàn huyện"}}},
	{"tesseract paragraphs", []line{ln(1, 1, 0, "Một."), ln(1, 2, 60, "Hai.")}, []para{{1, "Một."}, {1, "Hai."}}},
	{"page break", []line{ln(1, 1, 0, "cuối trang"), ln(2, 1, 0, "đầu trang")}, []para{{1, "cuối trang"}, {2, "đầu trang"}}},
	{"hyphen at line end", []line{ln(1, 1, 0, "dịch Covid-"), ln(1, 1, 60, "19 bùng phát")}, []para{{1, "dịch Covid-19 bùng phát"}}},
	{"dash at line end", []line{ln(1, 1, 0, "giai đoạn 2021 -"), ln(1, 1, 60, "2025")}, []para{{1, "giai đoạn 2021 - 2025"}}},
	{"paragraph spacing", append(body(1, 1, 0, 4), ln(1, 1, 4*60+30, "mới")), []para{{1, "dòng dòng dòng dòng"}, {1, "mới"}}},
	{"usual spacing", append(body(1, 1, 0, 4), ln(1, 1, 4*60, "tiếp")), []para{{1, "dòng dòng dòng dòng tiếp"}}},
	{"combining marks composed", []line{ln(1, 1, 0, "Vie\u0302\u0323t")}, []para{{1, "Việt"}}},
	{"invalid UTF-8 replaced", []line{ln(1, 1, 0, "a\xffb")}, []para{{1, "a\uFFFDb"}}},
}

func TestParagraphs(t *testing.T) {
	for _, tt := range paragraphTests {
		if got := paragraphs(tt.lines); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: paragraphs = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestBlocks(t *testing.T) {
	got := blocks([]para{{1, "a"}, {1, "b"}, {2, "c"}}, 0)
	want := []baocao.Block{
		{Text: "a", Page: 1, Break: baocao.BreakPara},
		{Text: "b", Page: 1, Break: baocao.BreakPage},
		{Text: "c", Page: 2, Break: baocao.BreakPara},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks = %+v, want %+v", got, want)
	}
	if got := blocks([]para{{1, "a"}}, 7); got[0].Page != 7 {
		t.Errorf("blocks(page 7) gives page %d", got[0].Page)
	}
}
