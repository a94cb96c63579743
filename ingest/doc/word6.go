package doc

import (
	"encoding/binary"
	"fmt"
	"strings"

	"baocao"
	"baocao/ingest/ole"
)

// Word 6.0 and Word 95 files ([MS-DOC]'s predecessor, nFib 101–105) keep
// everything in the WordDocument stream: the same story lengths and
// (offset, size) pairs at fixed places in a shorter FIB, a piece table
// whose text is always 8-bit, and formatting written with one-byte
// property modifiers. The reader takes the text, its breaks and fields
// from them; it does not decode their formatting, so tables have cells but
// no row ends, and the font is a hint for the whole document (fontHint6).
const (
	nFibWord6  = 101
	nFibWord95 = 105

	fib6Ccp   = 0x34 // ccpText, then the other story lengths
	fib6FcLcb = 0x58 // fcStshfOrig, then the pairs in Word 97's order
	fib6Pairs = 34   // up to and including fcClx
)

func parseFIB6(f *fib, w []byte) (*fib, error) {
	if len(w) < fib6FcLcb+8*fib6Pairs {
		return nil, fmt.Errorf("doc: word 6 fib: %d bytes: %w", len(w), baocao.ErrCorrupt)
	}
	f.word6 = true
	for i := range f.ccp {
		f.ccp[i] = binary.LittleEndian.Uint32(w[fib6Ccp+4*i:])
	}
	f.fcLcb = make([]fcLcb, fib6Pairs)
	for i := range f.fcLcb {
		o := fib6FcLcb + 8*i
		f.fcLcb[i] = fcLcb{binary.LittleEndian.Uint32(w[o:]), binary.LittleEndian.Uint32(w[o+4:])}
	}
	return f, nil
}

// pieces6 returns the pieces of a Word 6 file: its piece table when the
// file is complex (fast-saved), else one 8-bit piece from fcMin.
func pieces6(fb *fib, word []byte, total uint32) ([]piece, error) {
	if clx := fb.slice(word, iClx); fb.complex && clx != nil {
		return readPieces(clx, len(word), true)
	}
	if uint64(fb.fcMin)+uint64(total) > uint64(len(word)) {
		return nil, fmt.Errorf("doc: word 6 text beyond the stream: %w", baocao.ErrCorrupt)
	}
	return []piece{{cp: 0, cpEnd: total, fc: fb.fcMin, compressed: true}}, nil
}

// readFonts6 parses a Word 6 font table: a 2-byte total size, then FFNs
// of a size byte, 5 bytes of attributes and an 8-bit name.
func readFonts6(b []byte) []string {
	if len(b) < 2 {
		return nil
	}
	end := min(len(b), int(binary.LittleEndian.Uint16(b)))
	var names []string
	for i := 2; i < end; {
		cb := int(b[i])
		ffn := b[i+1 : min(end, i+1+cb)]
		i += 1 + cb
		name := ""
		if len(ffn) > 5 {
			n := ffn[5:]
			if k := strings.IndexByte(string(n), 0); k >= 0 {
				n = n[:k]
			}
			name = ole.DecodeCP1252(n)
		}
		names = append(names, name)
	}
	return names
}

// fontHint6 names the document's legacy Vietnamese font when its font
// table holds fonts of one legacy family only (TCVN3 ".Vn…" or VNI
// "VNI-…"), which is the best hint available without run formatting.
func fontHint6(fonts []string) string {
	var tcvn, vni string
	for _, f := range fonts {
		l := strings.ToLower(f)
		switch {
		case strings.HasPrefix(l, "vni"):
			if vni == "" {
				vni = f
			}
		case strings.HasPrefix(l, ".vn") || strings.HasPrefix(l, "vn"):
			if tcvn == "" {
				tcvn = f
			}
		}
	}
	switch {
	case tcvn != "" && vni == "":
		return tcvn
	case vni != "" && tcvn == "":
		return vni
	}
	return ""
}
