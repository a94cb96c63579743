package extract

import (
	"sort"

	"baocao"
)

// withRows puts the table rows among the sentences' records by Start,
// as a stable sort of the records followed by the rows would, in a new
// slice.
func (sc *scratch) withRows(recs, rows []baocao.Record) []baocao.Record {
	out := make([]baocao.Record, len(recs)+len(rows))
	sc.mergeInto(out, recs, rows)
	return out
}

// mergeInto writes recs and rows into out (as long as both), ordered as
// withRows orders them: by a merge when both are in order (they are:
// records come clause by clause, rows line by line), else by sorting
// indexes.
func (sc *scratch) mergeInto(out, recs, rows []baocao.Record) {
	if byStart(recs) && byStart(rows) {
		i, j := 0, 0
		for k := range out {
			if j == len(rows) || (i < len(recs) && recs[i].Start <= rows[j].Start) {
				out[k] = recs[i]
				i++
			} else {
				out[k] = rows[j]
				j++
			}
		}
		return
	}
	idx := sc.idx[:0]
	for i := range len(out) {
		idx = append(idx, int32(i))
	}
	sc.idx = idx
	at := func(i int32) *baocao.Record {
		if int(i) < len(recs) {
			return &recs[i]
		}
		return &rows[int(i)-len(recs)]
	}
	sort.SliceStable(idx, func(i, j int) bool { return at(idx[i]).Start < at(idx[j]).Start })
	for i, k := range idx {
		out[i] = *at(k)
	}
}

// mergeBack merges in place the first k records of out (in order of
// Start) with rows (in order too), as mergeInto would: from the back, so
// that no record is overwritten before it is moved.
func mergeBack(out []baocao.Record, k int, rows []baocao.Record) []baocao.Record {
	i, j := k-1, len(rows)-1
	for m := len(out) - 1; j >= 0; m-- {
		if i >= 0 && out[i].Start > rows[j].Start { // a row after a record of the same Start
			out[m] = out[i]
			i--
		} else {
			out[m] = rows[j]
			j--
		}
	}
	return out
}

// byStart reports whether rs are in order of Start.
func byStart(rs []baocao.Record) bool {
	for i := 1; i < len(rs); i++ {
		if rs[i].Start < rs[i-1].Start {
			return false
		}
	}
	return true
}
