package doc

import (
	"context"
	"strings"

	"baocao"
)

// Special characters in the text stream ([MS-DOC] 2.4.3, 2.8.25).
const (
	chPicture    = 0x01
	chFtnRef     = 0x02
	chSep        = 0x03
	chSepCont    = 0x04
	chAtnRef     = 0x05
	chCell       = 0x07
	chDrawn      = 0x08
	chTab        = 0x09
	chLine       = 0x0B
	chPage       = 0x0C
	chPara       = 0x0D
	chColumn     = 0x0E
	chFieldBegin = 0x13
	chFieldSep   = 0x14
	chFieldEnd   = 0x15
	chNBHyphen   = 0x1E
	chSoftHyphen = 0x1F
)

// emitter turns characters into blocks: it splits runs when the font
// changes and maps the special characters to breaks.
type emitter struct {
	d           *document
	blocks      []baocao.Block
	sb          strings.Builder
	font        string
	fields      []bool // open fields, innermost last: true once past the separator
	dropDeleted bool
	chpAt       int // lookup hints
	papAt       int
}

// story emits the characters [from, to).
func (e *emitter) story(ctx context.Context, from, to uint32) error {
	e.fields = e.fields[:0]
	n := uint32(len(e.d.chars.u))
	for i := from; i < to && i < n; {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		r, w := e.d.chars.rune(int(i))
		fc := e.d.chars.fc[i]
		i += uint32(w)
		c, at, ok := lookup(e.d.chpx, fc, e.chpAt)
		e.chpAt = at
		if !ok {
			c = chp{ftc0: noFont, ftc2: noFont, istd: -1}
		}
		if c.deleted && e.dropDeleted {
			continue
		}
		switch r {
		case chFieldBegin:
			e.fields = append(e.fields, false)
			continue
		case chFieldSep:
			if len(e.fields) > 0 {
				e.fields[len(e.fields)-1] = true
			}
			continue
		case chFieldEnd:
			if len(e.fields) > 0 {
				e.fields = e.fields[:len(e.fields)-1]
			}
			continue
		}
		if e.inInstruction() {
			continue
		}
		switch r {
		case chPara:
			p, at, _ := lookup(e.d.papx, fc, e.papAt)
			e.papAt = at
			if p.inTable {
				e.flush(baocao.BreakLine)
			} else {
				e.flush(baocao.BreakPara)
			}
		case chCell:
			p, at, _ := lookup(e.d.papx, fc, e.papAt)
			e.papAt = at
			if p.ttp {
				e.endRow()
			} else {
				e.flush(baocao.BreakCell)
			}
		case chLine, chColumn:
			e.flush(baocao.BreakLine)
		case chPage:
			e.flush(baocao.BreakPara)
		case chNBHyphen:
			e.put('-', c, fc)
		case chTab:
			e.put('\t', c, fc)
		default:
			if r < 0x20 {
				// Pictures, drawn objects, note references, separators
				// and soft hyphens carry no text.
				continue
			}
			e.put(r, c, fc)
		}
	}
	return nil
}

// inInstruction reports whether the current position is inside a field
// instruction (between 0x13 and 0x14) of any open field.
func (e *emitter) inInstruction() bool {
	for _, past := range e.fields {
		if !past {
			return true
		}
	}
	return false
}

// put adds r, splitting the block when the font changes.
func (e *emitter) put(r rune, c chp, fc uint32) {
	font := e.d.fontOf(r, c, e.paraIstd(fc))
	if font != e.font && e.sb.Len() > 0 {
		e.flush(baocao.BreakNone)
	}
	e.font = font
	e.sb.WriteRune(r)
}

// paraIstd is the style of the paragraph holding fc.
func (e *emitter) paraIstd(fc uint32) int {
	p, at, ok := lookup(e.d.papx, fc, e.papAt)
	e.papAt = at
	if !ok {
		return 0
	}
	return p.istd
}

// flush ends the current block with br. An empty paragraph or line adds
// no block: it strengthens the previous block's break when that one
// continued the line, and is dropped otherwise. Empty cells do add a
// block, so the columns of a row stay aligned.
func (e *emitter) flush(br baocao.Break) {
	if e.sb.Len() == 0 && br != baocao.BreakCell {
		if k := len(e.blocks) - 1; k >= 0 && e.blocks[k].Break == baocao.BreakNone {
			e.blocks[k].Break = br
		}
		return
	}
	e.blocks = append(e.blocks, baocao.Block{Text: e.sb.String(), Font: e.font, Break: br})
	e.sb.Reset()
}

// endRow ends a table row: the row mark follows the last cell's mark, so
// that cell's break becomes the line break.
func (e *emitter) endRow() {
	if e.sb.Len() == 0 && len(e.blocks) > 0 && e.blocks[len(e.blocks)-1].Break == baocao.BreakCell {
		e.blocks[len(e.blocks)-1].Break = baocao.BreakLine
		return
	}
	e.flush(baocao.BreakLine)
}

// endStory closes a story with a paragraph break.
func (e *emitter) endStory() {
	if e.sb.Len() > 0 {
		e.flush(baocao.BreakPara)
		return
	}
	if k := len(e.blocks) - 1; k >= 0 && e.blocks[k].Break < baocao.BreakPara {
		e.blocks[k].Break = baocao.BreakPara
	}
}
