package rtf

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"baocao"
)

// dest says where the text of the current group goes.
type dest uint8

const (
	dBody     dest = iota
	dSkip          // discarded, only groups are tracked
	dFontTbl       // the font table
	dInfo          // document properties: text discarded except \title
	dTitle         // \info{\title ...}
	dFootnote      // \footnote
	dHeader        // headers and footers
	dUpr           // \upr: the ANSI twin of a \*\ud group, discarded
)

// state is what '{' saves and '}' restores.
type state struct {
	dest   dest
	outer  dest // the destination the enclosing group had (for \upr)
	font   int  // -1: the document default
	uc     int  // bytes of fallback after \uN
	hidden bool
	super  bool // \super or \up: digits become superscript digits
}

// limits bound work on hostile input.
const (
	maxDepth = 4096
	maxFonts = 1 << 14
)

var errDepth = errors.New("groups nested too deeply")

// parser interprets the token stream.
type parser struct {
	ctx     context.Context
	lx      lexer
	st      state
	stack   []state
	fonts   map[int]*font
	deff    int
	ansicpg int
	starred bool
	ucSkip  int
	high    rune // pending UTF-16 high surrogate from \uN

	pend     []byte // \'xx bytes not yet decoded
	pendCP   int
	pendDest dest

	body, notes, heads, title sink
	nfoot                     int
	inNote                    bool

	fontEntry *font
	fontName  []byte

	numbering bool // keep \pntext and \listtext

	decoders map[int]*encoding.Decoder
	maxOut   int
	out      int
}

func newParser(ctx context.Context, data []byte, maxOut int) *parser {
	return &parser{
		ctx:      ctx,
		lx:       lexer{src: data},
		st:       state{font: -1, uc: 1},
		fonts:    map[int]*font{},
		decoders: map[int]*encoding.Decoder{},
		maxOut:   maxOut,
	}
}

// run interprets the whole input.
func (p *parser) run() error {
	for n := 0; ; n++ {
		if n&4095 == 0 {
			if err := p.ctx.Err(); err != nil {
				return err
			}
		}
		t := p.lx.next()
		if t.kind != tokHex && !(t.kind == tokText && p.ucSkip == 0 && hasHigh(t.text)) {
			p.flushPend()
		}
		switch t.kind {
		case tokEOF:
			p.flushPend()
			return nil
		case tokOpen:
			if len(p.stack) >= maxDepth {
				return errDepth
			}
			p.ucSkip = 0
			p.stack = append(p.stack, p.st)
			p.st.outer = p.st.dest
		case tokClose:
			p.ucSkip = 0
			p.starred = false
			if len(p.stack) == 0 {
				return nil // the document's outermost group is closed
			}
			p.closeGroup()
			if len(p.stack) == 0 {
				return nil
			}
		case tokText:
			p.starred = false
			p.text(t.text)
		case tokHex:
			p.starred = false
			if p.ucSkip > 0 {
				p.ucSkip--
				continue
			}
			p.hexByte(t.b)
		case tokSym:
			p.symbol(t.word)
		case tokWord:
			p.word(t)
		}
		if p.out > p.maxOut {
			return fmt.Errorf("text longer than %d bytes: %w", p.maxOut, baocao.ErrTooLarge)
		}
	}
}

func hasHigh(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// closeGroup pops the state and finishes what the group held.
func (p *parser) closeGroup() {
	was := p.st
	p.st = p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	switch {
	case was.dest == dFontTbl && p.st.dest != dFontTbl:
		p.endFontEntry()
	case was.dest == dFootnote && p.st.dest != dFootnote:
		p.notes.brk(baocao.BreakPara)
		p.inNote = false
	}
}

// text handles a run of literal bytes.
func (p *parser) text(b []byte) {
	if p.ucSkip > 0 {
		n := min(p.ucSkip, len(b))
		p.ucSkip -= n
		b = b[n:]
	}
	if len(b) == 0 {
		return
	}
	switch p.st.dest {
	case dSkip, dInfo, dUpr:
		return
	case dFontTbl:
		p.fontText(b)
		return
	}
	if !hasHigh(b) {
		p.emit(string(b))
		return
	}
	for _, c := range b {
		if c < 0x80 {
			p.flushPend()
			p.emit(string(rune(c)))
		} else {
			p.hexByte(c)
		}
	}
}

// hexByte queues one byte of the current font's code page.
func (p *parser) hexByte(c byte) {
	switch p.st.dest {
	case dSkip, dInfo, dUpr:
		return
	case dFontTbl:
		p.fontName = append(p.fontName, c)
		return
	}
	cp := codePageFor(p.curFont(), p.ansicpg)
	if len(p.pend) > 0 && (cp != p.pendCP || p.pendDest != p.st.dest) {
		p.flushPend()
	}
	p.pend = append(p.pend, c)
	p.pendCP = cp
	p.pendDest = p.st.dest
}

// flushPend decodes the queued bytes into text.
func (p *parser) flushPend() {
	if len(p.pend) == 0 {
		return
	}
	s := p.decode(p.pend, p.pendCP)
	p.pend = p.pend[:0]
	p.emitTo(p.sinkFor(p.pendDest), s)
}

func (p *parser) decode(b []byte, cp int) string {
	if cp != 1252 {
		d, ok := p.decoders[cp]
		if !ok {
			d = codePageDecoder(cp)
			p.decoders[cp] = d
		}
		if d != nil {
			if s, err := d.Bytes(b); err == nil && utf8.Valid(s) {
				return string(s)
			}
		}
	}
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(cp1252[c])
	}
	return sb.String()
}

func (p *parser) curFont() *font {
	n := p.st.font
	if n < 0 {
		n = p.deff
	}
	return p.fonts[n]
}

func (p *parser) fontNameOf() string {
	if f := p.curFont(); f != nil {
		return f.name
	}
	return ""
}

func (p *parser) sinkFor(d dest) *sink {
	switch d {
	case dBody:
		return &p.body
	case dFootnote:
		return &p.notes
	case dHeader:
		return &p.heads
	case dTitle:
		return &p.title
	}
	return nil
}

// emit adds decoded text to the current destination.
func (p *parser) emit(s string) {
	if p.st.super {
		if f := p.curFont(); f != nil && f.legacy {
			// ¹²³ are Latin-1 characters that vntext would read as TCVN3
			// letters in a legacy font: bracket the raised digits instead.
			if strings.Trim(s, "0123456789") == "" {
				s = "[" + s + "]"
			}
		} else {
			s = superDigits(s)
		}
	}
	p.emitTo(p.sinkFor(p.st.dest), s)
}

var superscript = [10]rune{'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'}

// superDigits writes raised digits as superscript digits: a footnote or
// exponent typed as "2020{\super 6}" must not read as the number 20206.
func superDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return superscript[r-'0']
		}
		return r
	}, s)
}

func (p *parser) emitTo(k *sink, s string) {
	if k == nil || p.st.hidden || s == "" {
		return
	}
	if p.high != 0 {
		p.high = 0 // an unpaired surrogate: dropped
	}
	p.out += len(s)
	k.add(p.fontNameOf(), s)
}

// brk ends a paragraph, line, cell or row in the current destination.
func (p *parser) brk(b baocao.Break) {
	k := p.sinkFor(p.st.dest)
	if k == nil {
		return
	}
	k.brk(b)
	if k == &p.body && b >= baocao.BreakPara && len(p.notes.blocks) > 0 && !p.inNote {
		p.body.blocks = append(p.body.blocks, p.notes.blocks...)
		p.notes.blocks = p.notes.blocks[:0]
	}
}
