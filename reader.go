package baocao

import "context"

// Reader turns the bytes of one file in one format into Content. A Reader
// must never panic (it recovers internally and returns an error wrapping
// ErrCorrupt), must honour ctx, and must not decode legacy Vietnamese
// encodings itself: it reports text as the format gives it, with the font
// hints it has, and vntext repairs the encoding afterwards.
type Reader interface {
	// Formats lists the file extensions (lower case, without the dot) the
	// reader handles, e.g. "txt", "html".
	Formats() []string
	Read(ctx context.Context, src Source) (*Content, error)
}

// Source is one file to read. Data holds the whole file (import enforces a
// size limit before reading); Path is where it came from, for readers that
// hand the file to an external tool.
type Source struct {
	Path string
	Name string // base name, used for the extension
	Data []byte
}

// Content is what a reader found in a file, before encoding repair and
// normalisation.
type Content struct {
	Format     string  // "txt", "html", "doc", ...
	Blocks     []Block // the text in reading order
	Pages      int     // number of pages, 0 when the format has none
	Title      string  // from the file's own properties (<title>, OLE summary, docx core)
	Reader     string  // which reader produced the text, e.g. "pdf", "pdftotext", "tesseract"
	Encoding   string  // set when the reader decoded the bytes itself: "utf-8", "utf-16le", "windows-1258", ...
	OCR        bool
	Confidence float64
	Warnings   []string // things a person should know (a font without a usable map, ...)
	// ImagePixels holds, for a paged format whose reader can tell, the
	// pixel area of the largest image each page draws (index 0 is page
	// 1): 0 for none, -1 where the reader could not tell; nil when it
	// could tell for no page. OCR reads it to know which pages may be
	// scans without asking poppler.
	ImagePixels []int64
}

// Break says what separates a Block from the one after it.
type Break uint8

const (
	BreakNone Break = iota // the next block continues the same line (another run, another font)
	BreakCell              // end of a table cell: a tab
	BreakLine              // end of a line or table row
	BreakPara              // end of a paragraph: a blank line
	BreakPage              // end of a page
)

// Block is a stretch of text with one font and one page. Exactly one of Text
// and Raw is set: Text when the format says which characters it holds
// (possibly legacy code points such as TCVN3 bytes seen as CP1252, which
// vntext repairs), Raw when the format gives bare bytes in an unknown 8-bit
// encoding (a plain-text file that is not UTF-8 or UTF-16).
type Block struct {
	Text  string
	Raw   []byte
	Font  string // font name, a hint for encoding detection (".VnTime", "VNI-Times", ".VnTimeH")
	Page  int    // 1-based page, 0 when the format has no pages
	Break Break
}
