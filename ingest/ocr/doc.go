// Package ocr reads scanned documents with the tesseract OCR engine and its
// Vietnamese model: images (Reader: PNG, JPEG, TIFF) and PDFs whose pages
// have no usable text layer (PDF, a decorator around the text-layer PDF
// reader). It is the only package that runs tesseract, pdftoppm and
// pdfimages.
//
// Tesseract is run as a program (exec, one page per run, a timeout per page,
// OMP_THREAD_LIMIT=1 so parallel pages do not fight over cores) with TSV
// output, which gives every word with its confidence and its place in
// tesseract's block / paragraph / line hierarchy (tsv.go). Lines are joined
// into paragraphs from that hierarchy, with a paragraph also started where
// the gap between two lines is clearly larger than the page's usual line
// pitch, since tesseract's paragraph finder ignores paragraph spacing
// (layout.go). Content.Confidence is the mean word confidence, 0..1.
//
// Crisp images (renders, clean digital scans) get a slight Gaussian blur
// before OCR, which measurably cuts tesseract's â/ầ and è/ẻ confusions;
// soft scans are passed as they are (preprocess.go, BENCHMARKS.md).
//
// PDF first asks the wrapped reader for the text layer, then judges each
// page (quality.go): a page whose text is missing, mostly unreadable
// characters or does not read as Vietnamese is rendered with pdftoppm and
// OCRed, pages in parallel, and the OCR text replaces the text layer's only
// where it reads better. When the text-layer reader fails for any reason but
// encryption or size, every page is OCRed, unless the file is not a
// readable PDF at all (pdf.ErrNotPDF: no header, or poppler cannot open
// it): then its error is returned at once, since pdftoppm would fail too.
// A page with little text is OCRed only when it draws a large image (a
// scan, not a short last page): the text-layer reader says so where it can
// (Content.ImagePixels), and pdfimages -list is run only for the pages it
// could not tell about, since a process per file cost more than reading a
// text PDF.
//
// When tesseract or its Vietnamese model is missing, reading fails with an
// error wrapping baocao.ErrNoTool that says what to install, so an import
// reports those files and goes on.
package ocr
