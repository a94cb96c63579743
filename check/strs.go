package check

import "unsafe"

// strs builds the strings of checks (reasons, computed values) in shared
// arrays, and their computed values in shared float arrays: a reason
// joined with + costs an allocation for every piece, and it is most of
// what a run allocates. A string is a view of bytes that are never
// written again: strs only ever appends, and starts a new array rather
// than reuse one, since the strings leave with the checks.
type strs struct {
	buf    []byte
	mark   int
	floats []float64
}

// strsChunk is the size of a new array: the reasons of a few dozen checks.
const strsChunk = 8 << 10

// open starts a string, made of what is added until close.
func (s *strs) open() {
	if cap(s.buf)-len(s.buf) < 256 {
		n := strsChunk
		if s.buf == nil {
			n = 512 // a first check, maybe the only one (Percent, Verdict)
		}
		s.buf = make([]byte, 0, n)
	}
	s.mark = len(s.buf)
}

// add appends parts to the open string.
func (s *strs) add(parts ...string) {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	s.grow(n)
	for _, p := range parts {
		s.buf = append(s.buf, p...)
	}
}

// num appends x.format(dec) to the open string.
func (s *strs) num(x frac, dec int) {
	s.grow(64)
	s.buf = x.appendFormat(s.buf, dec)
}

// grow makes room for n more bytes, moving the open string to a new array
// when the current one is full: append would copy the closed strings too.
func (s *strs) grow(n int) {
	if cap(s.buf)-len(s.buf) >= n {
		return
	}
	open := s.buf[s.mark:]
	b := make([]byte, 0, max(strsChunk, 2*(len(open)+n)))
	s.buf, s.mark = append(b, open...), 0
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
	b := s.buf[s.mark:]
	s.mark = len(s.buf)
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// float is floatOf(x), from a shared array.
func (s *strs) float(x frac) *float64 {
	if len(s.floats) == cap(s.floats) {
		s.floats = make([]float64, 0, 64)
	}
	s.floats = append(s.floats, x.float())
	return &s.floats[len(s.floats)-1]
}
