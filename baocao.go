// Package baocao holds the vocabulary every other package speaks: the
// documents baocao imports, the indicator records it extracts from them, the
// cross-checks it runs on their figures, and the Reader interface that every
// format reader implements.
//
// The root package imports only the standard library. Format readers live
// under ingest/, Vietnamese text handling in vntext/, extraction in extract/,
// cross-checks in check/, the record store in store/ and the full-text index
// in index/; cmd/baocao wires them together.
package baocao

// Document is one imported report. Text is the stored text (UTF-8 NFC, the
// original spelling kept); every Span in a Record or Check is a byte range of
// it. JSON field names are part of the contract (shared/docs/CONTRACT.md).
type Document struct {
	ID       string `json:"doc"`
	File     string `json:"file"`
	Title    string `json:"title"`
	Province string `json:"province"`
	Date     string `json:"date"` // YYYY-MM-DD when known
	Number   string `json:"number"`
	Type     string `json:"type"`
	Agency   string `json:"agency"`
	Encoding string `json:"encoding"` // what the source was in: "utf-8", "tcvn3", "vni", "mixed", ...
	Format   string `json:"format"`   // "txt", "html", "pdf", "doc", ...
	Pages    int    `json:"pages"`
	Chars    int    `json:"chars"`

	Year       int      `json:"year,omitempty"`        // the report's year, from its date or title
	Hash       string   `json:"hash"`                  // sha256 of the source bytes, hex
	Size       int64    `json:"size"`                  // source size in bytes
	Reader     string   `json:"reader,omitempty"`      // which reader produced the text
	OCR        bool     `json:"ocr,omitempty"`         // text came from OCR
	Confidence float64  `json:"confidence,omitempty"`  // OCR mean confidence, 0..1
	Paths      []string `json:"paths,omitempty"`       // other paths with the same content
	PageStarts []int    `json:"page_starts,omitempty"` // byte offset in Text where page i+1 starts
	Imported   string   `json:"imported,omitempty"`    // RFC 3339 time of import

	Cites []Citation `json:"cites,omitempty"` // legal documents the text cites, in text order

	Text string `json:"-"` // stored apart from the metadata, content-addressed
}

// Page returns the 1-based page holding byte offset off of the document's
// text, or 0 when the format has no pages.
func (d *Document) Page(off int) int {
	if len(d.PageStarts) == 0 {
		return 0
	}
	p := 0
	for i, s := range d.PageStarts {
		if s > off {
			break
		}
		p = i
	}
	return p + 1
}

// Citation is a legal document a report cites: "Quyết định số 382a/QĐ-UBND
// ngày 24/01/2021 của UBND tỉnh". Key is a normalised type + number, the
// same for every spelling of the same act, so citations can be matched with
// the documents of the archive (see refs.Key).
type Citation struct {
	Type   string `json:"type"`
	Number string `json:"number,omitempty"`
	Name   string `json:"name,omitempty"` // a law cited by name: "Việc làm"
	Issuer string `json:"issuer,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD
	Key    string `json:"key"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Record is one indicator figure read from a document: "Giải quyết việc làm
// cho 28.101/38.000 lao động, đạt 73,95%" gives indicator "Giải quyết việc
// làm", unit "lao động", value 28101, target 38000, percent 73.95.
// Money is always in đồng.
type Record struct {
	Doc         string   `json:"doc"`
	File        string   `json:"file"`
	Indicator   string   `json:"indicator"`
	IndicatorID string   `json:"indicator_id,omitempty"`
	Unit        string   `json:"unit"`
	Value       float64  `json:"value"`
	Target      *float64 `json:"target"`
	Percent     *float64 `json:"percent"`
	Qualifier   string   `json:"qualifier"`
	Year        int      `json:"year"`
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`

	// Written forms keep each figure's precision as the report wrote it.
	ValueText   string `json:"value_text,omitempty"`
	TargetText  string `json:"target_text,omitempty"`
	PercentText string `json:"percent_text,omitempty"`
	Kind        string `json:"kind,omitempty"`   // "ratio", "count", "money", "percent", ...
	Period      string `json:"period,omitempty"` // "năm 2021", "6 tháng đầu năm 2019", ...
	Plan        bool   `json:"plan,omitempty"`   // a target or plan, not an achievement
	Province    string `json:"province,omitempty"`
	Page        int    `json:"page,omitempty"`
}

// Check statuses.
const (
	StatusOK           = "ok"
	StatusMismatch     = "mismatch"
	StatusUnverifiable = "unverifiable"
)

// Check is the result of recomputing one stated figure from the report's
// other figures.
type Check struct {
	Doc      string   `json:"doc"`
	File     string   `json:"file"`
	Kind     string   `json:"kind"`   // "percent", "sum", "product", "difference", "growth", "verdict", ...
	Status   string   `json:"status"` // StatusOK, StatusMismatch, StatusUnverifiable
	Stated   float64  `json:"stated"`
	Computed *float64 `json:"computed"`
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Reason   string   `json:"reason"`

	Severity     string `json:"severity,omitempty"` // "gross" or "minor" for mismatches
	StatedText   string `json:"stated_text,omitempty"`
	ComputedText string `json:"computed_text,omitempty"` // exact computed value, rounded only for display
	Page         int    `json:"page,omitempty"`
}
