package index

import (
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// A relevance search of the shapes buildQuery makes (terms, match queries,
// conjunctions, disjunctions and boolean queries of them) is not run by
// bleve's searchers but by cursors over the segments' postings (cursor.go).
// bleve's searchers pass a DocumentMatch through every level of the query
// for every posting, and that, not reading the postings, was most of the
// cost of a word found in every report.
//
// The scores must stay bleve's to the bit, so the plan copies what bleve's
// searchers do (bleve v2 search/searcher and search/scorer, TF-IDF):
//
//   - a term scores sqrt(freq) * norm * idf, times its query weight
//     boost * idf * queryNorm, unless it is the whole query (weight 1);
//     idf = 1 + ln(docs / (docFreq + 1)) over the whole snapshot;
//   - queryNorm = 1 / sqrt(sum of (boost * idf)²) over the scored terms, set
//     by the outermost compound query;
//   - a conjunction sums its parts' scores, a disjunction sums those that
//     match times matched/parts (coord), a boolean query adds its should
//     part's score to its must part's when it matches;
//   - conjunctions and disjunctions order their parts by document count
//     (sort.Sort, as bleve does) and sum in that order, since a float sum
//     depends on its order.
//
// Anything else (prefixes, numeric ranges, match-all, match-none, a
// disjunction of more than ten parts, which bleve runs with a heap) makes
// compile give up, and the search runs through bleve's searchers.

// planKind is what a plan node does.
type planKind int

const (
	planTerm planKind = iota
	planConj
	planDisj
	planBool
)

// planNode is one query of the plan, shared by the goroutines searching
// ranges of it: they only read it.
type planNode struct {
	kind planKind

	// planTerm
	field, term string
	boost       float64
	idf         float64
	weight      float64                // the query weight; 1 until a compound query sets a norm
	lists       []segment.PostingsList // by segment; nil where the term is absent
	docFreq     uint64

	// planConj and planDisj: the parts in bleve's order
	parts []*planNode
	min   int // planDisj: parts that must match

	// planBool
	must, should, mustNot *planNode
}

// disjunctionHeapTakeover is bleve's searcher.DisjunctionHeapTakeover: a
// disjunction of more parts is run with a heap, which sums its parts' scores
// in another order.
const disjunctionHeapTakeover = 10

// plan is a compiled query: its root, and the snapshot's segments with
// their first document numbers.
type plan struct {
	root    *planNode
	segs    []*scorch.SegmentSnapshot
	offsets []uint64 // global number of each segment's document 0
}

// compilePlan turns q into a plan over snapshot r, or returns false when q
// holds something the plan does not do the way bleve does.
func compilePlan(q query.Query, r any, m mapping.IndexMapping) (*plan, bool, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, false, nil
	}
	root, ok := planOf(q, m, false)
	if !ok {
		return nil, false, nil
	}
	p := &plan{root: root, segs: snap.Segments()}
	var off uint64
	for _, s := range p.segs {
		p.offsets = append(p.offsets, off)
		off += s.Segment().Count()
	}
	docs, err := snap.DocCount()
	if err != nil {
		return nil, false, err
	}
	dicts := map[string][]segment.TermDictionary{}
	var terms []*planNode
	root.each(func(n *planNode) {
		if n.kind == planTerm {
			terms = append(terms, n)
		}
	})
	for _, n := range terms {
		ds, ok := dicts[n.field]
		if !ok {
			for _, s := range p.segs {
				d, err := s.Segment().Dictionary(n.field)
				if err != nil {
					return nil, false, err
				}
				ds = append(ds, d)
			}
			dicts[n.field] = ds
		}
		n.lists = make([]segment.PostingsList, len(p.segs))
		for i, s := range p.segs {
			pl, err := ds[i].PostingsList([]byte(n.term), s.Deleted(), nil)
			if err != nil {
				return nil, false, err
			}
			n.lists[i] = pl
			n.docFreq += pl.Count()
		}
		n.idf = 1.0 + math.Log(float64(docs)/float64(n.docFreq+1))
	}
	root.order()
	if root.kind != planTerm {
		root.setNorm(1.0 / math.Sqrt(root.sumWeights()))
	}
	return p, true, nil
}

