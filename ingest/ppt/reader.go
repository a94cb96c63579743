package ppt

import (
	"context"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf16"

	"baocao"
	"baocao/ingest"
	"baocao/ingest/ole"
)

// Reader reads PowerPoint 97–2003 presentations. The zero value is ready
// to use and safe for concurrent use.
type Reader struct{}

var _ baocao.Reader = (*Reader)(nil)

// Formats lists presentations, shows and templates, which share a layout.
func (*Reader) Formats() []string { return []string{"ppt", "pps", "pot"} }

// maxDepth bounds container nesting; real files stay under ten.
const maxDepth = 32

// walker collects text atoms in file order.
type walker struct {
	ctx    context.Context
	fonts  []string
	blocks []baocao.Block
	last   *textAtom // the text atom a following StyleTextPropAtom styles
	atoms  []*textAtom
	steps  int

	// masterFont is the font ref of the first master's text styles, by
	// text type; textType is the type of the text atoms that follow.
	masterFont map[int]int
	textType   int
}

// textAtom is one text atom's characters, its text type (title, body,
// ...) and, once read, its font runs.
type textAtom struct {
	text []rune
	typ  int
	runs []fontRun
}

// Read returns the text of every slide, notes page and text box in file
// order, each text atom a paragraph and each paragraph inside it a line.
// It returns an error wrapping baocao.ErrEncrypted for an encrypted
// presentation and baocao.ErrCorrupt for anything unreadable.
func (*Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer ingest.Recover(&err, "ppt")
	f, err := ole.Open(src.Data)
	if err != nil {
		return nil, fmt.Errorf("ppt: %w", err)
	}
	b, err := f.Stream("PowerPoint Document")
	if err != nil {
		return nil, fmt.Errorf("ppt: no PowerPoint Document stream: %w", baocao.ErrCorrupt)
	}
	w := &walker{ctx: ctx, masterFont: map[int]int{}}
	if err := w.walk(b, 0, false); err != nil {
		return nil, err
	}
	for _, a := range w.atoms {
		w.emit(a)
	}
	return &baocao.Content{Format: "ppt", Blocks: w.blocks, Title: f.Title(), Reader: "ppt"}, nil
}

// walk visits the records of b. Inside a master slide nothing is kept.
func (w *walker) walk(b []byte, depth int, master bool) error {
	if depth > maxDepth {
		return fmt.Errorf("ppt: records nested deeper than %d: %w", maxDepth, baocao.ErrCorrupt)
	}
	for i := 0; i+headerSize <= len(b); {
		if w.steps++; w.steps%4096 == 0 {
			if err := w.ctx.Err(); err != nil {
				return err
			}
		}
		h, _ := readHeader(b[i:])
		body := b[i+headerSize : i+headerSize+min(h.len, len(b)-i-headerSize)]
		i += headerSize + len(body)
		if h.len < 0 {
			break
		}
		switch {
		case h.typ == rtCryptSession:
			return fmt.Errorf("ppt: %w", baocao.ErrEncrypted)
		case h.container():
			if h.typ == rtFontCollection {
				w.fonts = w.fonts[:0] // a later copy replaces an earlier one
			}
			inMaster := master || h.typ == rtMainMaster || h.typ == rtHandout ||
				(h.typ == rtNotes && notesMaster(body))
			if err := w.walk(body, depth+1, inMaster); err != nil {
				return err
			}
			w.last = nil
		case h.typ == rtFontEntityAtom:
			w.fonts = append(w.fonts, faceName(body))
		case h.typ == rtTextMasterStyleAtom:
			if _, seen := w.masterFont[int(h.inst)]; !seen {
				w.masterFont[int(h.inst)] = masterFontRef(body, int(h.inst))
			}
		case h.typ == rtTextHeaderAtom:
			if len(body) >= 4 {
				w.textType = int(binary.LittleEndian.Uint32(body))
			}
		case master:
		case h.typ == rtTextCharsAtom:
			u := make([]uint16, len(body)/2)
			for k := range u {
				u[k] = binary.LittleEndian.Uint16(body[2*k:])
			}
			w.add(utf16.Decode(u))
		case h.typ == rtTextBytesAtom:
			// Each byte is the low byte of a UTF-16 code unit ([MS-PPT]
			// 2.9.23): Latin-1.
			r := make([]rune, len(body))
			for k, c := range body {
				r[k] = rune(c)
			}
			w.add(r)
		case h.typ == rtStyleTextPropAtom && w.last != nil:
			w.last.runs = fontRuns(body, len(w.last.text))
			w.last = nil
		}
	}
	return nil
}

