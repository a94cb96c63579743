package vntext

import (
	"bytes"
	"fmt"
	"strings"
	"unsafe"

	"baocao"
)

// Options control Assemble.
type Options struct {
	// From forces the legacy encoding of every block ("tcvn3", "vni", ...,
	// any name ParseEncoding accepts), overriding detection; empty means
	// detect.
	From string

	// CapsFonts shows text in a TCVN3 capitals font (.VnTimeH, .VnArialH)
	// in upper case, as the font displays it. Off by default: stored text
	// keeps the case the typist used, as the reference transcripts do (a
	// heading typed "tæ chøc" in .VnTimeH stays "tổ chức"); words typed in
	// capitals are upper-cased either way.
	CapsFonts bool
}

// Text is a document's text as baocao stores it.
type Text struct {
	Text       string // UTF-8 NFC
	PageStarts []int  // byte offset where page i+1 starts; nil when the format has no pages
	Encoding   string // what the source was in: "utf-8", "tcvn3", "vni", "mixed", ... (an Encoding)
}

// Assemble joins a reader's blocks into the stored text. Each block's
// encoding is decided on its own (font hint, then its words), blocks
// without evidence inherit from their neighbours, raw bytes are decoded
// with the 8-bit encoding the whole file reads best in; the text is then
// cleaned (Clean) a line at a time, so a combining mark that starts a block
// still composes with the block before it, and page starts are recorded.
// The error wraps baocao.ErrEncoding when Options.From is unknown or raw
// bytes decode plausibly in no encoding. Assemble is safe for concurrent use.
func Assemble(c *baocao.Content, opt Options) (Text, error) {
	var dec decoded
	var err error
	if opt.From != "" {
		var enc Encoding
		if enc, err = ParseEncoding(opt.From); err != nil {
			return Text{}, fmt.Errorf("assemble: %w", err)
		}
		dec, err = decodeForced(c.Blocks, enc, opt.CapsFonts)
	} else {
		dec, err = decodeDetect(c, opt.CapsFonts)
	}
	if err != nil {
		return Text{}, fmt.Errorf("assemble: %w", err)
	}
	t := join(c, dec.texts, dec.clean)
	t.Encoding = string(dec.label(c.Encoding))
	return t, nil
}

// decoded holds each block's Unicode text and the word counts that name the
// document's encoding.
type decoded struct {
	texts []string
	clean []bool // per block, when set: Clean would return the text as it is
	words tally
	enc   Encoding // set when one encoding was applied to everything
	raw   Encoding // the encoding of the raw bytes, if any
}

func (d *decoded) label(readerEnc string) Encoding {
	if d.enc != "" {
		return d.enc
	}
	if e := d.words.result(); e != "" {
		// Unicode text a reader decoded itself (from Windows-1258, say)
		// reports what the file was in
		if r := readerLabel(readerEnc); (e == UTF8 || e == NFD) && r != UTF8 {
			return r
		}
		return e
	}
	if d.raw != "" {
		return d.raw
	}
	return readerLabel(readerEnc)
}

// readerLabel names the encoding a reader decoded itself.
func readerLabel(s string) Encoding {
	if s == "" {
		return UTF8
	}
	if e, err := ParseEncoding(s); err == nil {
		return e
	}
	return UTF8
}

