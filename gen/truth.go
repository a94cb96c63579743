package gen

// Claim forms, the Form of a Truth line.
const (
	FormRatio      = "ratio"         // "a/b đơn vị, đạt p% kế hoạch"
	FormParen      = "percent_paren" // "đạt p% kế hoạch (a/b đơn vị)"
	FormCount      = "count"         // "n đơn vị"
	FormMoney      = "money"         // "x triệu đồng", "y,z tỷ đồng"
	FormTotal      = "sum_total"     // "a ... và b ..., tổng cộng N"
	FormParts      = "sum_parts"     // "tổng số N, trong đó: a, b, c"
	FormProduct    = "product"       // "n người ... T triệu đồng (xđ/người)"
	FormDifference = "difference"    // "giảm từ A xuống còn B, giảm C"
	FormVerdict    = "verdict"       // "a/b (không đạt kế hoạch)"
	FormShare      = "share"         // "N hộ, trong đó a hộ ..., chiếm p%"
	FormPlan       = "plan"          // a target in the plans section
	FormTable      = "table"         // a row of the results table
)

// Truth is one line of truth.jsonl: a file, a figure (record) or a check
// the generator knows is in a file.
type Truth struct {
	File   string `json:"file"` // path relative to the corpus folder
	Format string `json:"format"`
	Kind   string `json:"kind"` // "file", "record" or "check"
	Form   string `json:"form,omitempty"`
	Text   string `json:"text,omitempty"` // the claim as written (UTF-8)

	// files
	Province    string `json:"province,omitempty"`
	Year        int    `json:"year,omitempty"`
	Corrupt     bool   `json:"corrupt,omitempty"`      // the import must fail on it
	DuplicateOf string `json:"duplicate_of,omitempty"` // same bytes as this file

	// records
	Indicator string   `json:"indicator,omitempty"` // taxonomy id
	Unit      string   `json:"unit,omitempty"`
	Value     *float64 `json:"value,omitempty"`
	Target    *float64 `json:"target,omitempty"`
	Percent   *float64 `json:"percent,omitempty"`
	Plan      bool     `json:"plan,omitempty"`

	// checks
	Check   string   `json:"check,omitempty"` // percent, sum, product, difference, verdict, share
	Stated  *float64 `json:"stated,omitempty"`
	Status  string   `json:"status,omitempty"` // the status a correct checker gives: ok or mismatch
	Planted bool     `json:"planted,omitempty"`
}

func f64(x float64) *float64 { return &x }
