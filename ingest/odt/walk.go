package odt

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"baocao"
	"baocao/ingest"
)

// maxRepeat caps number-columns-repeated: a spreadsheet row commonly ends
// in one empty cell repeated a thousand times.
const maxRepeat = 64

// maxSpaces caps text:s: longer runs of spaces mean nothing in text, and a
// hostile file could otherwise inflate 20 bytes into kilobytes.
const maxSpaces = 64

// maxBlocks bounds the blocks of one document (a million cells or
// paragraphs); past it the rest is dropped with a warning.
const maxBlocks = 1 << 20

type seg struct {
	text strings.Builder
	font string
}

type para struct {
	style string
	segs  []*seg
	space bool // the text so far ends in a collapsible space
}

// span is an open text:span: the font its style sets ("" when none) and
// whether it raises its text.
type span struct {
	font  string
	super bool
}

type cellState struct {
	began  int // len(*w.dst) when the cell began
	repeat int
}

type walker struct {
	st          *styles
	out, notes  []baocao.Block
	dst         *[]baocao.Block // out, or notes inside a note body
	inBody      bool
	spreadsheet bool
	truncated   bool // maxBlocks reached

	paras  []*para
	spans  []span
	skip   int
	lists  int
	ls     listState
	cells  []cellState
	rows   []int // len(*w.dst) when each open row began
	noteAt int   // paragraph depth when the note body began, -1 outside
}

func newWalker(st *styles) *walker {
	w := &walker{st: st, noteAt: -1, ls: listState{styles: st.lists}}
	w.dst = &w.out
	return w
}

func (w *walker) walk(ctx context.Context, data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for n := 0; ; n++ {
		if n%8192 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if len(w.out)+len(w.notes) > maxBlocks {
			w.truncated = true
			return nil
		}
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case !w.inBody:
				if t.Name.Space == nsOffice && t.Name.Local == "body" {
					w.inBody = true
				} else {
					w.st.element(t, d)
				}
			case w.skip > 0:
				w.skip++
			default:
				w.start(t)
			}
		case xml.EndElement:
			switch {
			case w.skip > 0:
				w.skip--
			case w.inBody:
				w.end(t)
			}
		case xml.CharData:
			if w.inBody && w.skip == 0 && len(w.paras) > 0 {
				w.text(string(t), true)
			}
		}
	}
}

func (w *walker) start(t xml.StartElement) {
	switch t.Name.Space {
	case nsOffice:
		switch t.Name.Local {
		case "spreadsheet":
			w.spreadsheet = true
		case "annotation":
			w.skip = 1
		}
	case nsText:
		switch t.Name.Local {
		case "p", "h":
			w.paras = append(w.paras, &para{style: attr(t, nsText, "style-name")})
			if l := w.ls.take(); l != "" {
				w.text(l+" ", false)
			}
		case "span", "a":
			name := attr(t, nsText, "style-name")
			w.spans = append(w.spans, span{font: w.st.font(name), super: w.st.isSuper(name)})
		case "s":
			n, err := strconv.Atoi(attr(t, nsText, "c"))
			if err != nil || n < 1 {
				n = 1
			}
			w.text(strings.Repeat(" ", min(n, maxSpaces)), false)
		case "tab", "line-break":
			// a space inside a table cell, where a tab or line break would
			// break the row's line and its cell separators
			switch {
			case len(w.cells) > 0:
				w.text(" ", false)
			case t.Name.Local == "tab":
				w.text("\t", false)
			default:
				w.text("\n", false)
			}
		case "tracked-changes", "note-citation", "table-of-content", "illustration-index", "alphabetical-index", "bibliography":
			w.skip = 1
		case "note-body":
			w.noteAt = len(w.paras)
			w.dst = &w.notes
		case "list":
			w.lists++
			w.ls.startList(t)
		case "list-item":
			w.ls.item(t)
		case "list-header":
			w.ls.pending = ""
		}
	case nsTable:
		switch t.Name.Local {
		case "table":
			if w.spreadsheet && len(w.cells) == 0 {
				*w.dst = append(*w.dst, baocao.Block{Text: SheetPrefix + attr(t, nsTable, "name"), Break: baocao.BreakPara})
			}
		case "table-row":
			w.rows = append(w.rows, len(*w.dst))
		case "table-cell", "covered-table-cell":
			n, err := strconv.Atoi(attr(t, nsTable, "number-columns-repeated"))
			if err != nil || n < 1 {
				n = 1
			}
			w.cells = append(w.cells, cellState{began: len(*w.dst), repeat: min(n, maxRepeat)})
		}
	}
}

