package ocr

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/ingest/pdf"
)

// fakeText stands in for the text-layer PDF reader.
type fakeText struct {
	c   *baocao.Content
	err error
}

func (f *fakeText) Formats() []string { return []string{"pdf"} }
func (f *fakeText) Read(context.Context, baocao.Source) (*baocao.Content, error) {
	if f.err != nil {
		return nil, f.err
	}
	c := *f.c
	return &c, nil
}

func needPoppler(t testing.TB) {
	t.Helper()
	for _, p := range []string{"pdftoppm", "pdfinfo", "pdfimages"} {
		if _, err := exec.LookPath(p); err != nil {
			t.Skip(p + " not installed")
		}
	}
}

// layer is a text layer of one page holding the paragraphs of page.txt.
func layer(t testing.TB) *baocao.Content {
	data, err := os.ReadFile(filepath.Join("testdata", "page.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c := &baocao.Content{Format: "pdf", Pages: 1, Reader: "pdf"}
	for _, p := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		c.Blocks = append(c.Blocks, baocao.Block{Text: p, Page: 1, Break: baocao.BreakPara})
	}
	return c
}

var pdfTests = []struct {
	name    string
	file    string
	text    func(testing.TB) *fakeText
	reader  string // Content.Reader wanted
	ocr     bool
	warning string // a warning that must be there
}{
	{"good text layer kept", "page.pdf", func(t testing.TB) *fakeText { return &fakeText{c: layer(t)} }, "pdf", false, ""},
	{"scan without a text layer", "scan.pdf", func(testing.TB) *fakeText {
		return &fakeText{c: &baocao.Content{Format: "pdf", Pages: 1, Reader: "pdf"}}
	}, "pdf+tesseract", true, ""},
	{"garbage text layer", "page.pdf", func(t testing.TB) *fakeText {
		c := layer(t)
		for i := range c.Blocks {
			c.Blocks[i].Text = shift(c.Blocks[i].Text)
		}
		return &fakeText{c: c}
	}, "pdf+tesseract", true, ""},
	{"text reader fails", "scan.pdf", func(testing.TB) *fakeText {
		return &fakeText{err: errors.New("pdf: font program unreadable: baocao: corrupt file")}
	}, "tesseract", true, "every page OCRed"},
}

func TestPDF(t *testing.T) {
	needTesseract(t)
	needPoppler(t)
	truth, err := os.ReadFile(filepath.Join("testdata", "page.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range pdfTests {
		p := &PDF{Text: tt.text(t), Workers: 2}
		c, err := p.Read(context.Background(), readFixture(t, tt.file))
		if err != nil {
			t.Errorf("%s: Read(%s): %v", tt.name, tt.file, err)
			continue
		}
		if c.Reader != tt.reader || c.OCR != tt.ocr || c.Pages != 1 {
			t.Errorf("%s: Read(%s) = reader %q OCR %v pages %d, want %q %v 1", tt.name, tt.file, c.Reader, c.OCR, c.Pages, tt.reader, tt.ocr)
		}
		if tt.ocr && (c.Confidence < 0.8 || c.Confidence > 1) {
			t.Errorf("%s: Read(%s) confidence %.3f, want 0.8..1", tt.name, tt.file, c.Confidence)
		}
		if got := wordsRight(contentText(c), string(truth)); got < 0.97 {
			t.Errorf("%s: Read(%s) read %.3f of the words, want 0.97:\n%s", tt.name, tt.file, got, contentText(c))
		}
		if tt.warning != "" && !strings.Contains(strings.Join(c.Warnings, "\n"), tt.warning) {
			t.Errorf("%s: Read(%s) warnings %q, want one saying %q", tt.name, tt.file, c.Warnings, tt.warning)
		}
		for _, b := range c.Blocks {
			if b.Page != 1 {
				t.Errorf("%s: block on page %d, want 1", tt.name, b.Page)
			}
		}
	}
}

var pdfErrorTests = []struct {
	name string
	p    *PDF
	want error
}{
	{"encrypted is not OCRed", &PDF{Text: &fakeText{err: baocao.ErrEncrypted}}, baocao.ErrEncrypted},
	{"too large is not OCRed", &PDF{Text: &fakeText{err: baocao.ErrTooLarge}}, baocao.ErrTooLarge},
	{"no tesseract", &PDF{Text: &fakeText{err: baocao.ErrCorrupt}, OCR: &Reader{Tesseract: "/nonexistent/tesseract"}}, baocao.ErrNoTool},
	{"no poppler", &PDF{Text: &fakeText{err: baocao.ErrCorrupt}, Poppler: "/nonexistent"}, baocao.ErrNoTool},
}

// TestPDFNotAPDF: a file the text reader says is no readable PDF at all
// fails with its reason, without a tool run (the poppler folder here does
// not exist, so any attempt would add an ErrNoTool); a plain ErrCorrupt is
// still tried with OCR.
func TestPDFNotAPDF(t *testing.T) {
	p := &PDF{Text: &pdf.Reader{Pdftotext: "-"}, Poppler: "/nonexistent"}
	src := baocao.Source{Name: "junk.pdf", Data: []byte("this is no PDF, only text\n")}
	_, err := p.Read(context.Background(), src)
	if !errors.Is(err, baocao.ErrCorrupt) || !errors.Is(err, pdf.ErrNotPDF) || errors.Is(err, baocao.ErrNoTool) || strings.Contains(err.Error(), "OCR") {
		t.Errorf("Read(junk.pdf) = %v, want %v without an OCR attempt", err, pdf.ErrNotPDF)
	}
	p.Text = &fakeText{err: baocao.ErrCorrupt}
	if _, err := p.Read(context.Background(), src); !errors.Is(err, baocao.ErrNoTool) {
		t.Errorf("Read with a corrupt text layer = %v, want an OCR attempt (%v)", err, baocao.ErrNoTool)
	}
}

func TestPDFErrors(t *testing.T) {
	for _, tt := range pdfErrorTests {
		_, err := tt.p.Read(context.Background(), readFixture(t, "scan.pdf"))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Read = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestPDFNoTesseractKeepsLayer: a scanned page cannot be OCRed without
// tesseract; the text layer is returned with a warning saying why.
func TestPDFNoTesseractKeepsLayer(t *testing.T) {
	needPoppler(t)
	p := &PDF{Text: &fakeText{c: &baocao.Content{Format: "pdf", Pages: 1, Reader: "pdf"}}, OCR: &Reader{Tesseract: "/nonexistent/tesseract"}}
	c, err := p.Read(context.Background(), readFixture(t, "scan.pdf"))
	if err != nil || c.OCR || !strings.Contains(strings.Join(c.Warnings, "\n"), "tesseract is not installed") {
		t.Errorf("Read without tesseract = %+v, %v, want the text layer and a warning", c, err)
	}
}

// TestPDFReaderImages: a sparse page the text reader saw draw no large
// image is kept as it is, without a tool run (the poppler folder does not
// exist, so any attempt leaves a warning); one with a large image, or one
// it could not tell about, is tried with OCR.
func TestPDFReaderImages(t *testing.T) {
	for _, tc := range []struct {
		pixels  []int64
		tryOCR  bool
		comment string
	}{
		{nil, true, "reader could not tell"},
		{[]int64{-1}, true, "page unknown"},
		{[]int64{0}, false, "no image"},
		{[]int64{40 * 30}, false, "a small image"},
		{[]int64{2480 * 3508}, true, "a page-sized image"},
	} {
		c := &baocao.Content{Format: "pdf", Pages: 1, Reader: "pdf", ImagePixels: tc.pixels,
			Blocks: []baocao.Block{{Text: "Trang 3", Page: 1}}}
		p := &PDF{Text: &fakeText{c: c}, Poppler: "/nonexistent", OCR: &Reader{Tesseract: "/nonexistent/tesseract"}}
		got, err := p.Read(context.Background(), baocao.Source{Name: "x.pdf", Data: []byte("%PDF-1.4 x")})
		if err != nil {
			t.Errorf("%s: %v", tc.comment, err)
			continue
		}
		if tried := len(got.Warnings) > 0; tried != tc.tryOCR || got.OCR {
			t.Errorf("%s: warnings %q, OCR %v; want OCR tried %v", tc.comment, got.Warnings, got.OCR, tc.tryOCR)
		}
	}
}
