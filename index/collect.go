package index

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A search sorted by relevance is collected here rather than by bleve's
// collector: the documents of the index snapshot are cut into ranges of
// internal document numbers, and each range is searched on its own
// goroutine by its own searcher (bleve's searchers are single-threaded, and
// scoring every hit of a word found in every report was most of a
// search). All the searchers are built on the same snapshot, so they score
// a document exactly as one searcher would: idf and query norm come from
// the whole snapshot, not from the range. The ranges' best hits are merged
// the way bleve's collector orders them: score, then document number (the
// order bleve finds hits in). Facets are counted from the facet table as
// each range goes. A range is searched by the plan's cursors (plan.go,
// cursor.go) when the query is of the shapes they do, which is most
// queries and 2.5 times cheaper, else by bleve's searchers.

// How many ranges a search is cut into: one per CPU, at most maxParts,
// each of at least minPartDocs documents (fewer are not worth a goroutine).
// Variables so that tests can cut a small index.
var (
	parallelism = func() int { return runtime.GOMAXPROCS(0) }
	minPartDocs = uint64(2048)
	maxParts    = 8
)

// usePlan lets benchmarks run bleve's searchers where the plan would run.
var usePlan = true

// scoredDoc is a hit kept for the page: its internal number and score.
type scoredDoc struct {
	doc   uint64
	score float64
}

// before orders hits as bleve does for a relevance sort: best score first,
// then in index order.
func before(a, b scoredDoc) int {
	if a.score != b.score {
		return cmp.Compare(b.score, a.score)
	}
	return cmp.Compare(a.doc, b.doc)
}

// part is what one range of documents gave.
type part struct {
	total  uint64
	top    []scoredDoc // the best keep hits, in no order until merged
	counts []int       // facet value counts, by table id
}

// collected is the result of searchRelevance: the page of hits, with
// their stored fields, the total and the facet counts.
type collected struct {
	hits   []*search.DocumentMatch
	total  uint64
	facets []FacetCount
}

