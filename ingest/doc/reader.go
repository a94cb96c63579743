package doc

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"baocao"
	"baocao/ingest"
	"baocao/ingest/ole"
)

// Reader reads Word 97–2003 documents. The zero value is ready to use and
// safe for concurrent use.
type Reader struct {
	// DropDeletions leaves out text marked as a tracked deletion. It is
	// off by default: the reference transcripts of the legacy corpus, like
	// Word's own "show markup" view, keep deleted text, and a report with
	// unaccepted revisions is more often read with them.
	DropDeletions bool
}

var _ baocao.Reader = (*Reader)(nil)

// Formats lists .doc and the .dot template, which has the same layout.
func (*Reader) Formats() []string { return []string{"doc", "dot"} }

// document is one parsed file.
type document struct {
	fib    *fib
	chars  chars
	chpx   []fkpRun[chp]
	papx   []fkpRun[pap]
	fonts  []string
	styles stylesheet
	hdd    []uint32 // header story boundaries, relative to its start
	hint   string   // Word 6: the one font named for the whole text
}

// Read returns the text of every story in file order: the body, then
// footnotes, headers and footers (each distinct one once), comments,
// endnotes and text boxes. Word 6 and Word 95 files give their text with
// one font hint for the whole document and a warning. It returns an error
// wrapping baocao.ErrEncrypted for a password-protected file,
// baocao.ErrUnsupported for Word 2 and older, and baocao.ErrCorrupt for
// anything unreadable.
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer ingest.Recover(&err, "doc")
	f, err := ole.Open(src.Data)
	if err != nil {
		return nil, fmt.Errorf("doc: %w", err)
	}
	d, err := parse(f)
	if err != nil {
		return nil, err
	}
	e := &emitter{d: d, dropDeleted: r.DropDeletions}
	cp := uint32(0)
	for k, n := range d.fib.ccp {
		from, to := cp, cp+n
		cp = to
		if n == 0 || storyNames[k] == "macros" {
			continue
		}
		if storyNames[k] == "headers" {
			err = e.headers(ctx, from, to)
		} else {
			err = e.story(ctx, from, to)
		}
		if err != nil {
			return nil, err
		}
		e.endStory()
	}
	e.flush(baocao.BreakNone)
	c = &baocao.Content{Format: "doc", Blocks: e.blocks, Title: f.Title(), Reader: "doc"}
	if d.fib.word6 {
		c.Warnings = append(c.Warnings, "word 6/95 file: run fonts and table rows not read")
	}
	return c, nil
}

func parse(f *ole.File) (*document, error) {
	word, err := f.Stream("WordDocument")
	if errors.Is(err, ole.ErrNoStream) {
		return nil, fmt.Errorf("doc: no WordDocument stream: %w", baocao.ErrCorrupt)
	}
	if err != nil {
		return nil, fmt.Errorf("doc: %w", err)
	}
	fb, err := parseFIB(word)
	if err != nil {
		return nil, err
	}
	if fb.encrypted {
		return nil, fmt.Errorf("doc: %w", baocao.ErrEncrypted)
	}
	var total uint64
	for _, n := range fb.ccp {
		total += uint64(n)
	}
	if total > uint64(len(word)) {
		return nil, fmt.Errorf("doc: %d characters claimed in a %d-byte stream: %w", total, len(word), baocao.ErrCorrupt)
	}
	if total > maxChars {
		return nil, fmt.Errorf("doc: %d characters, limit %d: %w", total, maxChars, baocao.ErrTooLarge)
	}
	if fb.word6 {
		ps, err := pieces6(fb, word, uint32(total))
		if err != nil {
			return nil, err
		}
		fonts := readFonts6(fb.slice(word, iSttbfFfn))
		return &document{
			fib:   fb,
			chars: loadChars(ps, word, uint32(total)),
			fonts: fonts,
			hint:  fontHint6(fonts),
			hdd:   readPlc(fb.slice(word, iPlcfHdd)),
		}, nil
	}
	name := "0Table"
	if fb.table1 {
		name = "1Table"
	}
	table, err := f.Stream(name)
	if err != nil {
		return nil, fmt.Errorf("doc: table stream %s: %w", name, errors.Join(err, baocao.ErrCorrupt))
	}
	clx := fb.slice(table, iClx)
	if clx == nil {
		return nil, fmt.Errorf("doc: no piece table: %w", baocao.ErrCorrupt)
	}
	ps, err := readPieces(clx, len(word), false)
	if err != nil {
		return nil, err
	}
	return &document{
		fib:    fb,
		chars:  loadChars(ps, word, uint32(total)),
		chpx:   readCHPX(word, fb.slice(table, iPlcfBteChpx)),
		papx:   readPAPX(word, fb.slice(table, iPlcfBtePapx)),
		fonts:  readFonts(fb.slice(table, iSttbfFfn)),
		styles: readStyles(fb.slice(table, iStshf)),
		hdd:    readPlc(fb.slice(table, iPlcfHdd)),
	}, nil
}

// fontOf names the font of character r: the run's own font, else its
// character style's, its paragraph style's, the document default. ASCII
// uses the first font slot, everything else the third, as Word does.
func (d *document) fontOf(r rune, c chp, paraIstd int) string {
	if d.fib.word6 {
		return d.hint
	}
	f := styleFont{c.ftc0, c.ftc2}
	for _, s := range []styleFont{d.styles.font(c.istd), d.styles.font(paraIstd), d.styles.def} {
		if f.ftc0 == noFont {
			f.ftc0 = s.ftc0
		}
		if f.ftc2 == noFont {
			f.ftc2 = s.ftc2
		}
	}
	ftc := f.ftc0
	if r >= 0x80 && f.ftc2 != noFont {
		ftc = f.ftc2
	}
	if ftc >= 0 && ftc < len(d.fonts) {
		return d.fonts[ftc]
	}
	return ""
}

// maxChars bounds the text of one document: Word itself stops near 32
// million characters, and each costs the reader about 6 bytes.
const maxChars = 1 << 25

// iPlcfHdd indexes the header story boundaries in FibRgFcLcb97.
const iPlcfHdd = 11

// headers emits the header story [from, to): the separators and every
// header and footer, each distinct text once, since a document repeats
// the same header for every section.
func (e *emitter) headers(ctx context.Context, from, to uint32) error {
	cps := e.d.hdd
	if len(cps) < 2 {
		return e.story(ctx, from, to)
	}
	seen := map[string]bool{}
	for k := 0; k+1 < len(cps); k++ {
		a, b := from+cps[k], from+cps[k+1]
		// The character array can be shorter than the FIB claims when the
		// piece table is damaged.
		if a >= b || b > to || b > uint32(len(e.d.chars.u)) {
			continue
		}
		key := string(utf16Bytes(e.d.chars.u[a:b]))
		if seen[key] {
			continue
		}
		seen[key] = true
		if err := e.story(ctx, a, b); err != nil {
			return err
		}
	}
	return nil
}

func utf16Bytes(u []uint16) []byte {
	b := make([]byte, 2*len(u))
	for i, c := range u {
		binary.LittleEndian.PutUint16(b[2*i:], c)
	}
	return b
}

// readPlc reads a PLC that holds only character positions.
func readPlc(b []byte) []uint32 {
	cps := make([]uint32, len(b)/4)
	for i := range cps {
		cps[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return cps
}
