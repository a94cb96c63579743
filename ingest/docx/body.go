package docx

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

const (
	nsW  = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWS = "http://purl.oclc.org/ooxml/wordprocessingml/main" // ISO strict
	nsMC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// field is an open field: a complex one (w:fldChar begin ... separate ...
// end) is in its instruction until the separator; a w:fldSimple is all
// result.
type field struct {
	inResult bool
	page     bool // a page-number field, hidden even in its result
	instr    strings.Builder
}

// maxInstr bounds the instruction text kept per field: only its first
// word matters.
const maxInstr = 256

// hidden reports whether the field's result is page furniture rather than
// text: page numbers in headers and footers.
func (f *field) hidden() bool {
	in := strings.Fields(strings.ToUpper(f.instr.String()))
	if len(in) == 0 {
		return false
	}
	switch in[0] {
	case "PAGE", "NUMPAGES", "SECTIONPAGES":
		return true
	}
	return false
}

// seg is a stretch of one paragraph in one font.
type seg struct {
	text strings.Builder
	font string
}

type para struct {
	style string
	segs  []*seg
	num   numRef // the paragraph's own w:numPr
}

// walker turns the XML of one WordprocessingML part (document, notes,
// header, footer) into blocks.
type walker struct {
	st    *styles
	nb    *numbering
	chunk chunker // nil outside the main document
	out   []baocao.Block
	paras []*para // open paragraphs; a text box nests one inside another

	inRun, inRPr, inPPr, inT bool
	runFonts                 fonts
	runStyle                 string
	runSuper                 bool // w:vertAlign superscript

	skip    int      // depth inside a subtree whose text is not part of the document
	fields  []*field // open fields, outermost first
	hiding  int      // open fields whose text is hidden (in their instruction, or page numbers)
	inInstr bool
	cells   []int // for each open table cell, len(out) when it began

	// the last fonts worked out, and what they were worked out from: a
	// part uses few combinations, and runs in one font follow each other
	fontMemo [4]fontMemo
	fontNext int
}

type fontMemo struct {
	key  fontKey
	name string
	ok   bool
}

type fontKey struct {
	run          fonts
	runStyle, ps string
}

// walk reads one part with the byte scanner, or with encoding/xml when the
// scanner gives up (the list counters it advanced are put back first).
func walk(ctx context.Context, data []byte, st *styles, nb *numbering, chunk chunker) ([]baocao.Block, error) {
	saved := nb.save()
	w := &walker{st: st, nb: nb, chunk: chunk}
	if ok, err := w.fast(ctx, data); ok {
		if err != nil {
			return nil, err
		}
		return w.out, nil
	}
	nb.restore(saved)
	return xmlWalk(ctx, data, st, nb, chunk)
}

// xmlWalk reads one part with encoding/xml.
func xmlWalk(ctx context.Context, data []byte, st *styles, nb *numbering, chunk chunker) ([]baocao.Block, error) {
	w := &walker{st: st, nb: nb, chunk: chunk}
	d := xml.NewDecoder(bytes.NewReader(data))
	for n := 0; ; n++ {
		if n%8192 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if w.skip > 0 {
				w.skip++
				continue
			}
			w.start(t)
		case xml.EndElement:
			if w.skip > 0 {
				w.skip--
				continue
			}
			w.end(t)
		case xml.CharData:
			switch {
			case w.skip > 0:
			case w.inT:
				w.runText(string(t))
			case w.inInstr && len(w.fields) > 0:
				if f := w.fields[len(w.fields)-1]; f.instr.Len() < maxInstr {
					f.instr.Write(t)
				}
			}
		}
	}
	return w.out, nil
}

func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWS }

// skipped names the subtrees whose text a reader of the document does not
// see: tracked deletions and moves away, the VML fallback of a drawing that
// the mc:Choice already gave, the old properties of a tracked format change,
// and the separator "notes".
func skipped(t xml.StartElement) bool {
	if t.Name.Space == nsMC {
		return t.Name.Local == "Fallback"
	}
	if !isW(t.Name) {
		return false
	}
	switch t.Name.Local {
	case "del", "moveFrom", "rPrChange", "pPrChange", "delText":
		return true
	case "footnote", "endnote":
		typ := attr(t, "type")
		return typ == "separator" || typ == "continuationSeparator" || typ == "continuationNotice"
	}
	return false
}