// searchRelevance runs bq sorted by relevance, returning hits skip to
// skip+size with the stored fields named by fields, and counting facets
// when asked.
func (ix *Index) searchRelevance(ctx context.Context, bq query.Query, size, skip int, fields []string, facets bool) (collected, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return collected{}, err
	}
	r, err := adv.Reader()
	if err != nil {
		return collected{}, err
	}
	defer r.Close()
	var t *facetTable
	if facets {
		if t, err = ix.facetTables.get(ctx, r); err != nil {
			return collected{}, err
		}
	}
	p, ok, err := compilePlan(bq, r, ix.bi.Mapping())
	if err != nil {
		return collected{}, fmt.Errorf("index: search: %w", err)
	}
	ok = ok && usePlan
	ranges := splitDocs(r, parallelism())
	parts := make([]part, len(ranges))
	errs := make([]error, len(ranges))
	var wg sync.WaitGroup
	for i, rg := range ranges {
		wg.Go(func() {
			if ok {
				parts[i], errs[i] = p.searchRange(ctx, rg[0], rg[1], size+skip, t)
			} else {
				parts[i], errs[i] = ix.searchRange(ctx, bq, r, rg[0], rg[1], size+skip, t)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return collected{}, err
	}
	var out collected
	var top []scoredDoc
	var counts []int
	if t != nil {
		counts = make([]int, len(t.values))
	}
	for _, p := range parts {
		out.total += p.total
		top = append(top, p.top...)
		for i, n := range p.counts {
			counts[i] += n
		}
	}
	if t != nil {
		out.facets = (&facetCounter{t: t, counts: counts}).terms()
	}
	slices.SortFunc(top, before)
	top = top[min(skip, len(top)):min(skip+size, len(top))]
	req := &bleve.SearchRequest{Fields: fields}
	for _, h := range top {
		dm := &search.DocumentMatch{IndexInternalID: docID(h.doc), Score: h.score}
		if dm.ID, err = r.ExternalID(dm.IndexInternalID); err != nil {
			return collected{}, fmt.Errorf("index: hit %d: %w", h.doc, err)
		}
		if err, _ := bleve.LoadAndHighlightFields(dm, req, "", r, nil); err != nil {
			return collected{}, fmt.Errorf("index: hit %s: %w", dm.ID, err)
		}
		out.hits = append(out.hits, dm)
	}
	return out, nil
}

// docID is bleve's internal id of document number n (scorch: 8 bytes, big
// endian).
func docID(n uint64) bindex.IndexInternalID {
	return binary.BigEndian.AppendUint64(nil, n)
}

// splitDocs cuts the document numbers of snapshot r into at most n ranges
// [from, to) of at least minPartDocs documents each.
func splitDocs(r bindex.IndexReader, n int) [][2]uint64 {
	var docs uint64
	if snap, ok := r.(*scorch.IndexSnapshot); ok {
		for _, s := range snap.Segments() {
			docs += s.Segment().Count()
		}
	}
	n = max(1, min(n, maxParts, int(docs/minPartDocs)))
	if docs == 0 || n == 1 {
		return [][2]uint64{{0, ^uint64(0)}} // one range: whatever the count
	}
	out := make([][2]uint64, n)
	for i := range out {
		out[i] = [2]uint64{docs * uint64(i) / uint64(n), docs * uint64(i+1) / uint64(n)}
	}
	out[n-1][1] = ^uint64(0)
	return out
}

// searchRange searches the documents numbered from..to-1 with a searcher of
// its own, keeping the best keep hits and counting facets in table t (when
// not nil).
func (ix *Index) searchRange(ctx context.Context, bq query.Query, r bindex.IndexReader, from, to uint64, keep int, t *facetTable) (part, error) {
	s, err := bq.Searcher(ctx, r, ix.bi.Mapping(), search.SearcherOptions{})
	if err != nil {
		return part{}, fmt.Errorf("index: search: %w", err)
	}
	defer s.Close()
	sctx := &search.SearchContext{
		DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize()+1, 0),
		IndexReader:       r,
	}
	var p part
	fc := facetCounter{t: t}
	if t != nil {
		fc.counts = make([]int, len(t.values))
	}
	top := newTopDocs(keep)
	var d *search.DocumentMatch
	if from > 0 {
		d, err = s.Advance(sctx, docID(from))
	} else {
		d, err = s.Next(sctx)
	}
	for ; err == nil && d != nil; d, err = s.Next(sctx) {
		n := d.IndexInternalID.Value()
		if n >= to {
			break
		}
		if p.total%1024 == 0 && ctx.Err() != nil {
			return part{}, ctx.Err()
		}
		p.total++
		if t != nil {
			fc.add(n)
		}
		top.add(scoredDoc{doc: n, score: d.Score})
		sctx.DocumentMatchPool.Put(d)
	}
	if err != nil {
		return part{}, fmt.Errorf("index: search: %w", err)
	}
	p.top, p.counts = top.docs, fc.counts
	return p, nil
}

// topDocs keeps the best hits seen, up to keep of them, in a heap whose
// root is the worst kept: most hits of a common word lose to it at once.
type topDocs struct {
	keep int
	docs []scoredDoc
}

func newTopDocs(keep int) *topDocs {
	return &topDocs{keep: keep, docs: make([]scoredDoc, 0, min(keep, 1024))}
}

// worse reports whether docs[i] ranks after docs[j].
func (t *topDocs) worse(i, j int) bool { return before(t.docs[i], t.docs[j]) > 0 }

func (t *topDocs) add(d scoredDoc) {
	switch {
	case t.keep <= 0:
	case len(t.docs) < t.keep:
		t.docs = append(t.docs, d)
		for i := len(t.docs) - 1; i > 0; { // up
			p := (i - 1) / 2
			if !t.worse(i, p) {
				break
			}
			t.docs[i], t.docs[p] = t.docs[p], t.docs[i]
			i = p
		}
	case before(d, t.docs[0]) < 0: // better than the worst kept
		t.docs[0] = d
		for i := 0; ; { // down
			w, l, r := i, 2*i+1, 2*i+2
			if l < len(t.docs) && t.worse(l, w) {
				w = l
			}
			if r < len(t.docs) && t.worse(r, w) {
				w = r
			}
			if w == i {
				break
			}
			t.docs[i], t.docs[w] = t.docs[w], t.docs[i]
			i = w
		}
	}
}

// eachParallel calls f(0) to f(n-1) on parallelism() goroutines.
func eachParallel(n int, f func(i int)) {
	workers := min(n, parallelism())
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}