// planOf translates q as bleve's Searcher methods would build it. Leapt
// tells that q's searcher would be advanced by a conjunction or disjunction
// of several parts (or a boolean query's should or mustNot part), rather
// than only stepped with Next: bleve's BooleanSearcher then advances its
// should part past a match it already holds (BooleanSearcher.Advance,
// bleve v2.6.3) and drops its bonus, which the cursors do not copy, so a
// boolean query there (a phrase typed with diacritics beside other terms)
// is left to bleve.
func planOf(q query.Query, m mapping.IndexMapping, leapt bool) (*planNode, bool) {
	switch q := q.(type) {
	case *query.TermQuery:
		if q.Field() == "" {
			return nil, false
		}
		return &planNode{kind: planTerm, field: q.Field(), term: q.Term, boost: q.Boost(), weight: 1}, true
	case *query.MatchQuery:
		if q.Field() == "" || q.Fuzziness != 0 {
			return nil, false
		}
		name := q.Analyzer
		if name == "" {
			name = m.AnalyzerNameForPath(q.Field())
		}
		a := m.AnalyzerNamed(name)
		if a == nil {
			return nil, false
		}
		tokens := a.Analyze([]byte(q.Match))
		if len(tokens) == 0 {
			return nil, false
		}
		n := &planNode{kind: planConj}
		if q.Operator == query.MatchQueryOperatorOr {
			n.kind, n.min = planDisj, 1
		} else if q.Operator != query.MatchQueryOperatorAnd {
			return nil, false
		}
		for _, t := range tokens {
			n.parts = append(n.parts, &planNode{kind: planTerm, field: q.Field(), term: string(t.Term), boost: q.Boost(), weight: 1})
		}
		return n, n.kind == planConj || len(n.parts) <= disjunctionHeapTakeover
	case *query.ConjunctionQuery:
		n := &planNode{kind: planConj}
		for _, c := range q.Conjuncts {
			p, ok := planOf(c, m, leapt || len(q.Conjuncts) > 1)
			if !ok {
				return nil, false
			}
			n.parts = append(n.parts, p)
		}
		return n, len(n.parts) > 0
	case *query.DisjunctionQuery:
		n := &planNode{kind: planDisj, min: int(q.Min)}
		for _, c := range q.Disjuncts {
			p, ok := planOf(c, m, true)
			if !ok {
				return nil, false
			}
			n.parts = append(n.parts, p)
		}
		return n, len(n.parts) > 0 && len(n.parts) <= disjunctionHeapTakeover
	case *query.BooleanQuery:
		if q.Filter != nil || leapt {
			return nil, false
		}
		n := &planNode{kind: planBool}
		for _, c := range []struct {
			q     query.Query
			out   **planNode
			leapt bool
		}{{q.Must, &n.must, false}, {q.Should, &n.should, true}, {q.MustNot, &n.mustNot, true}} {
			if c.q == nil {
				continue
			}
			p, ok := planOf(c.q, m, c.leapt)
			if !ok {
				return nil, false
			}
			*c.out = p
		}
		switch {
		case n.must == nil: // bleve then leads with should, or match-all
			return nil, false
		case n.should == nil && n.mustNot == nil:
			return n.must, true
		case n.should != nil && n.should.kind != planDisj: // bleve's Should is always a disjunction
			return nil, false
		}
		return n, true
	}
	return nil, false
}

// each calls f on n and every node below it.
func (n *planNode) each(f func(*planNode)) {
	f(n)
	for _, p := range n.parts {
		p.each(f)
	}
	for _, p := range []*planNode{n.must, n.should, n.mustNot} {
		if p != nil {
			p.each(f)
		}
	}
}

// count is bleve's Searcher.Count: what conjunctions and disjunctions
// order their parts by.
func (n *planNode) count() uint64 {
	switch n.kind {
	case planTerm:
		return n.docFreq
	case planBool:
		c := n.must.count()
		if n.should != nil {
			c += n.should.count()
		}
		return c
	}
	var c uint64
	for _, p := range n.parts {
		c += p.count()
	}
	return c
}

// byCount is bleve's searcher.OrderedSearcherList, sorted with the same
// sort.Sort so that equal counts end in the same order.
type byCount []*planNode

func (s byCount) Len() int           { return len(s) }
func (s byCount) Less(i, j int) bool { return s[i].count() < s[j].count() }
func (s byCount) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// order sorts the parts of every conjunction and disjunction, innermost
// first (bleve builds the inner searchers first, but counts do not change
// with order).
func (n *planNode) order() {
	for _, p := range n.parts {
		p.order()
	}
	for _, p := range []*planNode{n.must, n.should, n.mustNot} {
		if p != nil {
			p.order()
		}
	}
	if n.kind == planConj || n.kind == planDisj {
		sort.Sort(byCount(n.parts))
	}
}

// sumWeights is bleve's Searcher.Weight: the sum of squared term weights
// of the scored parts, in the parts' order.
func (n *planNode) sumWeights() float64 {
	switch n.kind {
	case planTerm:
		w := n.boost * n.idf
		return w * w
	case planBool:
		var w float64
		w += n.must.sumWeights()
		if n.should != nil {
			w += n.should.sumWeights()
		}
		return w
	}
	var w float64
	for _, p := range n.parts {
		w += p.sumWeights()
	}
	return w
}

// setNorm is bleve's SetQueryNorm: it sets the query weight of every
// scored term.
func (n *planNode) setNorm(norm float64) {
	switch n.kind {
	case planTerm:
		n.weight = n.boost * n.idf * norm
	case planBool:
		n.must.setNorm(norm)
		if n.should != nil {
			n.should.setNorm(norm)
		}
	default:
		for _, p := range n.parts {
			p.setNorm(norm)
		}
	}
}
