package meta

import (
	"strconv"
	"strings"

	"baocao/place"
)

// Meta is what Read found. Empty fields were not found.
type Meta struct {
	Title  string // "Đánh giá kết quả thực hiện nhiệm vụ trọng tâm năm 2021 ..."; for a news article its headline
	Number string // "17/BC-SLĐ-TBXH"; a draft without a number keeps its code: "/BC-SLĐTBXH"
	// Date is YYYY-MM-DD, and only when day, month and year are all
	// written. A draft often leaves the day blank ("ngày   tháng 11 năm
	// 2021"): Date is then empty and Month holds "2021-11".
	Date  string
	Month string // YYYY-MM whenever month and year are known (also when Date is set)
	Year  int    // from the date, else the title ("năm 2021"), else the year the body names most
	// Province is the canonical name of the province the report is from, as
	// it was named (a historical unit such as "Hà Tây" stays itself);
	// Province2025 is the unit it lies in since the 2025 reform.
	Province     string
	Province2025 string
	Agency       string // "Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân huyện Bác Ái"
	Type         string // "Báo cáo", "Kế hoạch", "Quyết định", "Công văn", ..., "Tin tức" for a news article
	TitleFrom    string // FromHeader, FromHeadline or FromHint

	Spans Spans // where each field was read, when it came from the text
}

// Span is a byte range [Start, End) of the text; the zero Span means the
// field was not read from the text (inferred from a code, the hint, a count).
type Span struct{ Start, End int }

// Spans holds the span of each field read from the text.
type Spans struct {
	Title, Number, Date, Type, Agency, Province Span
}

// Values of TitleFrom: it says where the title came
// from, for callers that want to trust a header title more than a guess.
const (
	FromHeader   = "header"   // the line after the type line, or V/v
	FromHeadline = "headline" // a news article's headline
	FromHint     = "hint"     // the file's own title property
)

// maxHeader bounds how much of the text the header search reads: a header
// is within the first lines, and a huge text must not cost more.
const maxHeader = 8 << 10

// Read returns the metadata of a report whose stored text is text; hint is
// the title from the file's own properties (HTML <title>, docx core title),
// used when the text has no title of its own, or "". Read is safe for
// concurrent use.
func Read(text, hint string) Meta {
	var m Meta
	h := scanHeader(text)
	m.Number, m.Spans.Number = h.number.text, h.number.span
	m.Type, m.Spans.Type = h.typ, h.typSpan
	if m.Type == "" {
		m.Type = typeFromNumber(m.Number)
	}
	m.Title, m.Spans.Title, m.TitleFrom = h.title, h.titleSpan, h.titleFrom
	if m.Type == "" && m.Number == "" && h.newsDate {
		m.Type = "Tin tức"
	}
	if m.Title == "" {
		if t := usableHint(hint); t != "" {
			m.Title, m.TitleFrom = t, FromHint
		}
	}
	m.Date, m.Month, m.Spans.Date = h.date.full, h.date.month, h.date.span
	m.Year = h.date.year
	if m.Year == 0 {
		m.Year = yearOf(m.Title, text)
	}
	m.Agency, m.Spans.Agency = agencyOf(text, h)
	m.Province, m.Spans.Province = provinceOf(text, h)
	if national(m.Agency) {
		// "Hà Nội, ngày ..." under a ministry's header is where it sits,
		// not what the document is about.
		m.Province, m.Spans.Province = "", Span{}
	}
	if p, ok := place.Lookup(m.Province); ok {
		m.Province2025 = p.Current2025
	}
	return m
}

// String renders m one field per line, for golden files and debugging.
func (m Meta) String() string {
	var b strings.Builder
	field := func(name, v string, s Span) {
		b.WriteString(name)
		b.WriteString(": ")
		b.WriteString(v)
		if s != (Span{}) {
			b.WriteString("  @")
			b.WriteString(strconv.Itoa(s.Start))
			b.WriteString("-")
			b.WriteString(strconv.Itoa(s.End))
		}
		b.WriteString("\n")
	}
	field("type", m.Type, m.Spans.Type)
	field("number", m.Number, m.Spans.Number)
	field("date", m.Date, m.Spans.Date)
	field("month", m.Month, Span{})
	field("year", strconv.Itoa(m.Year), Span{})
	field("title", m.Title, m.Spans.Title)
	field("agency", m.Agency, m.Spans.Agency)
	field("province", m.Province, m.Spans.Province)
	field("province2025", m.Province2025, Span{})
	return b.String()
}
