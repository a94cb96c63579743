package pdf

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestImageAgreesWithPdfimages compares, page by page, the largest image
// the interpreter saw drawn with what poppler's pdfimages lists, on every
// PDF at hand: OCR trusts the first to skip running the second. A page the
// interpreter could not tell about (-1) is left to pdfimages and is fine.
func TestImageAgreesWithPdfimages(t *testing.T) {
	tool, err := exec.LookPath("pdfimages")
	if err != nil {
		t.Skip("pdfimages not installed")
	}
	var files []string
	for _, pat := range []string{
		filepath.Join("testdata", "*.pdf"),
		filepath.Join("..", "ocr", "testdata", "*.pdf"),
		filepath.Join("..", "..", "testdata", "formats", "seeds", "*.pdf"),
		filepath.Join(corpusDir, "files", "*.pdf"),
		os.Getenv("BAOCAO_TEST_PDFS"), // more to compare, a glob
	} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	told, scans := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		d := extract(ctx, data, DefaultMaxPages)
		cancel()
		if d.Err != "" {
			continue
		}
		out, err := exec.Command(tool, "-list", f).Output()
		if err != nil {
			continue // poppler cannot list it either
		}
		want := listedImages(out)
		for i, p := range d.Pages {
			if p.Image < 0 {
				continue
			}
			told++
			if want[i+1] > 0 {
				scans++
			}
			if p.Image != want[i+1] {
				t.Errorf("%s page %d: largest image %d pixels, pdfimages lists %d", f, i+1, p.Image, want[i+1])
			}
		}
	}
	t.Logf("%d files, %d pages told, %d of them with images", len(files), told, scans)
	if told == 0 {
		t.Fatal("no page was told: the comparison tested nothing")
	}
}

// listedImages is the largest image of each page in pdfimages -list output,
// stencil masks and soft masks aside.
func listedImages(out []byte) map[int]int64 {
	pages := map[int]int64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 5 || f[2] == "smask" || f[2] == "stencil" {
			continue
		}
		page, err1 := strconv.Atoi(f[0])
		w, err2 := strconv.ParseInt(f[3], 10, 64)
		h, err3 := strconv.ParseInt(f[4], 10, 64)
		if err1 == nil && err2 == nil && err3 == nil {
			pages[page] = max(pages[page], w*h)
		}
	}
	return pages
}

// TestPageImage: the largest image a page draws, through forms, without
// stencil masks; -1 where the interpreter cannot tell.
func TestPageImage(t *testing.T) {
	say := text("/F1", 12, 72, 700, "Trang")
	for _, tc := range []struct {
		name, content string
		annot         string
		want          int64
	}{
		{"text only", say, "", 0},
		{"small image", say + " q /Small Do Q", "", 1200},
		{"largest of two", "q /Small Do Q q /Big Do Q " + say, "", 2_000_000},
		{"stencil mask", "q /Mask Do Q", "", 0},
		{"image in a form", "q /Form Do Q", "", 2_000_000},
		{"missing XObject", "q /Gone Do Q", "", -1},
		{"PostScript XObject", "q /Odd Do Q", "", -1},
		{"inline image", "q BI /W 2 /H 2 /BPC 8 /CS /G ID abcd EI Q " + say, "", -1},
		{"pattern fill", "/Pattern cs /P1 scn 0 0 100 100 re f", "", -1},
		{"colour fill", "0.5 0.5 0.5 scn 0 0 100 100 re f " + say, "", 0},
		{"annotation", say, text("/F1", 10, 0, 5, "note"), -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := testPDF{pages: []string{tc.content}, images: true, annot: tc.annot}.bytes()
			d := extract(context.Background(), data, DefaultMaxPages)
			if d.Err != "" || len(d.Pages) != 1 {
				t.Fatalf("read: %q, %d pages", d.Err, len(d.Pages))
			}
			if got := d.Pages[0].Image; got != tc.want {
				t.Errorf("image = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestImagePixels: Content.ImagePixels comes from the pages the library
// read; pages it failed on or did not reach are unknown.
func TestImagePixels(t *testing.T) {
	got := imagePixels([]page{{Image: 5}, {Err: "x", Image: 0}, {}}, 4)
	want := []int64{5, -1, 0, -1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("imagePixels = %v, want %v", got, want)
	}
	if imagePixels(nil, 3) != nil {
		t.Error("no page read: want nil")
	}
}