func decodeForced(blocks []baocao.Block, enc Encoding, capsFonts bool) (decoded, error) {
	d := decoded{texts: make([]string, len(blocks)), enc: enc}
	if enc == TCVN3H {
		d.enc = TCVN3
	}
	for i, bl := range blocks {
		if enc == TCVN3 || enc == TCVN3H {
			// word by word, so words typed in capitals come out in capitals
			s := bl.Text
			if bl.Raw != nil {
				s = latin1String(bl.Raw)
			}
			var counts [nCand]int
			d.texts[i] = analyse(s, bl.Raw != nil, true).render(candTCVN3, enc == TCVN3H || capsFonts && capsFont(bl.Font), &counts, true)
			continue
		}
		e := enc
		b := bl.Raw
		if b == nil {
			var ok bool
			switch e {
			case UTF8, NFD, Mojibake, VIQR:
				b = []byte(bl.Text)
			default:
				if b, ok = cp1252Bytes(bl.Text); !ok {
					d.texts[i] = composeNFC(bl.Text) // already Unicode
					continue
				}
			}
		}
		s, err := Decode(e, b)
		if err != nil && e == Mojibake && bl.Raw == nil {
			s, err = composeNFC(bl.Text), nil // this block was not mis-decoded
		}
		if err != nil {
			return d, fmt.Errorf("block %d: %w", i, err)
		}
		d.texts[i] = s
	}
	return d, nil
}

// blockDecision is detection's verdict on one text block.
type blockDecision struct {
	p     *plan
	main  cand
	sure  bool
	done  bool     // decoded already (mojibake, raw, VIQR)
	plain int      // plain Unicode (p is nil): its non-ASCII words
	label Encoding // and what it was in
}

func decodeDetect(c *baocao.Content, capsFonts bool) (decoded, error) {
	d := decoded{texts: make([]string, len(c.Blocks))}
	if err := decodeRaw(c.Blocks, &d); err != nil {
		return d, err
	}
	if isVIQRDocument(c.Blocks) {
		for i, bl := range c.Blocks {
			d.texts[i] = decodeVIQR(bl.Text)
		}
		d.enc = VIQR
		return d, nil
	}
	ds := make([]blockDecision, len(c.Blocks))
	for i, bl := range c.Blocks {
		if bl.Raw != nil || bl.Text == "" {
			ds[i].done = true
			continue
		}
		if u, ok := unMojibake(bl.Text); ok && mojibakeWins(bl.Text, u) {
			d.texts[i] = composeNFC(u)
			pos, neg := scoreUnicode(d.texts[i])
			d.words.add(Mojibake, pos+neg)
			ds[i].done = true
			continue
		}
		hint, _, hasHint := fontHint(bl.Font)
		if plainDetect && (!hasHint || hint == candIdent) {
			if n, stable, clean, ok := plainUnicode(bl.Text, !hasHint); ok {
				// what analyse, choose and render would decide (plain.go)
				d.texts[i], ds[i].label = bl.Text, UTF8
				if clean {
					if d.clean == nil {
						d.clean = make([]bool, len(c.Blocks))
					}
					d.clean[i] = true
				}
				if !stable {
					d.texts[i], ds[i].label = composeNFC(bl.Text), candLabel(candIdent, bl.Text)
				}
				ds[i].main, ds[i].sure, ds[i].plain = candIdent, true, n
				continue
			}
		}
		p := analyse(bl.Text, false, hasHint && hint != candIdent)
		ds[i].p = p
		ds[i].main, ds[i].sure = p.choose(hint, hasHint)
	}
	inherit(ds)
	for i, bl := range c.Blocks {
		if ds[i].done {
			continue
		}
		if ds[i].p == nil { // plain Unicode
			d.words.add(ds[i].label, ds[i].plain)
			continue
		}
		var counts [nCand]int
		d.texts[i] = ds[i].p.render(ds[i].main, capsFonts && capsFont(bl.Font), &counts, false)
		for k, n := range counts {
			d.words.add(candLabel(cand(k), bl.Text), n)
		}
	}
	return d, nil
}

// inherit gives each block without a decision the main candidate of the
// nearest decided block, the previous one first: a heading or a table cell
// of three letters says nothing about its encoding, its neighbours do.
func inherit(ds []blockDecision) {
	last := -1
	for i := range ds {
		if ds[i].done {
			continue
		}
		if ds[i].sure {
			last = i
			continue
		}
		if last >= 0 {
			ds[i].main = ds[last].main
		}
	}
	next := -1
	for i := len(ds) - 1; i >= 0; i-- {
		if ds[i].done {
			continue
		}
		if ds[i].sure {
			next = i
			continue
		}
		if next >= 0 && !precededBySure(ds, i) {
			ds[i].main = ds[next].main
		}
	}
}

