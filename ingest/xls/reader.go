package xls

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"sort"

	"baocao"
	"baocao/ingest"
	"baocao/ingest/ole"
)

// Reader reads Excel 97–2003 workbooks. The zero value is ready to use and
// safe for concurrent use.
type Reader struct{}

var _ baocao.Reader = (*Reader)(nil)

// Formats lists the workbook and template extensions.
func (*Reader) Formats() []string { return []string{"xls", "xlt"} }

// maxCols is the width of a BIFF8 sheet.
const maxCols = 256

// maxCells bounds the cells of one workbook (a full BIFF8 sheet has 16.7
// million); reports have far fewer, and a hostile file could otherwise
// claim gigabytes.
const maxCells = 1 << 22

// BIFF versions, from the BOF record.
const (
	biff5 = 0x0500
	biff8 = 0x0600
)

// sheet is one worksheet: its name and its cells in file order.
type sheet struct {
	name  string
	pos   uint32 // stream offset of its BOF
	kind  byte   // 0 worksheet, 1 macro sheet, 2 chart, 6 VB module
	cells []cell
}

// workbook is what the globals substream declares plus the sheets.
type workbook struct {
	vers   uint16
	fonts  []string
	xfFont []int
	sst    []string
	sheets []*sheet
}

// Read returns every worksheet in order: a line with the sheet's name,
// then its non-empty rows, cells separated by BreakCell, each cell's text
// with its font's name. It returns an error wrapping baocao.ErrEncrypted
// for a password-protected workbook and baocao.ErrCorrupt for anything
// unreadable.
func (*Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer ingest.Recover(&err, "xls")
	f, err := ole.Open(src.Data)
	if err != nil {
		return nil, fmt.Errorf("xls: %w", err)
	}
	name := "Workbook"
	if !f.Has(name) {
		name = "Book"
	}
	b, err := f.Stream(name)
	if err != nil {
		return nil, fmt.Errorf("xls: no workbook stream: %w", baocao.ErrCorrupt)
	}
	wb, err := parse(ctx, b)
	if err != nil {
		return nil, err
	}
	return &baocao.Content{Format: "xls", Blocks: wb.blocks(), Title: f.Title(), Reader: "xls"}, nil
}

func parse(ctx context.Context, b []byte) (*workbook, error) {
	recs := records(b)
	if len(recs) == 0 || recs[0].typ != recBOF {
		return nil, fmt.Errorf("xls: workbook stream does not start with a BIFF5/8 BOF: %w", baocao.ErrCorrupt)
	}
	wb := &workbook{vers: u16(recs[0].data, 0)}
	if wb.vers != biff8 && wb.vers != biff5 {
		return nil, fmt.Errorf("xls: BIFF version %#04x: %w", wb.vers, baocao.ErrUnsupported)
	}
	var cur *sheet
	depth := 0
	var pending *cell // a formula whose string result is in the next STRING record
	ncells := 0
	for k, r := range recs {
		if k%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		switch r.typ {
		case recBOF:
			depth++
			if depth == 1 {
				cur = wb.sheetAt(uint32(r.off))
			}
			continue
		case recEOF:
			depth--
			if depth <= 0 {
				depth, cur = 0, nil
			}
			continue
		case recFilePass:
			return nil, fmt.Errorf("xls: %w", baocao.ErrEncrypted)
		}
		if depth != 1 {
			continue
		}
		if cur == nil {
			wb.global(r)
			continue
		}
		if cur.kind != 0 {
			continue
		}
		if r.typ == recString && pending != nil {
			pending.text = wb.formulaString(r)
			cur.cells = append(cur.cells, *pending)
			pending = nil
			continue
		}
		if r.typ == recShrFmla || r.typ == recArray || r.typ == recTable {
			continue // these sit between a FORMULA and its STRING
		}
		pending = nil
		cs, p := wb.cellsOf(r)
		cur.cells = append(cur.cells, cs...)
		pending = p
		if ncells += len(cs); ncells > maxCells {
			return nil, fmt.Errorf("xls: more than %d cells: %w", maxCells, baocao.ErrTooLarge)
		}
	}
	return wb, nil
}

// sheetAt returns the sheet whose BOF is at pos, or nil for the globals.
func (wb *workbook) sheetAt(pos uint32) *sheet {
	for _, s := range wb.sheets {
		if s.pos == pos {
			return s
		}
	}
	return nil
}

// global handles a record of the globals substream.
func (wb *workbook) global(r record) {
	switch r.typ {
	case recFont:
		wb.fonts = append(wb.fonts, wb.shortString(r, 14))
	case recXF:
		wb.xfFont = append(wb.xfFont, int(u16(r.data, 0)))
	case recSST:
		wb.sst = readSST(r)
	case recBoundSheet:
		if len(r.data) >= 6 {
			wb.sheets = append(wb.sheets, &sheet{
				pos:  u32(r.data, 0),
				kind: r.data[5],
				name: wb.shortString(r, 6),
			})
		}
	}
}

