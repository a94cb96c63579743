package extract

import "baocao"

// RecordsNumbers returns Records(text) and Numbers(text) from one scan of
// the figures, for callers that need both (check.RunNumbers): reading the
// numbers again is a third of checking a text. Never panics; safe for
// concurrent use.
func RecordsNumbers(text string) (recs []baocao.Record, nums []Number) {
	defer func() {
		if recover() != nil { // as Records: no records rather than a crash
			recs, nums = nil, numbersSafe(text)
		}
	}()
	sc := scratches.Get().(*scratch)
	low := sc.lower(text)
	n := sc.expect(len(text))
	if n < 0 {
		n = figureBound(text)*3/4 + 4 // as scanSized sizes it
	}
	nums = sc.out.numbers(text, low, n) // handed out: from the slabs, not the scratch
	sc.seen(len(text), len(nums))
	sc.sections(text, low)
	recs = sc.recordsOf(text, sc.figures(nums))
	scratches.Put(sc) // not after a panic: the scratch may be half written
	return recs, nums
}

// numbersSafe is Numbers, or nothing if reading them panics.
func numbersSafe(text string) (nums []Number) {
	defer func() {
		if recover() != nil {
			nums = nil
		}
	}()
	return Numbers(text)
}
