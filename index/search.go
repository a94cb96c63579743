package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// Query is one search. Zero fields do not filter.
type Query struct {
	// Text is the query text, in the syntax doc.go describes: words (all
	// must match), OR, -exclusions, "phrases", prefix*, and field:value
	// filters. Each word matches with or without diacritics: "giai quyet"
	// finds "giải quyết"; a match with the diacritics as typed ranks higher.
	Text      string
	Province  string // compared folded: "lang son" matches "Lạng Sơn"
	Year      int    // one year; YearFrom and YearTo are then ignored
	YearFrom  int    // years from..to, inclusive; 0 leaves an end open
	YearTo    int
	Type      string // compared folded
	Format    string // compared in lower case
	Encoding  string
	Indicator string // an indicator id of the document's records
	Sort      string // SortRelevance (also "") or SortDate
	Limit     int    // hits to return; 0 means DefaultLimit, at most MaxLimit
	Offset    int    // hits to skip, for paging
	Facets    bool   // count hits per province, year, type, format, encoding
}

// Orders of the hits.
const (
	SortRelevance = "relevance" // best score first
	SortDate      = "date"      // newest first, then best score
)

// ErrSort means Query.Sort names no known order.
var ErrSort = errors.New("index: unknown sort order; want relevance or date")

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

// facets are the names of the facets in Result.Facets, with the number of
// values each returns at most (the most frequent).
var facets = []struct {
	name string
	size int
}{
	{"province", 100},
	{"year", 50},
	{"type", 20},
	{"format", 20},
	{"encoding", 20},
}

// maxFacetValues bounds the values counted in the facets field, all facets
// together.
const maxFacetValues = 1000

// facetValue is how the facets field holds value v of facet name.
func facetValue(name, v string) string { return name + ":" + v }

// splitFacets turns the counts of the facets field (most frequent first)
// into Result.Facets, each facet keeping its values' order.
func splitFacets(terms []FacetCount) map[string][]FacetCount {
	out := make(map[string][]FacetCount, len(facets))
	size := make(map[string]int, len(facets))
	for _, f := range facets {
		out[f.name] = []FacetCount{}
		size[f.name] = f.size
	}
	for _, t := range terms {
		name, v, ok := strings.Cut(t.Value, ":")
		if !ok || len(out[name]) >= size[name] {
			continue
		}
		out[name] = append(out[name], FacetCount{Value: v, Count: t.Count})
	}
	return out
}

// Search runs q. An empty q.Text lists every document (filtered), with the
// opening of its text as fragment.
func (ix *Index) Search(ctx context.Context, q Query) (Result, error) {
	start := time.Now()
	r, gen, ok := ix.cached(q, start)
	if ok {
		return r, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	bq, mk := buildQuery(q, ix.docFreq(ctx))
	req := bleve.NewSearchRequestOptions(bq, limit, max(q.Offset, 0), false)
	req.Fields = []string{fieldFile, fieldTitle, fieldProvince, fieldDate, fieldYear}
	if ix.text == nil {
		req.Fields = append(req.Fields, fieldBody)
	}
	byScore := false
	switch q.Sort {
	case "", SortRelevance:
		if mk.empty() {
			// Filters only: every hit is as good; list them by id.
			req.Score = "none"
			req.SortBy([]string{"_id"})
		} else {
			byScore = true
		}
	case SortDate:
		req.SortBy([]string{"-" + fieldDate, "-_score"})
	default:
		return Result{}, fmt.Errorf("index: search %q: sort %q: %w", q.Text, q.Sort, ErrSort)
	}
	var c collected
	var err error
	if byScore {
		c, err = ix.searchRelevance(ctx, bq, req.Size, req.From, req.Fields, q.Facets)
	} else {
		c, err = ix.searchBleve(ctx, req, q.Facets)
	}
	if err != nil {
		return Result{}, fmt.Errorf("index: search %q: %w", q.Text, err)
	}
	res := Result{Total: c.total, Hits: make([]Hit, len(c.hits))}
	// Each hit's text is read and scanned for marks: a tenth of a search,
	// shared out like the search itself.
	eachParallel(len(c.hits), func(i int) {
		h := c.hits[i]
		file, _ := h.Fields[fieldFile].(string)
		title, _ := h.Fields[fieldTitle].(string)
		province, _ := h.Fields[fieldProvince].(string)
		date, _ := h.Fields[fieldDate].(string)
		year, _ := h.Fields[fieldYear].(float64)
		text := ix.hitText(h.ID, h.Fields)
		res.Hits[i] = Hit{
			Doc:       h.ID,
			File:      file,
			Title:     title,
			Score:     h.Score,
			Fragments: fragments(text, mk.spans(text)),
			Province:  province,
			Date:      date,
			Year:      int(year),
		}
	})
	if q.Facets {
		res.Facets = splitFacets(c.facets)
	}
	res.Took = time.Since(start)
	ix.results.put(q, res, gen)
	return res, nil
}

// searchBleve runs req with bleve's own collector, for the orders other
// than relevance (searchRelevance), counting facets when asked.
func (ix *Index) searchBleve(ctx context.Context, req *bleve.SearchRequest, facets bool) (collected, error) {
	var fc facetCounter
	if facets {
		ctx = ix.countFacets(ctx, &fc)
	}
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return collected{}, err
	}
	c := collected{hits: sr.Hits, total: sr.Total}
	if facets {
		c.facets = fc.terms()
	}
	return c, nil
}
