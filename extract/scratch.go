package extract

import (
	"sync"

	"baocao"
)

// scratch is what reading the records of one text needs only while it
// runs: the text's lower case, its figures and their values, the
// sections of its lines. Reports are read by the thousand; kept in a pool,
// these are made once per worker rather than once per text, and the
// garbage collector has little to do.
//
// Nothing a call returns may point into a scratch's reused room: records
// hold slices of the text and the floats of their own slab, never of low;
// the records and the Numbers that RecordsNumbers hands out are carved
// from slabs (out) that are never written again.
type scratch struct {
	low  []byte   // lowerInto's buffer
	ns   []Number // the figures of Records, whose Numbers are not handed out
	fs   []figure
	vals rats // their values
	sec  sections

	rows  []baocao.Record // the records of the tables
	taken []Span          // the table rows' lines
	idx   []int32         // for sorting them among the sentences' records

	figs, bytes int // the figures and length of the last text RecordsNumbers read

	out slabs // what calls hand out is carved from these
}

// expect is how many figures to make room for in a text of n bytes: as
// many per byte as the last text had and an eighth more, or when there
// was none, as figureBound counts.
func (sc *scratch) expect(n int) int {
	if sc.bytes == 0 {
		return -1
	}
	return int(int64(sc.figs)*int64(n)/int64(sc.bytes))*9/8 + 4
}

// seen notes the figures of a text for expect.
func (sc *scratch) seen(n, figs int) { sc.figs, sc.bytes = figs, n }

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// lower is lowerText(t), in the scratch's buffer.
func (sc *scratch) lower(t string) string {
	low, b := lowerInto(sc.low, t)
	sc.low = b
	return low
}

// scan is Numbers(t) with values only, into the scratch: for Records.
func (sc *scratch) scan(t, low string) []Number {
	sc.vals.reuse()
	sc.vals.valueOnly = true
	// As scanAppend wants the room, and the last text's figures let go:
	// the room past the last text's figures is zero already (scanAppend
	// zeroes what it drops, and a grown array is new), so only those
	// are cleared, not the whole array a long text once grew.
	clear(sc.ns)
	sc.ns = scanAppend(sc.ns[:0], t, &scanCtx{low, &sc.vals})
	return sc.ns
}

// figures are the figures made of ns, in the scratch.
func (sc *scratch) figures(ns []Number) []figure {
	fs := sc.fs[:0]
	for i := range ns {
		fs = append(fs, figure{Number: &ns[i]})
	}
	sc.fs = fs
	return fs
}

// sections is newSections(t, low), in the scratch.
func (sc *scratch) sections(t, low string) *sections {
	sc.sec.reset(t, low)
	return &sc.sec
}