func (w *walker) start(t xml.StartElement) {
	if skipped(t) {
		w.skip = 1
		return
	}
	if !isW(t.Name) {
		return
	}
	switch t.Name.Local {
	case "p":
		w.paras = append(w.paras, &para{})
	case "pPr":
		w.inPPr = true
	case "pStyle":
		if w.inPPr && len(w.paras) > 0 {
			w.paras[len(w.paras)-1].style = attr(t, "val")
		}
	case "numId":
		if w.inPPr && !w.inRPr && len(w.paras) > 0 {
			p := w.paras[len(w.paras)-1]
			p.num.id, p.num.set = attr(t, "val"), true
		}
	case "ilvl":
		if w.inPPr && !w.inRPr && len(w.paras) > 0 {
			w.paras[len(w.paras)-1].num.level, _ = strconv.Atoi(attr(t, "val"))
		}
	case "r":
		w.inRun, w.runFonts, w.runStyle, w.runSuper = true, fonts{}, "", false
	case "rPr":
		w.inRPr = w.inRun
	case "rFonts":
		if w.inRPr {
			w.runFonts = readFonts(t)
		}
	case "rStyle":
		if w.inRPr {
			w.runStyle = attr(t, "val")
		}
	case "vertAlign":
		if w.inRPr {
			w.runSuper = attr(t, "val") == "superscript"
		}
	case "t":
		w.inT = true
	case "tab":
		if w.inRun && !w.inRPr {
			w.text(w.inCell("\t"))
		}
	case "br", "cr":
		if w.inRun {
			w.text(w.inCell("\n"))
		}
	case "noBreakHyphen":
		if w.inRun {
			w.text("-")
		}
	case "softHyphen":
		// U+00AD, not nothing: in TCVN3 text (".VnTime") byte 0xAD is the
		// letter ư, and Word writes it as this element. vntext.Clean drops
		// real soft hyphens after encoding repair.
		if w.inRun {
			w.text("\u00ad")
		}
	case "fldChar":
		switch attr(t, "fldCharType") {
		case "begin":
			w.fields = append(w.fields, &field{})
			w.hiding++
		case "separate":
			if f := w.top(); f != nil && !f.inResult {
				f.inResult, f.page = true, f.hidden()
				if !f.page {
					w.hiding--
				}
			}
		case "end":
			w.popField()
		}
	case "instrText":
		w.inInstr = true
	case "fldSimple":
		f := &field{inResult: true}
		f.instr.WriteString(attr(t, "instr"))
		f.page = f.hidden()
		if f.page {
			w.hiding++
		}
		w.fields = append(w.fields, f)
	case "tc":
		w.cells = append(w.cells, len(w.out))
	case "altChunk":
		if w.chunk != nil {
			for _, a := range t.Attr {
				if a.Name.Local == "id" {
					w.out = append(w.out, w.chunk(a.Value)...)
				}
			}
		}
	}
}

func (w *walker) end(t xml.EndElement) {
	if !isW(t.Name) {
		return
	}
	switch t.Name.Local {
	case "p":
		w.endPara()
	case "pPr":
		w.inPPr = false
		if len(w.paras) > 0 {
			w.number(w.paras[len(w.paras)-1])
		}
	case "r":
		w.inRun, w.inRPr = false, false
	case "rPr":
		w.inRPr = false
	case "t":
		w.inT = false
	case "instrText":
		w.inInstr = false
	case "fldSimple":
		w.popField()
	case "tc":
		if len(w.cells) == 0 {
			return
		}
		began := w.cells[len(w.cells)-1]
		w.cells = w.cells[:len(w.cells)-1]
		if len(w.out) == began {
			w.out = append(w.out, baocao.Block{})
		}
		last := &w.out[len(w.out)-1]
		last.Text = strings.TrimSuffix(last.Text, " ")
		last.Break = baocao.BreakCell
	case "tr":
		w.setBreak(baocao.BreakLine)
	case "tbl":
		w.setBreak(baocao.BreakPara)
	}
}

