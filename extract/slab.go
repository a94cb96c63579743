package extract

import "baocao"

// What a call hands out (records, and the Numbers of RecordsNumbers with
// their values) is carved from slabs a scratch keeps from text to text,
// rather than made in a slice of its own per text: a report's records
// and figures take a few kilobytes each, and making one such slice costs
// a span of its own, where a slab serves several reports at once.
//
// A piece is handed out with no room past its end (an append by the
// caller moves it), and no piece is written again once handed out: a
// slab is let go when the scratch moves on to the next and the pieces
// carved from it are no longer held.

// Slab sizes, in records and Numbers: about 64 KB and 40 KB. A text
// needing a quarter of a slab or more gets a slice of its own.
const recChunk, numChunk = 240, 256

// slabs is the free room of a scratch's slabs: zero, never handed out.
type slabs struct {
	recs []baocao.Record
	nums []Number
	vals rats // the values of the Numbers handed out: never reused
}

// recordRoom is zero room for n records, to append them to and then
// hand them out through tookRecords: a piece of the slab when n is
// small, as much and no more (an append past it moves the records).
func (s *slabs) recordRoom(n int) []baocao.Record {
	if n > len(s.recs) {
		if n >= recChunk/4 {
			return make([]baocao.Record, 0, n)
		}
		s.recs = make([]baocao.Record, recChunk)
	}
	return s.recs[:0:n]
}

// tookRecords takes from the slab the first written records of room,
// which recordRoom gave: the room past them goes back to it, unwritten.
func (s *slabs) tookRecords(room []baocao.Record, written int) {
	if cap(room) > 0 && len(s.recs) > 0 && &room[:1][0] == &s.recs[0] {
		s.recs = s.recs[written:]
	}
}

// numbers scans the figures of t (low is lowerText(t) or "") as
// scanSized(t, low, false, n) does, into the slab when n is small.
func (s *slabs) numbers(t, low string, n int) []Number {
	if n >= numChunk/4 {
		nums := scanSized(t, low, false, n)
		return nums[:len(nums):len(nums)]
	}
	if n > len(s.nums) {
		s.nums = make([]Number, numChunk)
	}
	out := scanAppend(s.nums[:0], t, &scanCtx{low, &s.vals})
	if cap(out) == len(s.nums) { // read in place: growing would have moved them
		s.nums = s.nums[len(out):]
	} else {
		s.nums = nil // outgrown: the room was written before the figures moved
	}
	if len(out) == 0 {
		return nil
	}
	return out[:len(out):len(out)]
}
