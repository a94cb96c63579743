package doc

import (
	"encoding/binary"
	"fmt"

	"baocao"
)

// fib holds the parts of the File Information Block the reader uses.
type fib struct {
	nFib      uint16
	encrypted bool
	table1    bool // fWhichTblStm: the table stream is 1Table, else 0Table
	complex   bool // fComplex: the text is described by a piece table
	word6     bool // a Word 6 or Word 95 file (word6.go)
	fcMin     uint32
	ccp       [8]uint32
	fcLcb     []fcLcb
}

// fcLcb is an (offset, size) pair into the table stream.
type fcLcb struct{ fc, lcb uint32 }

// Indexes into FibRgFcLcb97 ([MS-DOC] 2.5.6).
const (
	iStshf       = 1
	iPlcfBteChpx = 12
	iPlcfBtePapx = 13
	iSttbfFfn    = 15
	iClx         = 33
)

// Story lengths in FibRgLw97, in file order after ccpText.
var storyNames = [8]string{"text", "footnotes", "headers", "macros", "comments", "endnotes", "textboxes", "header textboxes"}

const (
	fibIdent      = 0xA5EC
	flagComplex   = 0x0004
	flagEncrypted = 0x0100
	flagWhichTbl  = 0x0200
)

func parseFIB(w []byte) (*fib, error) {
	if len(w) < 0x22 {
		return nil, fmt.Errorf("doc: fib: %d bytes: %w", len(w), baocao.ErrCorrupt)
	}
	u16 := func(o int) uint16 { return binary.LittleEndian.Uint16(w[o:]) }
	if u16(0) != fibIdent {
		return nil, fmt.Errorf("doc: fib: bad signature %#04x: %w", u16(0), baocao.ErrCorrupt)
	}
	f := &fib{nFib: u16(2)}
	flags := u16(0x0A)
	f.encrypted = flags&flagEncrypted != 0
	f.table1 = flags&flagWhichTbl != 0
	f.complex = flags&flagComplex != 0
	f.fcMin = binary.LittleEndian.Uint32(w[0x18:])
	if f.encrypted {
		return f, nil
	}
	switch {
	case f.nFib < nFibWord6:
		return nil, fmt.Errorf("doc: word 2 or older file (nFib %d): %w", f.nFib, baocao.ErrUnsupported)
	case f.nFib <= nFibWord95:
		return parseFIB6(f, w)
	}
	// The FIB is variable: csw 16-bit words, then cslw 32-bit words,
	// then cbRgFcLcb pairs; each count is read from the file.
	o := 0x20
	csw := int(u16(o))
	o += 2 + 2*csw
	if o+2 > len(w) {
		return nil, fmt.Errorf("doc: fib: truncated: %w", baocao.ErrCorrupt)
	}
	cslw := int(u16(o))
	lw := o + 2
	o = lw + 4*cslw
	if cslw < 11 || o+2 > len(w) {
		return nil, fmt.Errorf("doc: fib: truncated rgLw: %w", baocao.ErrCorrupt)
	}
	for i := range f.ccp {
		f.ccp[i] = binary.LittleEndian.Uint32(w[lw+12+4*i:])
	}
	n := int(u16(o))
	o += 2
	if o+8*n > len(w) {
		return nil, fmt.Errorf("doc: fib: truncated rgFcLcb: %w", baocao.ErrCorrupt)
	}
	f.fcLcb = make([]fcLcb, n)
	for i := range f.fcLcb {
		f.fcLcb[i] = fcLcb{binary.LittleEndian.Uint32(w[o+8*i:]), binary.LittleEndian.Uint32(w[o+8*i+4:])}
	}
	return f, nil
}

// slice returns the table-stream bytes of pair i, or nil when the pair is
// absent, empty or points outside the stream.
func (f *fib) slice(table []byte, i int) []byte {
	if i >= len(f.fcLcb) {
		return nil
	}
	p := f.fcLcb[i]
	end := uint64(p.fc) + uint64(p.lcb)
	if p.lcb == 0 || end > uint64(len(table)) {
		return nil
	}
	return table[p.fc:end]
}