func (w *walker) add(text []rune) {
	a := &textAtom{text: text, typ: w.textType}
	w.atoms = append(w.atoms, a)
	w.last = a
}

// notesMaster reports whether a Notes container is the notes master: its
// NotesAtom refers to no slide ([MS-PPT] 2.5.11).
func notesMaster(body []byte) bool {
	h, ok := readHeader(body)
	return ok && h.typ == rtNotesAtom && len(body) >= headerSize+4 &&
		binary.LittleEndian.Uint32(body[headerSize:]) == 0
}

// faceName reads the 32-character lfFaceName of a FontEntityAtom.
func faceName(b []byte) string {
	var u []uint16
	for k := 0; k+1 < min(len(b), 64); k += 2 {
		c := binary.LittleEndian.Uint16(b[k:])
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}

// emit turns a text atom into blocks: a new block when the font changes,
// a line break at each paragraph mark, a paragraph break at the end.
func (w *walker) emit(a *textAtom) {
	var sb strings.Builder
	font := ""
	runIdx, left := 0, 0
	ref := w.defaultFont(a.typ)
	flush := func(br baocao.Break) {
		if sb.Len() == 0 && br != baocao.BreakNone {
			if k := len(w.blocks) - 1; k >= 0 && w.blocks[k].Break < br {
				w.blocks[k].Break = br
			}
			return
		}
		if sb.Len() > 0 {
			w.blocks = append(w.blocks, baocao.Block{Text: sb.String(), Font: font, Break: br})
			sb.Reset()
		}
	}
	for _, r := range a.text {
		for left == 0 && runIdx < len(a.runs) {
			left = a.runs[runIdx].n
			if a.runs[runIdx].ref >= 0 {
				ref = a.runs[runIdx].ref
			}
			runIdx++
		}
		if left > 0 {
			left--
		}
		name := ""
		if ref >= 0 && ref < len(w.fonts) {
			name = w.fonts[ref]
		}
		if name != font && sb.Len() > 0 {
			flush(baocao.BreakNone)
		}
		font = name
		switch {
		case r == '\r':
			flush(baocao.BreakLine)
		case r == 0x0B:
			flush(baocao.BreakLine)
		case r < 0x20 && r != '\t':
		default:
			sb.WriteRune(r)
		}
	}
	flush(baocao.BreakPara)
}

// Text types of a TextHeaderAtom ([MS-PPT] 2.13.33) that fall back on
// another type's master style.
const (
	textTitle       = 0
	textBody        = 1
	textOther       = 4
	textCenterBody  = 5
	textCenterTitle = 6
	textHalfBody    = 7
	textQuarterBody = 8
)

// defaultFont is the font ref text of type typ has when its own runs set
// none: its master style's, else the body style's, else the first font.
func (w *walker) defaultFont(typ int) int {
	switch typ {
	case textCenterTitle:
		typ = textTitle
	case textCenterBody, textHalfBody, textQuarterBody:
		typ = textBody
	}
	for _, t := range []int{typ, textOther, textBody} {
		if ref, ok := w.masterFont[t]; ok && ref >= 0 {
			return ref
		}
	}
	if len(w.fonts) > 0 {
		return 0
	}
	return -1
}
