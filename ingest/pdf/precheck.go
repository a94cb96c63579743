package pdf

import (
	"bytes"
	"strconv"
)

// prevLoop reports whether the chain of cross-reference sections (the
// last startxref, then each section's /Prev) comes back to a section it
// has already visited. The library follows such a chain for ever, and an
// in-process reader cannot stop it, so the file is refused before.
func prevLoop(data []byte) bool {
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return false
	}
	off, ok := leadingInt(data[i+len("startxref"):])
	seen := map[int]bool{}
	for ok && off >= 0 && off < len(data) {
		if seen[off] {
			return true
		}
		seen[off] = true
		section := data[off:min(len(data), off+1<<20)]
		// The section's dictionary ends before its stream or the next
		// startxref; /Prev must be inside it.
		if j := bytes.Index(section, []byte("stream")); j >= 0 {
			section = section[:j]
		}
		if j := bytes.Index(section, []byte("startxref")); j >= 0 {
			section = section[:j]
		}
		j := bytes.Index(section, []byte("/Prev"))
		if j < 0 {
			return false
		}
		off, ok = leadingInt(section[j+len("/Prev"):])
	}
	return false
}

// leadingInt reads the decimal integer after optional white space.
func leadingInt(b []byte) (int, bool) {
	b = bytes.TrimLeft(b, " \t\r\n\f\x00")
	n := 0
	for n < len(b) && n < 12 && b[n] >= '0' && b[n] <= '9' {
		n++
	}
	if n == 0 {
		return 0, false
	}
	v, err := strconv.Atoi(string(b[:n]))
	return v, err == nil
}
