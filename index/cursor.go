package index

import (
	"context"
	"math"

	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// Cursors run a plan (plan.go) over one segment: each walks the segment's
// documents matching its query in increasing number, and scores the one it
// stands on as bleve's searcher would. They are made for each range and
// segment searched, and used by one goroutine.

// noDoc is where a cursor stands once it has passed its last document.
const noDoc = math.MaxUint64

type cursor interface {
	// advance moves to the first matching document numbered target or
	// more, if the cursor is not there already, and returns its number
	// (noDoc past the end).
	advance(target uint64) uint64
	// score is the score of the document the cursor stands on.
	score() float64
}

// cursorOf makes the cursor of n over segment seg; errors of the postings
// land in *err and end the cursor. Unless scored, its terms read no
// frequencies and norms (the mustNot part).
func cursorOf(n *planNode, seg int, scored bool, err *error) cursor {
	switch n.kind {
	case planTerm:
		c := &termCursor{n: n, err: err}
		if pl := n.lists[seg]; pl != nil {
			c.it = pl.Iterator(scored, scored, false, nil)
			c.zit, _ = c.it.(*zap.PostingsIterator)
		}
		return c
	case planBool:
		c := &boolCursor{must: cursorOf(n.must, seg, scored, err)}
		if n.should != nil {
			c.should = cursorOf(n.should, seg, scored, err).(*disjCursor)
		}
		if n.mustNot != nil {
			c.mustNot = cursorOf(n.mustNot, seg, false, err)
		}
		return c
	}
	parts := make([]cursor, len(n.parts))
	for i, p := range n.parts {
		parts[i] = cursorOf(p, seg, scored, err)
	}
	if n.kind == planConj {
		return &conjCursor{parts: parts}
	}
	return &disjCursor{parts: parts, docs: make([]uint64, len(parts)), min: n.min}
}

// termCursor walks a term's postings.
type termCursor struct {
	n       *planNode
	it      segment.PostingsIterator // nil: the term is not in the segment
	p       segment.Posting
	zit     *zap.PostingsIterator // it, when zap's: called directly
	zp      *zap.Posting          // p, when zap's
	doc     uint64
	started bool
	err     *error
}

func (c *termCursor) advance(target uint64) uint64 {
	if c.started && c.doc >= target {
		return c.doc
	}
	c.started = true
	if c.it == nil || target == noDoc {
		c.doc = noDoc
		return noDoc
	}
	var p segment.Posting
	var err error
	if c.zit != nil {
		p, err = c.zit.Advance(target)
	} else {
		p, err = c.it.Advance(target)
	}
	if err != nil && *c.err == nil {
		*c.err = err
	}
	if err != nil || p == nil {
		c.doc, c.p, c.zp = noDoc, nil, nil
		return noDoc
	}
	c.p = p
	if c.zp, _ = p.(*zap.Posting); c.zp != nil {
		c.doc = c.zp.Number()
	} else {
		c.doc = p.Number()
	}
	return c.doc
}

// score is bleve's TermQueryScorer.Score, operation for operation. zap's
// Posting is called directly rather than through the segment.Posting
// interface.
func (c *termCursor) score() float64 {
	var f uint64
	var norm float64
	if c.zp != nil {
		f, norm = c.zp.Frequency(), c.zp.Norm()
	} else {
		f, norm = c.p.Frequency(), c.p.Norm()
	}
	var tf float64
	if f < uint64(len(sqrtCache)) {
		tf = sqrtCache[f]
	} else {
		tf = math.Sqrt(float64(f))
	}
	s := tf * norm * c.n.idf
	if c.n.weight != 1.0 {
		s = s * c.n.weight
	}
	return s
}

// sqrtCache is bleve's scorer.SqrtCache: math.Sqrt of small frequencies.
var sqrtCache = func() []float64 {
	t := make([]float64, 64)
	for i := range t {
		t[i] = math.Sqrt(float64(i))
	}
	return t
}()

// conjCursor stands on documents all its parts match.
type conjCursor struct {
	parts []cursor
	doc   uint64
}

func (c *conjCursor) advance(target uint64) uint64 {
	d := c.parts[0].advance(target)
	for d != noDoc {
		all := true
		for _, p := range c.parts[1:] {
			if x := p.advance(d); x != d {
				d = c.parts[0].advance(x)
				all = false
				break
			}
		}
		if all {
			break
		}
	}
	c.doc = d
	return d
}

func (c *conjCursor) score() float64 {
	var s float64
	for _, p := range c.parts {
		s += p.score()
	}
	return s
}

// disjCursor stands on documents at least min of its parts (and at least
// one) match.
type disjCursor struct {
	parts   []cursor
	docs    []uint64 // where each part stands
	min     int
	doc     uint64
	matched int
	started bool
}

func (c *disjCursor) advance(target uint64) uint64 {
	if c.started && c.doc >= target {
		return c.doc
	}
	c.started = true
	for {
		d, n := uint64(noDoc), 0
		for i, p := range c.parts {
			x := p.advance(target)
			c.docs[i] = x
			switch {
			case x < d:
				d, n = x, 1
			case x == d:
				n++
			}
		}
		if d == noDoc || n >= c.min {
			c.doc, c.matched = d, n
			return d
		}
		target = d + 1
	}
}

// score is bleve's DisjunctionQueryScorer.Score: the sum of the matching
// parts' scores, times the fraction of parts that match.
func (c *disjCursor) score() float64 {
	var s float64
	for i, p := range c.parts {
		if c.docs[i] == c.doc {
			s += p.score()
		}
	}
	return s * (float64(c.matched) / float64(len(c.parts)))
}

// boolCursor stands on documents its must part matches and its mustNot
// part does not; its should part adds to the score where it matches.
type boolCursor struct {
	must      cursor
	should    *disjCursor
	mustNot   cursor
	doc       uint64
	shouldHit bool
	started   bool
}

func (c *boolCursor) advance(target uint64) uint64 {
	if c.started && c.doc >= target {
		return c.doc
	}
	c.started = true
	for {
		d := c.must.advance(target)
		if d == noDoc {
			c.doc = noDoc
			return noDoc
		}
		if c.mustNot != nil && c.mustNot.advance(d) == d {
			target = d + 1
			continue
		}
		hit := c.should != nil && c.should.advance(d) == d
		if !hit && c.should != nil && c.should.min > 0 {
			target = d + 1
			continue
		}
		c.doc, c.shouldHit = d, hit
		return d
	}
}

// score is bleve's BooleanSearcher scoring: must, plus should where it
// matches.
func (c *boolCursor) score() float64 {
	var s float64
	s += c.must.score()
	if c.shouldHit {
		s += c.should.score()
	}
	return s
}

// searchRange runs p over the documents numbered from..to-1, keeping the
// best keep hits and counting facets in table t (when not nil).
func (p *plan) searchRange(ctx context.Context, from, to uint64, keep int, t *facetTable) (part, error) {
	var out part
	fc := facetCounter{t: t}
	if t != nil {
		fc.counts = make([]int, len(t.values))
	}
	top := newTopDocs(keep)
	var err error
	for i, s := range p.segs {
		off, n := p.offsets[i], s.Segment().Count()
		lo, hi := max(from, off), min(to, off+n)
		if lo >= hi {
			continue
		}
		c := cursorOf(p.root, i, true, &err)
		for d := c.advance(lo - off); d < hi-off; d = c.advance(d + 1) {
			if out.total%1024 == 0 && ctx.Err() != nil {
				return part{}, ctx.Err()
			}
			out.total++
			g := off + d
			if t != nil {
				fc.add(g)
			}
			top.add(scoredDoc{doc: g, score: c.score()})
		}
		if err != nil {
			return part{}, err
		}
	}
	out.top, out.counts = top.docs, fc.counts
	return out, nil
}
