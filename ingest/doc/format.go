package doc

import (
	"encoding/binary"
	"sort"
)

// noFont marks a font index the formatting does not set.
const noFont = -1

// chp is the character formatting the reader needs from one CHPX run.
type chp struct {
	ftc0, ftc2 int // direct font indexes, noFont when not set
	istd       int // character style, -1 when not set
	deleted    bool
}

// pap is the paragraph formatting the reader needs from one PAPX run.
type pap struct {
	istd    int
	inTable bool
	ttp     bool // this paragraph mark ends a table row
}

// fkpRun is the formatting of the file offsets [fc, fcEnd).
type fkpRun[T any] struct {
	fc, fcEnd uint32
	prop      T
}

const pageSize = 512

// maxPages bounds the formatting pages read, whatever the bin table says.
const maxPages = 1 << 16

// readBinTable returns the FKP page numbers listed by a PlcfBteChpx or
// PlcfBtePapx.
func readBinTable(plc []byte) []uint32 {
	if len(plc) < 12 {
		return nil
	}
	n := (len(plc) - 4) / 8
	if n > maxPages {
		n = maxPages
	}
	// A page listed twice is read once: a hostile table repeating one
	// page would otherwise multiply the runs.
	pns := make([]uint32, 0, n)
	seen := make(map[uint32]bool, n)
	for i := 0; i < n; i++ {
		pn := binary.LittleEndian.Uint32(plc[4*(n+1)+4*i:]) & 0x3FFFFF
		if !seen[pn] {
			seen[pn] = true
			pns = append(pns, pn)
		}
	}
	return pns
}

// fkpPage returns page pn of the WordDocument stream, or nil when it lies
// outside.
func fkpPage(word []byte, pn uint32) []byte {
	off := uint64(pn) * pageSize
	if off+pageSize > uint64(len(word)) {
		return nil
	}
	return word[off : off+pageSize]
}

// readCHPX collects the character runs of every CHPX FKP, sorted by fc.
func readCHPX(word, plc []byte) []fkpRun[chp] {
	var runs []fkpRun[chp]
	for _, pn := range readBinTable(plc) {
		pg := fkpPage(word, pn)
		if pg == nil {
			continue
		}
		crun := int(pg[pageSize-1])
		if 4*(crun+1)+crun > pageSize-1 {
			continue
		}
		for i := 0; i < crun; i++ {
			r := fkpRun[chp]{
				fc:    binary.LittleEndian.Uint32(pg[4*i:]),
				fcEnd: binary.LittleEndian.Uint32(pg[4*i+4:]),
				prop:  chp{ftc0: noFont, ftc2: noFont, istd: -1},
			}
			if off := 2 * int(pg[4*(crun+1)+i]); off > 0 && off < pageSize-1 {
				cb := int(pg[off])
				if off+1+cb <= pageSize {
					r.prop = parseCHPX(pg[off+1 : off+1+cb])
				}
			}
			runs = append(runs, r)
		}
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].fc < runs[j].fc })
	return runs
}

func parseCHPX(grpprl []byte) chp {
	c := chp{ftc0: noFont, ftc2: noFont, istd: -1}
	applyCHPX(&c, grpprl)
	return c
}

// applyCHPX sets on c what grpprl says about fonts, style and deletion.
func applyCHPX(c *chp, grpprl []byte) {
	eachSprm(grpprl, func(sprm uint16, op []byte) {
		switch sprm {
		case sprmCRgFtc0, sprmCFtcDefault:
			if v, ok := u16op(op); ok {
				c.ftc0 = int(v)
				if sprm == sprmCFtcDefault && c.ftc2 == noFont {
					c.ftc2 = int(v)
				}
			}
		case sprmCRgFtc2:
			if v, ok := u16op(op); ok {
				c.ftc2 = int(v)
			}
		case sprmCIstd:
			if v, ok := u16op(op); ok {
				c.istd = int(v)
			}
		case sprmCFRMarkDel:
			// 0 off, 1 on; 0x80/0x81 mean "as the style" / "not the
			// style", and styles never mark deletions.
			c.deleted = op[0] == 1 || op[0] == 0x81
		}
	})
}

// readPAPX collects the paragraph runs of every PAPX FKP, sorted by fc.
func readPAPX(word, plc []byte) []fkpRun[pap] {
	var runs []fkpRun[pap]
	for _, pn := range readBinTable(plc) {
		pg := fkpPage(word, pn)
		if pg == nil {
			continue
		}
		crun := int(pg[pageSize-1])
		const bx = 13 // BxPap: a byte offset and a 12-byte PHE
		if 4*(crun+1)+bx*crun > pageSize-1 {
			continue
		}
		for i := 0; i < crun; i++ {
			r := fkpRun[pap]{
				fc:    binary.LittleEndian.Uint32(pg[4*i:]),
				fcEnd: binary.LittleEndian.Uint32(pg[4*i+4:]),
			}
			if off := 2 * int(pg[4*(crun+1)+bx*i]); off > 0 && off < pageSize-2 {
				start, n := off+1, 2*int(pg[off])-1
				if pg[off] == 0 {
					start, n = off+2, 2*int(pg[off+1])
				}
				if n >= 2 && start+n <= pageSize {
					r.prop = parsePAPX(pg[start : start+n])
				}
			}
			runs = append(runs, r)
		}
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].fc < runs[j].fc })
	return runs
}

// parsePAPX reads a GrpPrlAndIstd.
func parsePAPX(b []byte) pap {
	p := pap{istd: int(binary.LittleEndian.Uint16(b))}
	eachSprm(b[2:], func(sprm uint16, op []byte) {
		switch sprm {
		case sprmPFInTable:
			p.inTable = op[0] != 0
		case sprmPFTtp, sprmPFInnerTtp:
			if op[0] != 0 {
				p.ttp = true
			}
		case sprmPItap:
			if v, ok := u16op(op); ok && v > 0 {
				p.inTable = true
			}
		}
	})
	return p
}

// lookup finds the run holding file offset fc, starting its search at
// hint (the previous answer), since text is mostly read in file order.
func lookup[T any](runs []fkpRun[T], fc uint32, hint int) (T, int, bool) {
	var zero T
	if hint >= 0 && hint < len(runs) && runs[hint].fc <= fc && fc < runs[hint].fcEnd {
		return runs[hint].prop, hint, true
	}
	if h := hint + 1; h >= 0 && h < len(runs) && runs[h].fc <= fc && fc < runs[h].fcEnd {
		return runs[h].prop, h, true
	}
	i := sort.Search(len(runs), func(i int) bool { return runs[i].fcEnd > fc })
	if i < len(runs) && runs[i].fc <= fc {
		return runs[i].prop, i, true
	}
	return zero, hint, false
}
