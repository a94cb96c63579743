package xls

import (
	"strings"
	"unicode/utf16"

	"baocao/ingest/ole"
)

// segReader reads across a record and its CONTINUE records. Character
// data that crosses into a CONTINUE restarts with a fresh flags byte
// ([MS-XLS] 2.5.293 XLUnicodeRichExtendedString), which str handles.
type segReader struct {
	segs [][]byte
	s, i int // current segment and offset in it
	bad  bool
}

func newSegReader(r record) *segReader {
	return &segReader{segs: append([][]byte{r.data}, r.more...)}
}

// at moves past exhausted segments and reports whether bytes remain.
func (r *segReader) at() bool {
	for r.s < len(r.segs) && r.i >= len(r.segs[r.s]) {
		r.s++
		r.i = 0
	}
	return r.s < len(r.segs)
}

func (r *segReader) byte() byte {
	if !r.at() {
		r.bad = true
		return 0
	}
	c := r.segs[r.s][r.i]
	r.i++
	return c
}

func (r *segReader) u16() uint16 { return uint16(r.byte()) | uint16(r.byte())<<8 }

func (r *segReader) u32() uint32 { return uint32(r.u16()) | uint32(r.u16())<<16 }

// skip moves n bytes forward, across segments.
func (r *segReader) skip(n int) {
	for n > 0 && r.at() {
		k := min(n, len(r.segs[r.s])-r.i)
		r.i += k
		n -= k
	}
	if n > 0 {
		r.bad = true
	}
}

// Flags of a BIFF8 string.
const (
	fHighByte = 0x01 // characters are 2 bytes (else 1, the low byte)
	fExtSt    = 0x04 // phonetic data follows
	fRichSt   = 0x08 // formatting runs follow
)

// maxChars bounds one string; a cell holds at most 32767 characters.
const maxChars = 1 << 16

// str reads a BIFF8 unicode string whose character count was already read
// as cch: the flags byte, the optional run and phonetic sizes, the
// characters (re-reading the flags at each segment change), then skips
// the runs and phonetic data.
func (r *segReader) str(cch int) string {
	flags := r.byte()
	runs, ext := 0, 0
	if flags&fRichSt != 0 {
		runs = int(r.u16())
	}
	if flags&fExtSt != 0 {
		ext = int(r.u32())
	}
	var sb strings.Builder
	cch = min(cch, maxChars)
	var pend uint16 // a high surrogate waiting for its pair
	for k := 0; k < cch && !r.bad; k++ {
		if r.s < len(r.segs) && r.i >= len(r.segs[r.s]) {
			// The characters continue in the next CONTINUE record, which
			// starts with its own flags byte.
			if !r.at() {
				r.bad = true
				break
			}
			flags = r.byte()
		}
		var u uint16
		if flags&fHighByte != 0 {
			u = r.u16()
		} else {
			// A compressed character is a UTF-16 code unit whose high
			// byte is zero: Latin-1, not CP1252.
			u = uint16(r.byte())
		}
		pend = writeUnit(&sb, pend, u)
	}
	if pend != 0 {
		sb.WriteRune(0xFFFD)
	}
	r.skip(4*runs + ext)
	return sb.String()
}

// writeUnit appends UTF-16 code unit u, pairing surrogates.
func writeUnit(sb *strings.Builder, pend, u uint16) uint16 {
	switch {
	case pend != 0 && utf16.IsSurrogate(rune(u)) && u >= 0xDC00:
		sb.WriteRune(utf16.DecodeRune(rune(pend), rune(u)))
		return 0
	case pend != 0:
		sb.WriteRune(0xFFFD)
	}
	if u >= 0xD800 && u < 0xDC00 {
		return u
	}
	if u >= 0xDC00 && u < 0xE000 {
		sb.WriteRune(0xFFFD)
		return 0
	}
	sb.WriteRune(rune(u))
	return 0
}

// readSST returns the shared strings of an SST record and its CONTINUEs.
// The declared count only sizes nothing: strings are read while bytes
// remain, so a lying count cannot force a large allocation.
func readSST(r record) []string {
	sr := newSegReader(r)
	sr.skip(4) // cstTotal
	n := int(sr.u32())
	var out []string
	for k := 0; k < min(n, maxCells) && sr.at() && !sr.bad; k++ {
		cch := int(sr.u16())
		out = append(out, sr.str(cch))
	}
	return out
}

// biff5String decodes an 8-bit BIFF5 string in the workbook's code page.
// Legacy Vietnamese workbooks declare 1252 whatever their fonts hold, so
// every 8-bit code page goes through the CP1252 table, byte for byte.
func biff5String(b []byte) string { return ole.DecodeCP1252(b) }
