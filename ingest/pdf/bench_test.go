package pdf

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"baocao"
)

// benchFiles are the seed PDFs and the real legacy PDFs (88 pages).
func benchFiles(b *testing.B) []baocao.Source {
	paths, _ := filepath.Glob(filepath.Join("testdata", "seed-*.pdf"))
	for _, n := range []string{"2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf", "2006-19412_QD115.04TTg_BLTch_DNNVV.pdf", "2007-1AF57_02-2007.pdf"} {
		paths = append(paths, filepath.Join(corpusDir, "files", n))
	}
	var out []baocao.Source
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		abs, _ := filepath.Abs(p)
		out = append(out, baocao.Source{Path: abs, Name: filepath.Base(p), Data: data})
	}
	if len(out) == 0 {
		b.Skip("no PDFs")
	}
	return out
}

// BenchmarkLibrary reads with ledongthuc/pdf in-process (no pdftotext),
// reporting pages per second.
func BenchmarkLibrary(b *testing.B) {
	readPages(b, &Reader{Pdftotext: "-", Timeout: time.Minute})
}

// BenchmarkPdftotext runs poppler's pdftotext on the same files.
func BenchmarkPdftotext(b *testing.B) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext not installed")
	}
	srcs := benchFiles(b)
	pages := 0
	for b.Loop() {
		for _, s := range srcs {
			p, err := poppler(context.Background(), tool, s)
			if err != nil {
				b.Fatal(err)
			}
			pages += len(p)
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkReader is the default configuration: library and pdftotext,
// page by page comparison.
func BenchmarkReader(b *testing.B) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext not installed")
	}
	readPages(b, &Reader{Timeout: time.Minute})
}

// BenchmarkChildReader is the configuration of cmd/baocao: the library in
// (pooled) child processes, pdftotext where the comparison may need it.
func BenchmarkChildReader(b *testing.B) {
	r := childReader()
	r.Pdftotext, r.Timeout = "", time.Minute
	readPages(b, r)
}

// readPages reads the benchmark files with r in a loop and reports pages
// per second.
func readPages(b *testing.B, r *Reader) {
	srcs := benchFiles(b)
	pages := 0
	for b.Loop() {
		for _, s := range srcs {
			c, err := r.Read(context.Background(), s)
			if err != nil {
				b.Fatal(err)
			}
			pages += c.Pages
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}
