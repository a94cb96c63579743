package main

import (
	"context"
	"os"
	"strings"

	"baocao"
	"baocao/importer"
	"baocao/ingest"
	"baocao/ingest/doc"
	"baocao/ingest/docx"
	"baocao/ingest/html"
	"baocao/ingest/ocr"
	"baocao/ingest/odt"
	"baocao/ingest/pdf"
	"baocao/ingest/ppt"
	"baocao/ingest/rtf"
	"baocao/ingest/txt"
	"baocao/ingest/xls"
	"baocao/ingest/xlsx"
	"baocao/vntext"
)

// readers is the list of format readers import tries, built here so the
// wiring is visible (no self-registration).
func readers() []baocao.Reader {
	p := &pdf.Reader{}
	if exe, err := os.Executable(); err == nil {
		// the PDF library can panic or loop on bad files: run it in a child
		// process that can be killed
		p.Exec = []string{exe, pdf.ChildCommand}
	}
	// scanned pages (no text layer, or a garbage one) go to OCR; importer
	// already runs files in parallel, so one page at a time per file
	scans := &ocr.PDF{Text: p, OCR: &ocr.Reader{}, Workers: 1}
	return []baocao.Reader{
		&txt.Reader{},
		&html.Reader{},
		&docx.Reader{},
		&xlsx.Reader{},
		&odt.Reader{},
		&doc.Reader{},
		&xls.Reader{},
		&ppt.Reader{},
		&rtf.Reader{},
		scans,
		&ocr.Reader{}, // images
	}
}

// config is the per-file reading configuration shared by import, normalize
// and extract.
func config(from string) importer.Config {
	return importer.Config{Readers: readers(), From: from, Limits: ingest.DefaultLimits}
}

// encodingNames lists the values --from accepts.
func encodingNames() string {
	var names []string
	for _, e := range vntext.Encodings() {
		names = append(names, string(e))
	}
	return strings.Join(names, ", ")
}

// runPDFChild is the hidden subcommand the PDF reader runs in a child
// process.
func runPDFChild(ctx context.Context, e *env, args []string) error {
	return pdf.ChildMain(ctx, args, e.stdin, e.stdout)
}
