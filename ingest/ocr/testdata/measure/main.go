// Command measure reads the scanned fixtures make.sh builds with the ocr
// package and writes one text file per document, for score_diacritics.py:
//
//	go run ./testdata/measure -in OUT/clean -truth OUT/truth -out PRED      # page images
//	go run ./testdata/measure -pdf -in OUT/scan -truth OUT/truth -out PRED  # image-only PDFs
//
// It prints the OCR seconds per page.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"baocao"
	"baocao/ingest/ocr"
	"baocao/vntext"
)

func main() {
	in := flag.String("in", "", "folder of NAME-P.png pages or NAME.pdf files")
	truth := flag.String("truth", "", "folder of NAME.txt references")
	out := flag.String("out", "", "folder for NAME.txt predictions")
	pdf := flag.Bool("pdf", false, "read NAME.pdf with ocr.PDF instead of page images")
	psm := flag.Int("psm", 0, "tesseract page segmentation mode")
	workers := flag.Int("workers", 1, "pages at once (PDF)")
	dpi := flag.Int("dpi", 0, "rendering resolution (PDF)")
	flag.Parse()
	if err := run(*in, *truth, *out, *pdf, *psm, *workers, *dpi); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

func run(in, truth, out string, pdf bool, psm, workers, dpi int) error {
	names, err := filepath.Glob(filepath.Join(truth, "*.txt"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	r := &ocr.Reader{PSM: psm}
	ctx := context.Background()
	pages := 0
	var conf float64
	start := time.Now()
	for _, t := range names {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		var files []string
		if pdf {
			files = []string{filepath.Join(in, name+".pdf")}
		} else {
			files, _ = filepath.Glob(filepath.Join(in, name+"-*.png"))
			sort.Strings(files)
		}
		var b strings.Builder
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			src := baocao.Source{Path: f, Name: filepath.Base(f), Data: data}
			var c *baocao.Content
			if pdf {
				c, err = (&ocr.PDF{OCR: r, Workers: workers, DPI: dpi}).Read(ctx, src)
			} else {
				c, err = r.Read(ctx, src)
			}
			if err != nil {
				return err
			}
			for _, bl := range c.Blocks {
				b.WriteString(vntext.Clean(bl.Text))
				b.WriteByte('\n')
			}
			n := max(c.Pages, 1)
			pages += n
			conf += c.Confidence * float64(n)
		}
		if err := os.WriteFile(filepath.Join(out, name+".txt"), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	el := time.Since(start).Seconds()
	fmt.Printf("pages %d seconds %.1f per page %.2f mean confidence %.3f\n", pages, el, el/float64(max(pages, 1)), conf/float64(max(pages, 1)))
	return nil
}
