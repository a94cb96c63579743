// Package pdf reads the text layer of PDF files into baocao.Content. It is
// the only package that imports github.com/ledongthuc/pdf.
//
// The library gives glyphs with positions (Page.Content); this package
// builds lines from them by baseline, words by the horizontal gaps between
// glyphs (PDFs often position words instead of writing spaces), and
// paragraphs from the lines (layout.go). It undoes hyphenation at line ends,
// drops running headers, footers and bare page numbers (lines repeated at the
// same place on most pages, furniture.go), and keeps footnote markers apart
// from the figure they follow: a raised, smaller digit after a word or a
// number is written as a superscript digit, so "năm 2020" with note 6 reads
// "2020⁶", never "20206".
//
// Every block carries its page (Content.Pages is the page count) and the
// BaseFont name of its font without the subset prefix, e.g. ".VnTime" or
// "VnTimeH", so that vntext can repair TCVN3/VNI text: glyph codes of such
// fonts are reported as the CP1252 characters of their bytes, the same
// convention the Word readers use. Fonts whose codes cannot be mapped to
// Unicode (a CID font without ToUnicode) are listed in Content.Warnings.
//
// ledongthuc/pdf panics on malformed input, re-walks the page tree on every
// Page(i) call and can loop forever (or exhaust the stack, which no recover
// catches) on cyclic references. Extraction therefore runs where it can be
// abandoned: in a child process of the same binary when Reader.Exec is set
// (ChildMain is its body, wired as the hidden "__pdftext" subcommand of
// cmd/baocao), otherwise in a goroutine with recover and a deadline. Input
// size, page count, time and (in the child) memory are bounded.
//
// Poppler's pdftotext, when installed, is run on the same file and used for
// every page where the library's text scores clearly worse as text (missing
// text, replacement or control characters, glued words), or for the whole
// document when the library cannot open it; Content.Reader says which tool
// produced the text ("pdf", "pdftotext" or "pdf+pdftotext").
package pdf
