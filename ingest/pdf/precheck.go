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

// xrefTooLarge reports whether the file declares more objects than it has
// bytes: in a cross-reference subsection ("xref", then "start count"), an
// /Index pair or a /Size. The library sizes its table from these before it
// reads an entry, at some 40 bytes an object (read.go: make([]xref, size),
// ensureXrefLen), so a 3 KB file asking for 77.777.786 objects takes 3 GB
// and seconds of page faults; no real file is near one object per byte.
func xrefTooLarge(data []byte) bool {
	limit := len(data)
	tooLarge := func(start, count int) bool { return start > limit || count > limit || start+count > limit }
	for rest := data; ; {
		i := bytes.Index(rest, []byte("/Size"))
		if i < 0 {
			break
		}
		rest = rest[i+len("/Size"):]
		if n, ok := leadingInt(rest); ok && n > limit {
			return true
		}
	}
	for rest := data; ; {
		i := bytes.Index(rest, []byte("/Index"))
		if i < 0 {
			break
		}
		rest = bytes.TrimLeft(rest[i+len("/Index"):], " \t\r\n\f\x00")
		if len(rest) == 0 || rest[0] != '[' {
			continue
		}
		ints := intTokens(rest[1:], 64)
		for k := 0; k+1 < len(ints); k += 2 {
			if tooLarge(ints[k], ints[k+1]) {
				return true
			}
		}
	}
	for rest := data; ; {
		i := bytes.Index(rest, []byte("xref"))
		if i < 0 {
			break
		}
		startx := i >= 5 && string(rest[i-5:i]) == "start"
		rest = rest[i+len("xref"):]
		if startx {
			continue
		}
		// Subsections follow one another: "start count", then count
		// entries of three tokens each, until "trailer".
		for sub := rest; ; {
			hdr := intTokens(sub, 2)
			if len(hdr) < 2 {
				break
			}
			if tooLarge(hdr[0], hdr[1]) {
				return true
			}
			sub = skipTokens(sub, 2+3*hdr[1])
		}
	}
	return false
}

// intTokens reads up to n white-space separated decimal integers from the
// start of b, stopping at the first other token.
func intTokens(b []byte, n int) []int {
	var out []int
	for len(out) < n {
		v, ok := leadingInt(b)
		if !ok {
			break
		}
		out = append(out, v)
		b = skipTokens(b, 1)
	}
	return out
}

// skipTokens drops n white-space separated tokens from the start of b.
func skipTokens(b []byte, n int) []byte {
	for ; n > 0 && len(b) > 0; n-- {
		b = bytes.TrimLeft(b, " \t\r\n\f\x00")
		j := bytes.IndexAny(b, " \t\r\n\f\x00")
		if j < 0 {
			return nil
		}
		b = b[j:]
	}
	return b
}
