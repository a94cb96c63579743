package index

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"baocao/vntext"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Query is one search. Zero fields do not filter.
type Query struct {
	// Text holds words and "quoted phrases"; a document must contain every
	// one (a leading - excludes a word or phrase). Each matches with or
	// without diacritics: "giai quyet" finds "giải quyết"; a match with the
	// diacritics as typed ranks higher.
	Text     string
	Province string // compared folded: "lang son" matches "Lạng Sơn"
	Year     int
	Type     string // exact facet values
	Format   string
	Encoding string
	Limit    int  // hits to return; 0 means DefaultLimit, at most MaxLimit
	Offset   int  // hits to skip, for paging
	Facets   bool // count hits per province, year, type, format, encoding
}

// Search limits.
const (
	DefaultLimit = 20
	MaxLimit     = 1000
)

// Scoring weights: a match with the diacritics as typed outweighs a match of
// the folded form only ("tăng" before "tầng"), and a title match outweighs a
// text match.
const (
	exactBoost = 4.0
	titleBoost = 2.0
	// proximityBoost weighs the optional phrase made of all the words of a
	// query (up to maxProximityWords of them).
	proximityBoost    = 2.0
	maxProximityWords = 8
)

// Result is what Search found. Its JSON is the search object of the contract
// (shared/docs/CONTRACT.md).
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets,omitempty"` // "province", "year", "type", "format", "encoding"
	Took   time.Duration           `json:"-"`
}

// Hit is one document found.
type Hit struct {
	Doc   string  `json:"doc"`
	File  string  `json:"file"`
	Title string  `json:"title"`
	Score float64 `json:"score"`
	// Fragments are short passages of the text with the matches between
	// MarkStart and MarkEnd. They are plain text: escape them for HTML
	// (HTMLFragment does), never insert them raw.
	Fragments []string `json:"fragments"`

	Province string `json:"province,omitempty"`
	Date     string `json:"date,omitempty"`
	Year     int    `json:"year,omitempty"`
}

// FacetCount is how many hits have one value of a facet.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// facets maps a facet's name in Result.Facets to its field and size.
var facets = []struct {
	name, field string
	size        int
}{
	{"province", fieldProvince, 100},
	{"year", fieldYearKey, 50},
	{"type", fieldType, 20},
	{"format", fieldFormat, 20},
	{"encoding", fieldEncoding, 20},
}

// Search runs q. An empty q.Text lists every document (filtered), with the
// opening of its text as fragment.
func (ix *Index) Search(ctx context.Context, q Query) (Result, error) {
	start := time.Now()
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	req := bleve.NewSearchRequestOptions(buildQuery(q), limit, max(q.Offset, 0), false)
	req.Fields = []string{fieldFile, fieldTitle, fieldText, fieldProvince, fieldDate, fieldYear}
	req.IncludeLocations = true
	req.SortBy([]string{"-_score", "_id"})
	if q.Facets {
		for _, f := range facets {
			req.AddFacet(f.name, bleve.NewFacetRequest(f.field, f.size))
		}
	}
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return Result{}, fmt.Errorf("index: search %q: %w", q.Text, err)
	}
	res := Result{Total: sr.Total, Hits: make([]Hit, 0, len(sr.Hits))}
	for _, h := range sr.Hits {
		text, _ := h.Fields[fieldText].(string)
		file, _ := h.Fields[fieldFile].(string)
		title, _ := h.Fields[fieldTitle].(string)
		province, _ := h.Fields[fieldProvince].(string)
		date, _ := h.Fields[fieldDate].(string)
		year, _ := h.Fields[fieldYear].(float64)
		res.Hits = append(res.Hits, Hit{
			Doc:       h.ID,
			File:      file,
			Title:     title,
			Score:     h.Score,
			Fragments: fragments(text, spans(h.Locations[fieldText], h.Locations[fieldTextFolded])),
			Province:  province,
			Date:      date,
			Year:      int(year),
		})
	}
	if q.Facets {
		res.Facets = map[string][]FacetCount{}
		for _, f := range facets {
			counts := []FacetCount{}
			if fr := sr.Facets[f.name]; fr != nil {
				for _, t := range fr.Terms.Terms() {
					counts = append(counts, FacetCount{Value: t.Term, Count: t.Count})
				}
			}
			res.Facets[f.name] = counts
		}
	}
	res.Took = time.Since(start)
	return res, nil
}

