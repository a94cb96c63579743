package pdf

// glyph is one character the library saw drawn on a page. X and Y are the
// origin in points (Y grows upwards), W the advance width (0 when the font
// gives none), Size the font size in points.
type glyph struct {
	X, Y, W, Size float64
	Font          string
	S             string
	Rot           int8 // text direction: 0 left to right, 1 upwards, -1 downwards, 2 upside down
}

// run is a stretch of a line in one font.
type run struct {
	Text string `json:"t"`
	Font string `json:"f,omitempty"`
	Cell bool   `json:"c,omitempty"` // a wide gap follows: a table cell ends here
}

// line is one line of text on a page. Geometry is in points; Known is false
// for lines that came from pdftotext, which gives no positions.
type line struct {
	Runs  []run   `json:"r"`
	Y     float64 `json:"y"`
	X0    float64 `json:"x0"`
	X1    float64 `json:"x1"`
	Size  float64 `json:"s"`
	First float64 `json:"fw,omitempty"` // width of the first word
	Space float64 `json:"sw,omitempty"` // the gap after the first word
	Known bool    `json:"k,omitempty"`
	Blank bool    `json:"b,omitempty"` // pdftotext: an empty line before this one
	// dropped counts glyphs taken for a fake bold's second stroke.
	dropped int
}

// text is the line's text without fonts.
func (l *line) text() string {
	n := 0
	for _, r := range l.Runs {
		n += len(r.Text) + 1
	}
	b := make([]byte, 0, n)
	for i, r := range l.Runs {
		if i > 0 && l.Runs[i-1].Cell {
			b = append(b, ' ')
		}
		b = append(b, r.Text...)
	}
	return string(b)
}

// page is what was read from one page.
type page struct {
	Lines  []line  `json:"l"`
	Err    string  `json:"e,omitempty"` // the library failed on this page
	Font   string  `json:"f,omitempty"` // the font most of the page's glyphs use
	Height float64 `json:"h,omitempty"` // media box height in points
	// Partial: the library may have missed text on the page (skipped
	// content, annotations), so pdftotext must be compared.
	Partial bool `json:"p,omitempty"`
	// Image is the pixel area of the largest image the page draws, 0 for
	// none, -1 when the interpreter cannot tell (see pageGlyphs).
	Image int64 `json:"im,omitempty"`
}

// docText is what the library read from a whole file; it is also the JSON
// the child process writes.
type docText struct {
	Pages     []page   `json:"pages"`
	Count     int      `json:"count"` // pages in the file (Pages may stop earlier)
	Title     string   `json:"title,omitempty"`
	Warnings  []string `json:"warnings,omitempty"`
	Err       string   `json:"err,omitempty"`  // the file could not be read at all
	Kind      string   `json:"kind,omitempty"` // "corrupt", "encrypted", "too large"
	Truncated bool     `json:"truncated,omitempty"`
}
