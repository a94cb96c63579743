// Package pdf reads the text layer of PDF files into baocao.Content. It is
// the only package that imports github.com/ledongthuc/pdf.
//
// The library gives glyphs with positions (Page.Content); this package
// builds lines from them by baseline, words by the horizontal gaps between
// glyphs (PDFs often position words instead of writing spaces), and
// paragraphs from the lines (paragraph.go). A paragraph ends at a wider
// gap between lines, a change of size, an indented line, a list item (a
// bullet, or a dash or number after a line that closes a clause,
// listmark.go) and after a line that stopped short of the right margin
// although the next line's first word would have fitted there: a line
// short only because that word was too long goes on. The margin is where
// several of the longest lines end (the document's, on a page with too few
// full lines); centred title lines stay together. A paragraph whose last
// line fills the page goes on at the top of the next (its last block then
// ends with BreakNone, not BreakPage), unless it ends a sentence and the
// next page starts with a capital.
//
// The package also undoes hyphenation at line ends, drops running headers,
// footers and bare page numbers (lines repeated at the same place on most
// pages, furniture.go), and keeps footnote markers apart
// from the figure they follow: a raised, smaller digit after a word or a
// number is written as a superscript digit, so "năm 2020" with note 6 reads
// "2020⁶", never "20206".
//
// Every block carries its page (Content.Pages is the page count) and the
// BaseFont name of its font without the subset prefix, style included
// (".VnTime,Bold", "VnTimeHBold"), so that vntext can repair TCVN3/VNI
// text: glyph codes of such fonts are reported as the CP1252 characters of
// their bytes, the convention the Word readers use (the U+2212 and U+2219
// that glyph names give TCVN3 "ư" and "ã" are mapped back to U+00AD and
// U+00B7). Fonts whose codes cannot be mapped to Unicode (a CID font
// without ToUnicode, a Type3 font) are listed in Content.Warnings.
//
// Glyphs are read by an interpreter of our own (textops.go) over the
// library's content-stream parser and font encoders: the library's
// Page.Content ignores word spacing (Tw), gives CID fonts no widths and does
// not enter form XObjects, which misplaces or loses words.
//
// ledongthuc/pdf panics on malformed input, re-walks the page tree on every
// Page(i) call and can loop forever (or exhaust the stack, which no recover
// catches) on cyclic references. Extraction therefore runs where it can be
// abandoned: in a child process of the same binary when Reader.Exec is set
// (ChildMain is its body, wired as the hidden "__pdftext" subcommand of
// cmd/baocao), otherwise in a goroutine with recover and a deadline (a
// looping library call then keeps running in the background until it
// returns; a stack overflow ends the process). Input size, page count,
// glyphs per page, time and (in the child) heap size are bounded. Inputs
// known to make the library loop or allocate without bound are refused
// before it sees them: a cross-reference /Prev chain that loops, object
// counts beyond the file's size (precheck.go), a content stream or
// ToUnicode map that ends inside a hex string (hexguard.go; that page
// alone fails). A child serves one document after another (pool.go): starting the
// binary costs several times what reading a report does, so idle children
// are kept for a few seconds, and one that timed out, crashed or hit its
// memory bound is never reused.
//
// Poppler's pdftotext, when installed, is run on the same file and used for
// every page where the library's text scores clearly worse as text (missing
// text, replacement or control characters, glued words), or for the whole
// document when the library cannot open it; Content.Reader says which tool
// produced the text ("pdf", "pdftotext" or "pdf+pdftotext"). pdftotext is
// not run when the library read every page cleanly and completely
// (libraryEnough: text on every page, no unreadable characters or glued
// words, no warning, no legacy font, no skipped content, glyphs without
// widths, fake-bold strokes or annotations drawing text), since the
// comparison would keep the library's text on every page anyway. pdftotext
// alone is no substitute: it gives no positions, fonts or sizes, so
// paragraphs, table cells and legacy encodings would be lost.
package pdf