// buildQuery turns q into a bleve query: every clause of q.Text must match
// (each as exact-or-folded), and the filters must hold.
func buildQuery(q Query) query.Query {
	var must, should, mustNot []query.Query
	var words []string
	clauses := parseText(q.Text)
	for _, c := range clauses {
		if c.not {
			mustNot = append(mustNot, c.query())
			continue
		}
		must = append(must, c.query())
		if !c.phrase {
			words = append(words, c.text)
		}
	}
	// Words that also stand together as typed rank higher: "giai quyet
	// viec lam" puts the reports saying "giải quyết việc làm" before those
	// that only use the four words apart. One field only (exact when typed
	// with diacritics, else folded): phrase matching is most of the cost of
	// a search for common words.
	if len(words) >= 2 && len(words) <= maxProximityWords {
		p := clause{text: strings.Join(words, " "), phrase: true, textOnly: true, asTyped: true}.query()
		p.(query.BoostableQuery).SetBoost(proximityBoost)
		should = append(should, p)
	}
	if strings.TrimSpace(q.Text) != "" && len(clauses) == 0 {
		return bleve.NewMatchNoneQuery() // only punctuation: nothing can match
	}
	if len(must) == 0 {
		must = append(must, bleve.NewMatchAllQuery())
	}
	if q.Province != "" {
		must = append(must, term(fieldProvinceKey, vntext.Fold(strings.TrimSpace(q.Province))))
	}
	if q.Year != 0 {
		y := float64(q.Year)
		incl := true
		r := bleve.NewNumericRangeInclusiveQuery(&y, &y, &incl, &incl)
		r.SetField(fieldYear)
		must = append(must, r)
	}
	for field, v := range map[string]string{fieldType: q.Type, fieldFormat: q.Format, fieldEncoding: q.Encoding} {
		if v != "" {
			must = append(must, term(field, v))
		}
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(must...)
	if len(should) > 0 {
		bq.AddShould(should...)
	}
	if len(mustNot) > 0 {
		bq.AddMustNot(mustNot...)
	}
	return bq
}

func term(field, v string) query.Query {
	t := bleve.NewTermQuery(v)
	t.SetField(field)
	return t
}

// clause is one word or quoted phrase of a query text.
type clause struct {
	text     string
	phrase   bool
	not      bool
	textOnly bool // match in the text fields only, not the title
	asTyped  bool // match exact or folded only, as typed (as exclusions do)
}

// clauseFields are the fields a clause is matched in, with their analyzer
// and boost.
var clauseFields = []struct {
	field, analyzer string
	boost           float64
	folded, title   bool
}{
	{fieldText, exactAnalyzerName, exactBoost, false, false},
	{fieldTextFolded, foldedAnalyzerName, 1, true, false},
	{fieldTitle, exactAnalyzerName, exactBoost * titleBoost, false, true},
	{fieldTitleFolded, foldedAnalyzerName, titleBoost, true, true},
}

// query matches the clause in the text and title, exact or folded. An
// exclusion matches one way only, as typed: "-tầng" must not exclude "tăng",
// while "-tang" excludes every spelling.
func (c clause) query() query.Query {
	typedFolded := vntext.Fold(c.text) == strings.ToLower(c.text)
	var alts []query.Query
	for _, f := range clauseFields {
		if (c.not || c.asTyped) && f.folded != typedFolded || c.textOnly && f.title {
			continue
		}
		var m interface {
			query.FieldableQuery
			query.BoostableQuery
		}
		if c.phrase {
			p := bleve.NewMatchPhraseQuery(c.text)
			p.Analyzer = f.analyzer
			m = p
		} else {
			w := bleve.NewMatchQuery(c.text)
			w.Analyzer = f.analyzer
			w.SetOperator(query.MatchQueryOperatorAnd)
			m = w
		}
		m.SetField(f.field)
		m.SetBoost(f.boost)
		alts = append(alts, m)
	}
	return bleve.NewDisjunctionQuery(alts...)
}

// parseText splits a query text into words and "quoted phrases"; an
// unclosed quote runs to the end. Clauses without a letter or digit are
// dropped: they analyse to nothing and would match nothing.
func parseText(s string) []clause {
	var out []clause
	add := func(c clause) {
		c.text = strings.TrimSpace(c.text)
		if strings.IndexFunc(c.text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			if c.phrase && !strings.ContainsFunc(c.text, unicode.IsSpace) {
				c.phrase = false
			}
			out = append(out, c)
		}
	}
	for s != "" {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		not := false
		if strings.HasPrefix(s, "-") && len(s) > 1 && !unicode.IsSpace(rune(s[1])) {
			not, s = true, s[1:]
		}
		if strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") {
			s = strings.TrimPrefix(strings.TrimPrefix(s, `"`), "“")
			end := strings.IndexAny(s, `"”`)
			if end < 0 {
				end = len(s)
			}
			add(clause{text: s[:end], phrase: true, not: not})
			s = s[end:]
			_, n := firstRune(s)
			s = s[n:]
			continue
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		add(clause{text: s[:end], not: not})
		s = s[end:]
	}
	return out
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}
