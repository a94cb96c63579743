package pdf

import (
	"context"
	"errors"
	"flag"
	"strings"
	"testing"
	"time"

	"baocao"
)

var update = flag.Bool("update", false, "rewrite golden files")

// render shows blocks compactly: a font change as <font>, BreakCell as
// " | ", BreakLine as " / ", BreakPara as " ¶ ", BreakPage as " § ".
func render(c *baocao.Content) string {
	var b strings.Builder
	font := ""
	for _, bl := range c.Blocks {
		if bl.Font != font {
			b.WriteString("<" + bl.Font + ">")
			font = bl.Font
		}
		b.WriteString(bl.Text)
		switch bl.Break {
		case baocao.BreakCell:
			b.WriteString(" | ")
		case baocao.BreakLine:
			b.WriteString(" / ")
		case baocao.BreakPara:
			b.WriteString(" ¶ ")
		case baocao.BreakPage:
			b.WriteString(" § ")
		}
	}
	return strings.TrimSpace(b.String())
}

// lib reads with the library only, in-process.
var lib = &Reader{Pdftotext: "-", Timeout: 10 * time.Second}

var readTests = []struct {
	name string
	pdf  testPDF
	want string
}{
	{"positioned words get spaces",
		testPDF{pages: []string{words("F1", 700, "Giai", "quyet", "viec", "lam")}},
		"<Helvetica>Giai quyet viec lam §"},
	{"explicit spaces, justified gaps",
		testPDF{pages: []string{"BT /F1 10 Tf 72 700 Td [(24,) -400 (3%) ( so)] TJ ET\n"}},
		"<Helvetica>24,3% so §"},
	{"word spacing Tw applies to spaces",
		testPDF{pages: []string{"BT /F1 10 Tf 20 Tw 72 700 Td (a b) Tj ET BT /F1 10 Tf 120 700 Td (c) Tj ET\n"}},
		"<Helvetica>a b c §"},
	{"lines joined into a paragraph",
		testPDF{pages: []string{text("F1", 10, 72, 700, "first line of text goes on to the") + text("F1", 10, 72, 688, "second line.") +
			text("F1", 10, 72, 650, "Next paragraph.")}},
		"<Helvetica>first line of text goes on to the second line. ¶ Next paragraph. §"},
	{"hyphenated word undone",
		testPDF{pages: []string{text("F1", 10, 72, 700, "a long word: infor-") + text("F1", 10, 72, 688, "mation here")}},
		"<Helvetica>a long word: information here §"},
	{"Vietnamese hyphen kept",
		testPDF{pages: []string{text("F1", 10, 72, 700, "so 17/BC-SLD-") + text("F1", 10, 72, 688, "TBXH ngay")}},
		"<Helvetica>so 17/BC-SLD- TBXH ngay §"},
	{"footnote mark raised and smaller",
		testPDF{pages: []string{text("F1", 10, 72, 700, "nam 2020") + text("F1", 6, 112, 704, "6") + text("F1", 10, 117, 700, " tang")}},
		"<Helvetica>nam 2020⁶ tang §"},
	{"footnote mark in a legacy font",
		testPDF{pages: []string{text("F2", 10, 72, 700, "n\xa8m 2020") + text("F2", 6, 112, 704, "12") + text("F2", 10, 119, 700, " t\xa8ng")}},
		"<.VnTime,Bold>n¨m 2020[12] t¨ng §"},
	{"legacy font text as CP1252",
		testPDF{pages: []string{text("F2", 10, 72, 700, "Gi\xb6i quy\xd5t vi\xd6c l\xb5m")}},
		"<.VnTime,Bold>Gi¶i quyÕt viÖc lµm §"},
	{"fonts in one line",
		testPDF{pages: []string{text("F2", 10, 72, 700, "\xae\xb9t ") + text("F1", 10, 92, 700, "73,95%")}},
		"<.VnTime,Bold>®¹t <Helvetica>73,95% §"},
	{"table row cells",
		testPDF{pages: []string{text("F1", 10, 72, 700, "Ho ngheo") + text("F1", 10, 300, 700, "1.234") + text("F1", 10, 400, 700, "95%")}},
		"<Helvetica>Ho ngheo | 1.234 | 95% §"},
	{"fake bold drawn twice",
		testPDF{pages: []string{text("F1", 10, 72, 700, "Bold") + text("F1", 10, 72.3, 700, "Bold")}},
		"<Helvetica>Bold §"},
	{"reading order by position",
		testPDF{pages: []string{text("F1", 10, 72, 600, "second") + text("F1", 10, 72, 700, "first")}},
		"<Helvetica>first ¶ second §"},
	{"pages",
		testPDF{pages: []string{text("F1", 10, 72, 700, "one"), text("F1", 10, 72, 700, "two")}},
		"<Helvetica>one § two §"},
}

