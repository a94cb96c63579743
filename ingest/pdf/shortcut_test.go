package pdf

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao"
)

var cleanPage = page{Font: "Helvetica", Lines: []line{{Runs: []run{{Text: "Giải quyết việc làm cho 28.101 lao động", Font: "Helvetica"}}}}}

func withPage(p page) *docText { return &docText{Pages: []page{cleanPage, p}, Count: 2} }

func runPage(s, font string) page {
	return page{Font: "Helvetica", Lines: []line{{Runs: []run{{Text: s, Font: font}}}}}
}

var enoughTests = []struct {
	name string
	doc  *docText
	want bool
}{
	{"clean pages", withPage(cleanPage), true},
	{"no page", &docText{}, false},
	{"a warning", &docText{Pages: []page{cleanPage}, Count: 1, Warnings: []string{"font \"F\" has no ToUnicode map"}}, false},
	{"truncated", &docText{Pages: []page{cleanPage}, Count: 1, Truncated: true}, false},
	{"fewer pages than counted", &docText{Pages: []page{cleanPage}, Count: 2}, false},
	{"a failed page", withPage(page{Err: "malformed stream"}), false},
	{"a partial page", withPage(page{Lines: cleanPage.Lines, Font: "Helvetica", Partial: true}), false},
	{"a page without text", withPage(page{}), false},
	{"a legacy page font", withPage(page{Lines: cleanPage.Lines, Font: ".VnTime"}), false},
	{"a legacy run font", withPage(runPage("Tæng sè", "VNI-Times")), false},
	{"a replacement character", withPage(runPage("gi\uFFFDi quy\uFFFDt", "Helvetica")), false},
	{"glued words", withPage(runPage("Giảiquyếtviệclàmcholaođộngtrongtỉnh", "Helvetica")), false},
}