func (w *walker) end(t xml.EndElement) {
	switch t.Name.Space {
	case nsText:
		switch t.Name.Local {
		case "p", "h":
			w.endPara()
		case "span", "a":
			if len(w.spans) > 0 {
				w.spans = w.spans[:len(w.spans)-1]
			}
		case "note-body":
			w.dst = &w.out
			w.noteAt = -1
		case "list":
			w.ls.endList()
			w.lists--
			if w.lists == 0 && len(w.cells) == 0 {
				w.setBreak(baocao.BreakPara)
			}
		}
	case nsTable:
		switch t.Name.Local {
		case "table-cell", "covered-table-cell":
			w.endCell()
		case "table-row":
			w.endRow()
		case "table":
			w.setBreak(baocao.BreakPara)
		}
	}
}

func (w *walker) setBreak(b baocao.Break) {
	if n := len(*w.dst); n > 0 {
		(*w.dst)[n-1].Break = b
	}
}

// text adds s to the open paragraph; collapse applies ODF's white-space
// rule to character data (text:s and friends are not collapsed).
func (w *walker) text(s string, collapse bool) {
	if len(w.paras) == 0 {
		return
	}
	p := w.paras[len(w.paras)-1]
	font := ""
	for i := len(w.spans) - 1; i >= 0 && font == ""; i-- {
		font = w.spans[i].font
	}
	if font == "" {
		font = w.st.font(p.style)
	}
	if font == "" {
		font = w.st.defFont
	}
	if collapse && len(w.spans) > 0 && w.spans[len(w.spans)-1].super {
		s = ingest.Raised(s, ingest.LegacyFont(font))
	}
	if collapse {
		var b strings.Builder
		for _, r := range s {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
				if !p.space && (len(p.segs) > 0 || b.Len() > 0) {
					b.WriteByte(' ')
				}
				p.space = true
				continue
			}
			p.space = false
			b.WriteRune(r)
		}
		s = b.String()
	} else {
		p.space = false
	}
	if s == "" {
		return
	}
	if n := len(p.segs); n == 0 || p.segs[n-1].font != font {
		p.segs = append(p.segs, &seg{font: font})
	}
	p.segs[len(p.segs)-1].text.WriteString(s)
}

func (w *walker) endPara() {
	if len(w.paras) == 0 {
		return
	}
	p := w.paras[len(w.paras)-1]
	w.paras = w.paras[:len(w.paras)-1]
	first := len(*w.dst)
	for _, s := range p.segs {
		if s.text.Len() > 0 {
			*w.dst = append(*w.dst, baocao.Block{Text: s.text.String(), Font: s.font})
		}
	}
	if len(*w.dst) == first {
		return
	}
	blocks := *w.dst
	last := &blocks[len(blocks)-1]
	last.Text = strings.TrimRight(last.Text, " ")
	switch {
	case len(w.cells) > 0 && w.noteAt < 0:
		last.Text += " " // the next paragraph of the same cell
		last.Break = baocao.BreakNone
	case w.lists > 0:
		last.Break = baocao.BreakLine
	default:
		last.Break = baocao.BreakPara
	}
}

func (w *walker) endCell() {
	if len(w.cells) == 0 {
		return
	}
	c := w.cells[len(w.cells)-1]
	w.cells = w.cells[:len(w.cells)-1]
	if len(*w.dst) == c.began {
		*w.dst = append(*w.dst, baocao.Block{})
	}
	blocks := *w.dst
	last := &blocks[len(blocks)-1]
	last.Text = strings.TrimRight(last.Text, " ")
	last.Break = baocao.BreakCell
	if c.repeat > 1 {
		cell := append([]baocao.Block(nil), blocks[c.began:]...)
		for range c.repeat - 1 {
			*w.dst = append(*w.dst, cell...)
		}
	}
}

// endRow ends the row's last cell the line, after dropping trailing empty
// cells; a row with no text at all is dropped.
func (w *walker) endRow() {
	if len(w.rows) == 0 {
		return
	}
	began := w.rows[len(w.rows)-1]
	w.rows = w.rows[:len(w.rows)-1]
	blocks := *w.dst
	if began > len(blocks) {
		began = len(blocks)
	}
	end := len(blocks)
	for end > began && blocks[end-1].Text == "" {
		end--
	}
	*w.dst = blocks[:end]
	if end > began {
		(*w.dst)[end-1].Break = baocao.BreakLine
	}
}