// shortString reads a string with a one-byte length at offset off: BIFF8
// ShortXLUnicodeString, or 8-bit characters in BIFF5.
func (wb *workbook) shortString(r record, off int) string {
	if off >= len(r.data) {
		return ""
	}
	cch := int(r.data[off])
	if wb.vers == biff5 {
		return biff5String(r.data[off+1 : min(len(r.data), off+1+cch)])
	}
	sr := newSegReader(record{data: r.data[off+1:]})
	return sr.str(cch)
}

// longString reads a string with a two-byte length at offset off:
// BIFF8 XLUnicodeString (possibly continued), or 8-bit in BIFF5.
func (wb *workbook) longString(r record, off int) string {
	if off+2 > len(r.data) {
		return ""
	}
	cch := int(u16(r.data, off))
	if wb.vers == biff5 {
		return biff5String(r.data[off+2 : min(len(r.data), off+2+cch)])
	}
	sr := newSegReader(record{data: r.data[off+2:], more: r.more})
	return sr.str(cch)
}

func (wb *workbook) formulaString(r record) string { return wb.longString(r, 0) }

// cellsOf returns the cells a sheet record holds, and a formula cell
// still waiting for its STRING record.
func (wb *workbook) cellsOf(r record) ([]cell, *cell) {
	d := r.data
	if len(d) < 6 {
		return nil, nil
	}
	at := cell{row: int(u16(d, 0)), col: int(u16(d, 2)), xf: int(u16(d, 4))}
	one := func(text string) ([]cell, *cell) {
		if text == "" {
			return nil, nil
		}
		at.text = text
		return []cell{at}, nil
	}
	switch r.typ {
	case recLabelSST:
		if i := int(u32(d, 6)); len(d) >= 10 && i < len(wb.sst) {
			return one(wb.sst[i])
		}
	case recLabel, recRString:
		return one(wb.longString(r, 6))
	case recNumber:
		if len(d) >= 14 {
			return one(formatNumber(math.Float64frombits(binary.LittleEndian.Uint64(d[6:]))))
		}
	case recRK:
		if len(d) >= 10 {
			return one(formatNumber(rkValue(u32(d, 6))))
		}
	case recMulRK:
		var out []cell
		for i := 4; i+6 <= len(d)-2; i += 6 {
			c := cell{row: at.row, col: at.col + (i-4)/6, xf: int(u16(d, i)), text: formatNumber(rkValue(u32(d, i+2)))}
			out = append(out, c)
		}
		return out, nil
	case recBoolErr:
		if len(d) >= 8 {
			return one(boolErr(d[6], d[7] != 0))
		}
	case recFormula:
		if len(d) < 14 {
			return nil, nil
		}
		if u16(d, 12) != 0xFFFF {
			return one(formatNumber(math.Float64frombits(binary.LittleEndian.Uint64(d[6:]))))
		}
		switch d[6] {
		case 0:
			return nil, &at
		case 1, 2:
			return one(boolErr(d[8], d[6] == 2))
		}
	}
	return nil, nil
}

// fontOf names the font of cell format xf. FONT index 4 does not exist
// in the file ([MS-XLS] 2.5.129), so indexes above it are shifted.
func (wb *workbook) fontOf(xf int) string {
	if xf < 0 || xf >= len(wb.xfFont) {
		return ""
	}
	i := wb.xfFont[xf]
	if i > 4 {
		i--
	}
	if i < 0 || i >= len(wb.fonts) {
		return ""
	}
	return wb.fonts[i]
}

// blocks lays the sheets out: the sheet name on its own line, then one
// line per non-empty row, cells from the sheet's first used column so
// columns stay aligned, a paragraph break after each sheet.
func (wb *workbook) blocks() []baocao.Block {
	var out []baocao.Block
	for _, s := range wb.sheets {
		if s.kind != 0 || len(s.cells) == 0 {
			continue
		}
		out = append(out, baocao.Block{Text: s.name, Break: baocao.BreakLine})
		cs := s.cells
		sort.SliceStable(cs, func(i, j int) bool {
			if cs[i].row != cs[j].row {
				return cs[i].row < cs[j].row
			}
			return cs[i].col < cs[j].col
		})
		minCol := cs[0].col
		for _, c := range cs {
			minCol = min(minCol, c.col)
		}
		for i := 0; i < len(cs); {
			j := i
			for j < len(cs) && cs[j].row == cs[i].row {
				j++
			}
			col := minCol
			for k := i; k < j; k++ {
				c := cs[k]
				if c.col < col {
					continue // a duplicate cell: the first one wins
				}
				// Excel has 256 columns; a hostile column number beyond
				// that gets one empty cell, not thousands.
				if c.col-col > maxCols {
					col = c.col - 1
				}
				for ; col < c.col; col++ {
					out = append(out, baocao.Block{Break: baocao.BreakCell})
				}
				out = append(out, baocao.Block{Text: c.text, Font: wb.fontOf(c.xf), Break: baocao.BreakCell})
				col++
			}
			out[len(out)-1].Break = baocao.BreakLine
			i = j
		}
		out[len(out)-1].Break = baocao.BreakPara
	}
	return out
}
