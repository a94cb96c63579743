package check

import "unsafe"

// strs builds the strings of checks (reasons, computed values) in shared
// arrays, and their computed values in shared float arrays: a reason
// joined with + costs an allocation for every piece, and it is most of
// what a run allocates. A string is a view of bytes that are never
// written again: strs only ever appends, and starts a new array rather
// than reuse one, since the strings leave with the checks.
//
// The arrays are used to their full length and their ends kept apart:
// appending to a slice field writes its pointer back each time, which
// costs a write barrier while the garbage collector runs; only a new
// array writes a pointer here.
type strs struct {
	buf       []byte // buf[mark:end] is the open string
	mark, end int
	floats    []float64 // floats[:fend] are handed out
	fend      int
}

// strsChunk is the size of a new array: the reasons of a few dozen checks.
const strsChunk = 8 << 10

// open starts a string, made of what is added until close.
func (s *strs) open() {
	if len(s.buf)-s.end < 256 {
		n := strsChunk
		if s.buf == nil {
			n = 512 // a first check, maybe the only one (Percent, Verdict)
		}
		s.buf, s.end = make([]byte, n), 0
	}
	s.mark = s.end
}

// add appends p to the open string. add2, add3 and add4 append their
// parts in turn, room made once: a variadic add looped over its parts
// and was not inlined, and the pieces of a reason are short.
func (s *strs) add(p string) {
	s.grow(len(p))
	s.end += copy(s.buf[s.end:], p)
}

func (s *strs) add2(a, b string) {
	s.grow(len(a) + len(b))
	s.end += copy(s.buf[s.end:], a)
	s.end += copy(s.buf[s.end:], b)
}

func (s *strs) add3(a, b, c string) {
	s.grow(len(a) + len(b) + len(c))
	s.end += copy(s.buf[s.end:], a)
	s.end += copy(s.buf[s.end:], b)
	s.end += copy(s.buf[s.end:], c)
}

func (s *strs) add4(a, b, c, e string) {
	s.grow(len(a) + len(b) + len(c) + len(e))
	s.end += copy(s.buf[s.end:], a)
	s.end += copy(s.buf[s.end:], b)
	s.end += copy(s.buf[s.end:], c)
	s.end += copy(s.buf[s.end:], e)
}

// num appends x.format(dec) to the open string.
func (s *strs) num(x frac, dec int) {
	s.grow(64)
	dst := s.buf[s.end:s.end]
	if r := x.appendFormat(dst, dec); unsafe.SliceData(r) == unsafe.SliceData(dst) {
		s.end += len(r) // written in place, as a small value always is
	} else {
		s.grow(len(r)) // a long big value: appended to a new array
		s.end += copy(s.buf[s.end:], r)
	}
}

// grow makes room for n more bytes, moving the open string to a new array
// when the current one is full: the closed strings stay where they are.
func (s *strs) grow(n int) {
	if len(s.buf)-s.end < n {
		s.move(n)
	}
}

// move is grow when the array is full, kept out of line so that grow
// inlines to one comparison.
//
//go:noinline
func (s *strs) move(n int) {
	open := s.buf[s.mark:s.end]
	b := make([]byte, max(strsChunk, 2*(len(open)+n)))
	s.buf, s.mark, s.end = b, 0, copy(b, open)
}

// interval appends rangeText(iv, dec, unit) to the open string.
func (s *strs) interval(iv interval, dec int, unit string) {
	switch {
	case iv.open:
		s.add("≥ ")
		s.num(iv.lo, dec)
	case iv.lo.cmp(iv.hi) == 0:
		s.num(iv.hi, dec)
	default:
		s.add("[")
		s.num(iv.lo, dec)
		s.add("; ")
		s.num(iv.hi, dec)
		s.add("]")
	}
	s.add(unit)
}

// close returns the open string and opens the next, which starts where
// it ends: a string built as a piece of the next can be told apart by
// its length.
func (s *strs) close() string {
	b := s.buf[s.mark:s.end]
	s.mark = s.end
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// float is floatOf(x), from a shared array.
func (s *strs) float(x frac) *float64 {
	if s.fend == len(s.floats) {
		s.floats, s.fend = make([]float64, 64), 0
	}
	p := &s.floats[s.fend]
	*p = x.float()
	s.fend++
	return p
}
