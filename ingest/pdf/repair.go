package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// Some producers (pdfFactory, common in Vietnamese offices in the 2000s)
// name stream filters by the abbreviations the PDF format allows only in
// inline images: "/Filter /Fl". The library refuses every such stream, so
// no page can be read. expandFilters spells the names out and, since that
// moves every object after the first change, appends a cross-reference
// table rebuilt by scanning for "N G obj". It works on files with a classic
// trailer and reports false when there is nothing to repair or it cannot.

var (
	filterRE = regexp.MustCompile(`/Filter\s*(\[[^\]]{0,200}\]|/[A-Za-z0-9]+)`)
	abbrevRE = regexp.MustCompile(`/(Fl|AHx|A85|LZW|RL)\b`)
	objRE    = regexp.MustCompile(`(?m)^\s*(\d{1,9})\s+(\d{1,5})\s+obj\b`)
	dropRE   = regexp.MustCompile(`/(Prev|XRefStm)\s+\d+`)
	sizeRE   = regexp.MustCompile(`/Size\s+\d+`)
)

var filterNames = map[string]string{
	"Fl": "FlateDecode", "AHx": "ASCIIHexDecode", "A85": "ASCII85Decode",
	"LZW": "LZWDecode", "RL": "RunLengthDecode",
}

func expandFilters(data []byte) ([]byte, bool) {
	if !abbrevRE.Match(data) {
		return nil, false
	}
	changed := false
	out := filterRE.ReplaceAllFunc(data, func(m []byte) []byte {
		return abbrevRE.ReplaceAllFunc(m, func(a []byte) []byte {
			changed = true
			return []byte("/" + filterNames[string(a[1:])])
		})
	})
	if !changed {
		return nil, false
	}
	t := bytes.LastIndex(out, []byte("trailer"))
	if t < 0 {
		return nil, false
	}
	end := bytes.Index(out[t:], []byte("startxref"))
	if end < 0 {
		return nil, false
	}
	trailer := bytes.TrimSpace(out[t+len("trailer") : t+end])
	offsets := map[int]int{}
	maxID := 0
	streams := streamSpans(out)
	for _, m := range objRE.FindAllSubmatchIndex(out, -1) {
		// "7 0 obj" inside compressed stream data is not an object.
		for len(streams) > 0 && streams[0][1] <= m[0] {
			streams = streams[1:]
		}
		if len(streams) > 0 && streams[0][0] <= m[0] {
			continue
		}
		id, err := strconv.Atoi(string(out[m[2]:m[3]]))
		if err != nil {
			continue
		}
		offsets[id] = m[2]
		maxID = max(maxID, id)
	}
	if len(offsets) == 0 || maxID > 10_000_000 {
		return nil, false
	}
	trailer = dropRE.ReplaceAll(trailer, nil)
	trailer = sizeRE.ReplaceAll(trailer, []byte("/Size "+strconv.Itoa(maxID+1)))
	var b bytes.Buffer
	b.Grow(len(out) + 20*(maxID+1) + len(trailer) + 64)
	b.Write(out)
	xref := b.Len() + 1
	fmt.Fprintf(&b, "\nxref\n0 %d\n", maxID+1)
	for id := 0; id <= maxID; id++ {
		if off, ok := offsets[id]; ok && id > 0 {
			fmt.Fprintf(&b, "%010d 00000 n \n", off)
		} else {
			b.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(&b, "trailer\n%s\nstartxref\n%d\n%%%%EOF\n", trailer, xref)
	return b.Bytes(), true
}

var streamRE = regexp.MustCompile(`>>\s*stream\r?\n`)

// streamSpans lists the [start, end) byte ranges of stream data, in order.
func streamSpans(data []byte) [][2]int {
	var out [][2]int
	pos := 0
	for pos < len(data) {
		m := streamRE.FindIndex(data[pos:])
		if m == nil {
			break
		}
		start := pos + m[1]
		e := bytes.Index(data[start:], []byte("endstream"))
		if e < 0 {
			out = append(out, [2]int{start, len(data)})
			break
		}
		out = append(out, [2]int{start, start + e})
		pos = start + e + len("endstream")
	}
	return out
}