func TestRead(t *testing.T) {
	for _, tt := range readTests {
		c, err := lib.Read(context.Background(), baocao.Source{Name: tt.name + ".pdf", Data: tt.pdf.bytes()})
		if err != nil {
			t.Errorf("%s: Read error %v", tt.name, err)
			continue
		}
		if got := render(c); got != tt.want {
			t.Errorf("%s: Read = %q, want %q", tt.name, got, tt.want)
		}
		if c.Pages != len(tt.pdf.pages) || c.Reader != "pdf" || c.Format != "pdf" {
			t.Errorf("%s: Pages, Reader, Format = %d, %q, %q, want %d, pdf, pdf", tt.name, c.Pages, c.Reader, c.Format, len(tt.pdf.pages))
		}
	}
}

// TestFontWithoutMap checks the warning for a CID font without ToUnicode,
// that its unreadable codes come out as U+FFFD, and that CID widths place
// the next glyphs (no gap after B: 500 + 600 thousandths of 10 points).
func TestFontWithoutMap(t *testing.T) {
	p := testPDF{pages: []string{"BT /F3 10 Tf 72 700 Td <00410042> Tj ET BT /F1 10 Tf 83.5 700 Td (x) Tj ET BT /F1 10 Tf 92 700 Td (y) Tj ET\n"}}
	c, err := lib.Read(context.Background(), baocao.Source{Name: "cid.pdf", Data: p.bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := render(c), "<ArialMT>\uFFFD\uFFFD<Helvetica>x y §"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
	found := false
	for _, w := range c.Warnings {
		found = found || strings.Contains(w, `"ArialMT"`) && strings.Contains(w, "ToUnicode")
	}
	if !found {
		t.Errorf("Warnings = %q, want one about ArialMT's missing ToUnicode", c.Warnings)
	}
}

func TestNoTextLayer(t *testing.T) {
	c, err := lib.Read(context.Background(), baocao.Source{Name: "scan.pdf", Data: testPDF{pages: []string{"", ""}}.bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Blocks) != 0 || c.Pages != 2 || !strings.Contains(strings.Join(c.Warnings, ";"), "no text layer") {
		t.Errorf("Read of a PDF without text = %d blocks, %d pages, warnings %q; want 0, 2, a no-text warning", len(c.Blocks), c.Pages, c.Warnings)
	}
}

func TestReadCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := lib.Read(ctx, baocao.Source{Name: "x.pdf", Data: testPDF{pages: []string{text("F1", 10, 72, 700, "x")}}.bytes()})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a canceled context: error %v, want context.Canceled", err)
	}
}

// TestAbbreviatedFilter reads a file whose streams name their filter
// "/Fl", which the library refuses until expandFilters spells it out.
func TestAbbreviatedFilter(t *testing.T) {
	p := testPDF{pages: []string{text("F1", 10, 72, 700, "one"), text("F1", 10, 72, 700, "two")}, abbrevFilter: true}
	c, err := lib.Read(context.Background(), baocao.Source{Name: "fl.pdf", Data: p.bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := render(c), "<Helvetica>one § two §"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
	if !strings.Contains(strings.Join(c.Warnings, ";"), "filter") {
		t.Errorf("Warnings = %q, want one about the repaired filters", c.Warnings)
	}
}

func TestTitle(t *testing.T) {
	p := testPDF{pages: []string{text("F1", 10, 72, 700, "x")}, title: "Bao cao  thang 6"}
	c, err := lib.Read(context.Background(), baocao.Source{Name: "t.pdf", Data: p.bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Bao cao thang 6" {
		t.Errorf("Title = %q, want %q", c.Title, "Bao cao thang 6")
	}
}

func TestBlockPages(t *testing.T) {
	p := testPDF{pages: []string{text("F1", 10, 72, 700, "one"), "", text("F1", 10, 72, 700, "three")}}
	c, err := lib.Read(context.Background(), baocao.Source{Name: "p.pdf", Data: p.bytes()})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, b := range c.Blocks {
		got = append(got, b.Page)
	}
	if len(got) != 2 || got[0] != 1 || got[1] != 3 || c.Pages != 3 {
		t.Errorf("block pages = %v of %d, want [1 3] of 3", got, c.Pages)
	}
}

// TestFurniture checks that a running header, a footer with the page
// number and bare page numbers go, and the body stays.
func TestFurniture(t *testing.T) {
	var pages []string
	for i := 1; i <= 4; i++ {
		pages = append(pages, text("F1", 9, 72, 800, "BO LAO DONG - THUONG BINH VA XA HOI")+
			text("F1", 10, 72, 700, "Body of page "+string(rune('0'+i))+".")+
			text("F1", 9, 290, 40, string(rune('0'+i))))
	}
	c, err := lib.Read(context.Background(), baocao.Source{Name: "f.pdf", Data: testPDF{pages: pages}.bytes()})
	if err != nil {
		t.Fatal(err)
	}
	want := "<Helvetica>Body of page 1. § Body of page 2. § Body of page 3. § Body of page 4. §"
	if got := render(c); got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
	c, err = (&Reader{Pdftotext: "-", KeepFurniture: true}).Read(context.Background(), baocao.Source{Name: "f.pdf", Data: testPDF{pages: pages}.bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if got := render(c); !strings.Contains(got, "BO LAO DONG") || !strings.Contains(got, "¶ 4 §") {
		t.Errorf("Read with KeepFurniture = %q, want header and page numbers", got)
	}
}

var errorTests = []struct {
	name string
	data []byte
	want error
}{
	{"empty", nil, baocao.ErrEmpty},
	{"not a pdf", []byte("hello, this is text"), baocao.ErrCorrupt},
	{"header only", []byte("%PDF-1.4\n"), baocao.ErrCorrupt},
	{"garbage after header", append([]byte("%PDF-1.4\n"), strings.Repeat("\x00\xff garbage", 300)...), baocao.ErrCorrupt},
}

func TestReadErrors(t *testing.T) {
	for _, tt := range errorTests {
		_, err := lib.Read(context.Background(), baocao.Source{Name: tt.name + ".pdf", Data: tt.data})
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Read error = %v, want %v", tt.name, err, tt.want)
		}
	}
	_, err := (&Reader{Pdftotext: "-", MaxSize: 10}).Read(context.Background(), baocao.Source{Name: "big.pdf", Data: testPDF{pages: []string{""}}.bytes()})
	if !errors.Is(err, baocao.ErrTooLarge) {
		t.Errorf("Read over MaxSize: error = %v, want %v", err, baocao.ErrTooLarge)
	}
}

func TestCyclicPageTree(t *testing.T) {
	p := testPDF{pages: []string{text("F1", 10, 72, 700, "only page")}, cyclicTree: true}
	c, err := lib.Read(context.Background(), baocao.Source{Name: "cyclic.pdf", Data: p.bytes()})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if !strings.Contains(render(c), "only page") {
		t.Errorf("Read = %q, want the page's text", render(c))
	}
}

func TestMaxPages(t *testing.T) {
	p := testPDF{pages: []string{text("F1", 10, 72, 700, "one"), text("F1", 10, 72, 700, "two"), text("F1", 10, 72, 700, "three")}}
	c, err := (&Reader{Pdftotext: "-", MaxPages: 2}).Read(context.Background(), baocao.Source{Name: "m.pdf", Data: p.bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if got := render(c); got != "<Helvetica>one § two §" || len(c.Warnings) == 0 {
		t.Errorf("Read with MaxPages 2 = %q, warnings %q; want two pages and a warning", got, c.Warnings)
	}
}
