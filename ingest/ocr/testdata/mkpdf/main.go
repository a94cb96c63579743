// Command mkpdf typesets plain-text files as A4 PDFs with a text layer, one
// paragraph per input line, the way a report printed from a word processor
// looks (a Times-like font at 13 pt). make.sh rasterises the PDFs to make
// the scanned fixtures the OCR reader is measured on.
//
//	go run ./testdata/mkpdf -font FONT.ttf -out DIR FILE.txt...
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/signintech/gopdf"
)

func main() {
	font := flag.String("font", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "TrueType font with Vietnamese glyphs")
	size := flag.Float64("size", 13, "font size in points")
	out := flag.String("out", ".", "output folder")
	flag.Parse()
	for _, in := range flag.Args() {
		if err := typeset(in, *out, *font, *size); err != nil {
			fmt.Fprintln(os.Stderr, "mkpdf:", err)
			os.Exit(1)
		}
	}
}

func typeset(in, outDir, font string, size float64) error {
	text, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	pdf := gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if err := pdf.AddTTFFont("body", font); err != nil {
		return fmt.Errorf("%s: %w", font, err)
	}
	if err := pdf.SetFont("body", "", size); err != nil {
		return err
	}
	// 3 cm left, 2 cm right, 2 cm top and bottom, as the decree on
	// administrative documents asks.
	const left, right, top, bottom = 85.0, 57.0, 57.0, 785.0
	width := gopdf.PageSizeA4.W - left - right
	lineH := size * 1.3
	y := bottom
	for _, para := range strings.Split(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		lines, err := pdf.SplitTextWithWordWrap(para, width)
		if err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
		for _, l := range lines {
			if y+lineH > bottom {
				pdf.AddPage()
				y = top
			}
			pdf.SetXY(left, y)
			if err := pdf.Cell(nil, l); err != nil {
				return err
			}
			y += lineH
		}
		y += size * 0.5
	}
	name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + ".pdf"
	return pdf.WritePdf(filepath.Join(outDir, name))
}