// inCell returns a space for a tab or line break inside a table cell,
// where either would break the row's line and its cell separators.
func (w *walker) inCell(s string) string {
	if len(w.cells) > 0 {
		return " "
	}
	return s
}

func (w *walker) top() *field {
	if len(w.fields) == 0 {
		return nil
	}
	return w.fields[len(w.fields)-1]
}

func (w *walker) popField() {
	f := w.top()
	if f == nil {
		return
	}
	if !f.inResult || f.page {
		w.hiding--
	}
	w.fields = w.fields[:len(w.fields)-1]
}

func (w *walker) setBreak(b baocao.Break) {
	if len(w.out) > 0 {
		w.out[len(w.out)-1].Break = b
	}
}

// number writes the list label of p, from its own numbering or its
// style's, when the paragraph properties end.
func (w *walker) number(p *para) {
	ref := p.num
	if !ref.set {
		style := p.style
		if style == "" {
			style = w.st.para
		}
		ref = w.st.numOf(style)
	}
	if l := w.nb.label(ref.id, ref.level); l != "" {
		saved := w.runFonts
		w.runFonts = fonts{}
		w.text(l + " ")
		w.runFonts = saved
	}
}

// runText adds the text of a w:t, raised digits kept apart from the
// figure before them (ingest.Raised).
func (w *walker) runText(s string) {
	if w.runSuper {
		s = ingest.Raised(s, ingest.LegacyFont(w.font()))
	}
	w.text(s)
}

// font is the current run's font name.
func (w *walker) font() string {
	style := ""
	if len(w.paras) > 0 {
		style = w.paras[len(w.paras)-1].style
	}
	if style == "" {
		style = w.st.para
	}
	k := fontKey{w.runFonts, w.runStyle, style}
	for i := range w.fontMemo {
		if m := &w.fontMemo[i]; m.ok && m.key == k {
			return m.name
		}
	}
	name := w.runFonts.over(w.st.of(w.runStyle)).over(w.st.of(style)).over(w.st.defaults).name()
	w.fontMemo[w.fontNext] = fontMemo{k, name, true}
	w.fontNext = (w.fontNext + 1) % len(w.fontMemo)
	return name
}

// text adds s to the open paragraph in the current run's font, unless it
// belongs to a field instruction.
func (w *walker) text(s string) {
	if sg := w.seg(); sg != nil {
		sg.text.WriteString(s)
	}
}

// runTextBytes is runText for the byte scanner's text.
func (w *walker) runTextBytes(b []byte) {
	if w.runSuper {
		w.runText(string(b))
		return
	}
	if sg := w.seg(); sg != nil {
		sg.text.Write(b)
	}
}

// seg returns the open paragraph's stretch in the current run's font, nil
// when text goes nowhere (outside paragraphs, in a hidden field).
func (w *walker) seg() *seg {
	if len(w.paras) == 0 {
		return nil
	}
	if w.hiding > 0 {
		return nil
	}
	p := w.paras[len(w.paras)-1]
	font := w.font()
	if n := len(p.segs); n == 0 || p.segs[n-1].font != font {
		p.segs = append(p.segs, &seg{font: font})
	}
	return p.segs[len(p.segs)-1]
}

// endPara turns the closed paragraph into blocks: one per font, joined by
// BreakNone, the last ending the paragraph, or, inside a table cell,
// followed by a space before the cell's next paragraph.
func (w *walker) endPara() {
	if len(w.paras) == 0 {
		return
	}
	p := w.paras[len(w.paras)-1]
	w.paras = w.paras[:len(w.paras)-1]
	empty := true
	for _, s := range p.segs {
		if strings.TrimSpace(s.text.String()) != "" {
			empty = false
		}
	}
	if empty {
		return
	}
	for _, s := range p.segs {
		w.out = append(w.out, baocao.Block{Text: s.text.String(), Font: s.font, Break: baocao.BreakNone})
	}
	last := &w.out[len(w.out)-1]
	if len(w.cells) > 0 {
		last.Text += " "
	} else {
		last.Break = baocao.BreakPara
	}
}