func precededBySure(ds []blockDecision, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if !ds[j].done && ds[j].sure {
			return true
		}
	}
	return false
}

// decodeRaw decodes the blocks holding bare bytes, all in the one 8-bit
// encoding the file as a whole reads best in; between TCVN3 and VNI the
// choice is refined word by word.
func decodeRaw(blocks []baocao.Block, d *decoded) error {
	var all []byte
	for _, bl := range blocks {
		if bl.Raw != nil && len(all) < rawSample {
			all = append(all, bl.Raw...)
			all = append(all, '\n')
		}
	}
	if all == nil {
		return nil
	}
	enc, err := DetectBytes(all)
	if err != nil {
		return err
	}
	d.raw = enc
	for i, bl := range blocks {
		if bl.Raw == nil {
			continue
		}
		if enc != TCVN3 && enc != VNI {
			s, _ := Decode(enc, bl.Raw)
			d.texts[i] = s
			pos, neg := scoreUnicode(s)
			d.words.add(enc, pos+neg)
			continue
		}
		main := candTCVN3
		if enc == VNI {
			main = candVNI
		}
		var counts [nCand]int
		d.texts[i] = analyse(latin1String(bl.Raw), true, true).render(main, false, &counts, false)
		for k, n := range counts {
			d.words.add(candEnc[k], n)
		}
	}
	return nil
}

// join writes the decoded blocks with their breaks, cleaning a line at a
// time, and records page starts. A line of blocks clean marks needs no
// Clean: isClean holds rune by rune, so for their concatenation too.
func join(c *baocao.Content, texts []string, clean []bool) Text {
	n := 0
	for _, t := range texts {
		n += len(t) + 2 // a break is at most two bytes
	}
	b := make([]byte, 0, n+1)
	var starts []int
	page := 0
	for i := 0; i < len(c.Blocks); {
		// a group is a run of blocks on one line and page (BreakNone)
		j := i
		for j+1 < len(c.Blocks) && c.Blocks[j].Break == baocao.BreakNone && c.Blocks[j+1].Page == c.Blocks[i].Page {
			j++
		}
		for page < c.Blocks[i].Page {
			starts = append(starts, len(b))
			page++
		}
		switch {
		case allClean(clean, i, j):
			for k := i; k <= j; k++ {
				b = append(b, texts[k]...)
			}
		case i == j:
			b = append(b, Clean(texts[i])...)
		default:
			var g strings.Builder
			for k := i; k <= j; k++ {
				g.WriteString(texts[k])
			}
			b = append(b, Clean(g.String())...)
		}
		b = appendBreak(b, c.Blocks[j].Break)
		i = j + 1
	}
	b = append(bytes.TrimRight(b, " \n\t"), '\n')
	// b is not written again: the text shares its bytes rather than copy them
	t := Text{Text: unsafe.String(unsafe.SliceData(b), len(b))}
	if c.Pages > 0 || len(starts) > 0 {
		for len(starts) < c.Pages {
			starts = append(starts, len(t.Text))
		}
		for i := range starts {
			if starts[i] > len(t.Text) {
				starts[i] = len(t.Text)
			}
		}
		t.PageStarts = starts
	}
	return t
}

// BreakCellSep is what separates table cells in stored text.
const BreakCellSep = "\t"

func appendBreak(b []byte, br baocao.Break) []byte {
	switch br {
	case baocao.BreakCell:
		return append(b, BreakCellSep...)
	case baocao.BreakLine:
		return append(b, '\n')
	case baocao.BreakPara, baocao.BreakPage:
		return append(b, "\n\n"...)
	}
	return b
}

// allClean reports whether clean marks blocks i to j.
func allClean(clean []bool, i, j int) bool {
	if clean == nil {
		return false
	}
	for k := i; k <= j; k++ {
		if !clean[k] {
			return false
		}
	}
	return true
}