func TestLibraryEnough(t *testing.T) {
	for _, tc := range enoughTests {
		if got := libraryEnough(tc.doc); got != tc.want {
			t.Errorf("libraryEnough(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

var clean = testPDF{pages: []string{text("F1", 10, 72, 700, "Giai quyet viec lam cho 28.101 lao dong")}, noCID: true}

// partialTests are PDFs the library reads incompletely without an error:
// pdftotext must still be compared.
var partialTests = []struct {
	name string
	pdf  testPDF
	want bool
}{
	{"clean", clean, false},
	{"text in a font the page lacks", testPDF{pages: []string{text("F1", 10, 72, 700, "mot") + text("F9", 10, 72, 680, "hai")}, noCID: true}, true},
	{"a standard font without widths", testPDF{pages: clean.pages, noCID: true, bareFont: true}, true},
	{"repeated letters without widths", testPDF{pages: []string{text("F1", 10, 72, 700, "1:AAAAAAAAAAAA 2:BBBBBBBBBBBB 3:CCCCCCCCCCCC 4:DDDDDDDDDDDD")}, noCID: true, bareFont: true}, true},
	{"a fake bold", testPDF{pages: []string{text("F1", 10, 72, 700, "Dam") + text("F1", 10, 72.4, 700, "Dam")}, noCID: true}, true},
	{"a free-text annotation", testPDF{pages: clean.pages, noCID: true, annot: text("F1", 10, 2, 2, "chu thich")}, true},
	{"a link annotation", testPDF{pages: clean.pages, noCID: true, annot: text("F1", 10, 2, 2, "x"), annotType: "Link"}, false},
}

func TestPartialPages(t *testing.T) {
	for _, tc := range partialTests {
		d := extract(context.Background(), tc.pdf.bytes(), 10)
		if d.Err != "" || len(d.Pages) != 1 {
			t.Errorf("extract(%s): %d pages, error %q", tc.name, len(d.Pages), d.Err)
			continue
		}
		if got := d.Pages[0].Partial; got != tc.want {
			t.Errorf("extract(%s): Partial = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestPdftotextSkipped checks with a pdftotext that cannot run that it is
// not run on a clean document and is on one with an annotation.
func TestPdftotextSkipped(t *testing.T) {
	r := &Reader{Pdftotext: filepath.Join(t.TempDir(), "no-pdftotext"), Timeout: 10 * time.Second}
	for _, tc := range []struct {
		name string
		pdf  testPDF
		ran  bool
	}{
		{"clean", clean, false},
		{"annotated", testPDF{pages: clean.pages, noCID: true, annot: text("F1", 10, 2, 2, "chu thich")}, true},
	} {
		c, err := r.Read(context.Background(), baocao.Source{Name: tc.name + ".pdf", Data: tc.pdf.bytes()})
		if err != nil {
			t.Fatalf("Read(%s): %v", tc.name, err)
		}
		ran := strings.Contains(strings.Join(c.Warnings, "\n"), "pdftotext:")
		if ran != tc.ran {
			t.Errorf("Read(%s): pdftotext run = %v (warnings %q), want %v", tc.name, ran, c.Warnings, tc.ran)
		}
	}
}

// TestShortcutSameAsComparison reads every test PDF, the seed PDFs and the
// real legacy PDFs with and without the shortcut that skips pdftotext: the
// content must be the same.
func TestShortcutSameAsComparison(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	for _, tc := range partialTests {
		inputs = append(inputs, input{tc.name, tc.pdf.bytes()})
	}
	for _, tc := range readTests {
		inputs = append(inputs, input{tc.name, tc.pdf.bytes()})
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "seed-*.pdf"))
	legacy, _ := filepath.Glob(filepath.Join(corpusDir, "files", "*.pdf"))
	for _, p := range append(paths, legacy...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, input{filepath.Base(p), data})
	}
	fast := &Reader{Timeout: 30 * time.Second}
	full := &Reader{Timeout: 30 * time.Second, compareAlways: true}
	for _, in := range inputs {
		src := baocao.Source{Name: in.name, Data: in.data}
		want, err1 := full.Read(context.Background(), src)
		got, err2 := fast.Read(context.Background(), src)
		if err1 != nil || err2 != nil {
			if (err1 == nil) != (err2 == nil) {
				t.Errorf("Read(%s): error %v, with pdftotext compared %v", in.name, err2, err1)
			}
			continue
		}
		if g, w := dump(got), dump(want); g != w {
			t.Errorf("Read(%s) differs from the reading compared with pdftotext:\n%s", in.name, firstDifference(g, w))
		}
	}
}

// notPDFTests: which failures say that the file is no readable PDF at all
// (OCR cannot render it either).
var notPDFTests = []struct {
	file      string
	pdftotext bool // the answer needs pdftotext's opinion
	want      bool
}{
	{"bad-random.pdf", false, true},
	{"bad-truncated.pdf", true, true},
	{"bad-encrypted.pdf", true, false},
}

func TestNotPDF(t *testing.T) {
	_, err := exec.LookPath("pdftotext")
	havePdftotext := err == nil
	for _, tc := range notPDFTests {
		if tc.pdftotext && !havePdftotext {
			continue
		}
		data, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = (&Reader{Timeout: 10 * time.Second}).Read(context.Background(), baocao.Source{Name: tc.file, Data: data})
		if err == nil {
			t.Errorf("Read(%s) succeeded, want an error", tc.file)
			continue
		}
		if got := errors.Is(err, ErrNotPDF); got != tc.want {
			t.Errorf("Read(%s) = %v: errors.Is ErrNotPDF = %v, want %v", tc.file, err, got, tc.want)
		}
		if strings.Contains(err.Error(), ErrNotPDF.Error()) {
			t.Errorf("Read(%s) = %v: the mark must not change the message", tc.file, err)
		}
	}
	// Without pdftotext, a file the library cannot open may still be one
	// poppler renders: not marked.
	data, err := os.ReadFile(filepath.Join("testdata", "bad-truncated.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Read(context.Background(), baocao.Source{Name: "t.pdf", Data: data}); errors.Is(err, ErrNotPDF) {
		t.Errorf("Read(bad-truncated.pdf) without pdftotext = %v, want no ErrNotPDF mark", err)
	}
}
