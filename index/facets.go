package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Facets are counted from a table built once per index snapshot, not by
// bleve's facet builder. bleve reads the doc values of every hit, decoding
// a chunk and hashing each value as a string: for a word in every report
// that was 40 % of a search. The table lists, for each internal document
// number of the snapshot, the ids of its values in the facets field; a hit
// then costs a few array increments. It is built from the field's postings
// (every facet value once, about five per document) the first time a
// snapshot is searched with facets, which costs about one bleve facet count
// over every document; a read-only index (serve) keeps one snapshot for
// good, a writer gets a new one at each commit.

// facetTable maps the documents of one index snapshot to facet value ids.
type facetTable struct {
	snap   any      // the index reader (snapshot) it was built from
	values []string // id → facets field term, "province:Nghệ An"
	start  []uint32 // document number n has ids[start[n]:start[n+1]]
	ids    []uint32
}

// facetTableCache holds the table of the last snapshot searched.
type facetTableCache struct {
	mu sync.Mutex
	t  *facetTable
}

// get returns the table of snapshot r, building it if the cached one is of
// another snapshot.
func (c *facetTableCache) get(ctx context.Context, r bindex.IndexReader) (*facetTable, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.t != nil && c.t.snap == any(r) {
		return c.t, nil
	}
	t, err := buildFacetTable(ctx, r)
	if err != nil {
		return nil, err
	}
	c.t = t
	return t, nil
}

// buildFacetTable reads every term of the facets field and its postings.
func buildFacetTable(ctx context.Context, r bindex.IndexReader) (*facetTable, error) {
	dict, err := r.FieldDict(fieldFacets)
	if err != nil {
		return nil, fmt.Errorf("index: facets: %w", err)
	}
	defer dict.Close()
	t := &facetTable{snap: any(r)}
	type posting struct {
		doc uint64
		id  uint32
	}
	var ps []posting
	var maxDoc uint64
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("index: facets: %w", err)
		}
		if e == nil {
			break
		}
		id := uint32(len(t.values))
		t.values = append(t.values, e.Term)
		tfr, err := r.TermFieldReader(ctx, []byte(e.Term), fieldFacets, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("index: facets: %w", err)
		}
		var buf bindex.TermFieldDoc
		for {
			d, err := tfr.Next(&buf) // reused: one allocation per term, not per posting
			if err != nil {
				tfr.Close()
				return nil, fmt.Errorf("index: facets: %w", err)
			}
			if d == nil {
				break
			}
			n := d.ID.Value()
			maxDoc = max(maxDoc, n)
			ps = append(ps, posting{n, id})
		}
		tfr.Close()
	}
	// counting sort by document: start[n+1] ends n's ids
	t.start = make([]uint32, maxDoc+2)
	for _, p := range ps {
		t.start[p.doc+1]++
	}
	for i := 1; i < len(t.start); i++ {
		t.start[i] += t.start[i-1]
	}
	t.ids = make([]uint32, len(ps))
	fill := slices.Clone(t.start)
	for _, p := range ps {
		t.ids[fill[p.doc]] = p.id
		fill[p.doc]++
	}
	return t, nil
}

// facetCounter counts the facet values of the hits of one search.
type facetCounter struct {
	t      *facetTable
	counts []int
}

// add counts the values of the document with internal number n.
func (fc *facetCounter) add(n uint64) {
	if n+1 >= uint64(len(fc.t.start)) { // no facet values
		return
	}
	for _, id := range fc.t.ids[fc.t.start[n]:fc.t.start[n+1]] {
		fc.counts[id]++
	}
}

// terms returns the counted values as bleve's terms facet on the facets
// field would: most frequent first, ties in byte order of the term, at most
// maxFacetValues.
func (fc *facetCounter) terms() []FacetCount {
	var out []FacetCount
	for id, n := range fc.counts {
		if n > 0 {
			out = append(out, FacetCount{Value: fc.t.values[id], Count: n})
		}
	}
	slices.SortFunc(out, func(a, b FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Value, b.Value)
	})
	return out[:min(len(out), maxFacetValues)]
}

// countFacets returns ctx made to have bleve's collector pass every hit to
// fc as well, its table being that of the snapshot searched.
func (ix *Index) countFacets(ctx context.Context, fc *facetCounter) context.Context {
	mk := func(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
		next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
		if err != nil {
			return nil, false, err
		}
		if next == nil {
			return nil, false, errors.New("index: facets: not a top-n search")
		}
		t, err := ix.facetTables.get(ctx, sctx.IndexReader)
		if err != nil {
			return nil, false, err
		}
		fc.t, fc.counts = t, make([]int, len(t.values))
		return func(d *search.DocumentMatch) error {
			if d != nil {
				fc.add(d.IndexInternalID.Value())
			}
			return next(d)
		}, loadID, nil
	}
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(mk))
}
