package rtf

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"baocao"
)

// symbol handles a control symbol such as \~ or \*.
func (p *parser) symbol(s string) {
	if s == "*" {
		p.starred = true
		return
	}
	p.starred = false
	if p.ucSkip > 0 {
		p.ucSkip--
		return
	}
	if t, ok := controlSymbols[s]; ok {
		if p.st.dest == dFontTbl {
			p.fontText([]byte(t))
			return
		}
		p.emit(t)
	}
}

// word handles a control word.
func (p *parser) word(t token) {
	w := t.word
	if p.starred {
		p.starred = false
		if !keepStarred[w] {
			p.st.dest = dSkip
			return
		}
	}
	if p.st.dest == dSkip {
		if w == "bin" {
			p.skipBinary(t)
		}
		return
	}
	if p.ucSkip > 0 && w != "u" {
		p.ucSkip--
		return
	}
	if p.st.dest == dFontTbl {
		p.fontWord(t)
		return
	}
	if skipDestinations[w] {
		p.st.dest = dSkip
		return
	}
	if s, ok := symbolWords[w]; ok {
		p.emit(s)
		return
	}
	if b, ok := breakWords[w]; ok {
		p.brk(b)
		return
	}
	if numberingWords[w] && !p.numbering {
		p.st.dest = dSkip
		return
	}
	if headerWords[w] {
		p.st.dest = dHeader
		return
	}
	switch w {
	case "rtf":
	case "ansi":
		p.ansicpg = 1252
	case "mac":
		p.ansicpg = 10000
	case "pc":
		p.ansicpg = 437
	case "pca":
		p.ansicpg = 850
	case "ansicpg":
		if t.hasParam && t.param > 0 {
			p.ansicpg = t.param
		}
	case "deff":
		p.deff = t.param
	case "fonttbl":
		p.st.dest = dFontTbl
	case "f":
		p.st.font = t.param
	case "plain":
		p.st.font = -1
		p.st.hidden = false
		p.st.super = false
	case "super":
		p.st.super = !t.hasParam || t.param != 0
	case "up":
		p.st.super = !t.hasParam || t.param > 0
	case "sub", "nosupersub":
		p.st.super = false
	case "uc":
		if t.param >= 0 && t.param < 16 {
			p.st.uc = t.param
		}
	case "u":
		p.unicode(t.param)
	case "v":
		p.st.hidden = !t.hasParam || t.param != 0
	case "bin":
		p.skipBinary(t)
	case "info":
		p.st.dest = dInfo
	case "title":
		if p.st.dest == dInfo {
			p.st.dest = dTitle
		}
	case "footnote":
		if p.st.dest == dBody {
			p.nfoot++
			p.st.dest = dFootnote
			p.inNote = true
			p.emitTo(p.sinkFor(p.st.dest), "["+strconv.Itoa(p.nfoot)+"] ")
		}
	case "chftn":
		// The mark in the body precedes its \footnote group; inside the
		// footnote, the "[n] " written when it opened stands for it.
		if p.st.dest != dFootnote {
			p.emitTo(p.sinkFor(p.st.dest), "["+strconv.Itoa(p.nfoot+1)+"]")
		}
	case "upr":
		p.st.dest = dUpr
	case "ud":
		if p.st.dest == dUpr || p.st.outer == dUpr {
			p.st.dest = p.stack[len(p.stack)-1].outer
		}
	case "pard", "trowd", "intbl", "fldrslt", "field", "object", "result", "shp", "shpinst", "shptxt":
		// Structure that needs no action: the text in them is read as is.
	}
}

// unicode emits \uN, a UTF-16 code unit, and arms the fallback skip.
func (p *parser) unicode(n int) {
	if n < 0 {
		n += 65536
	}
	p.ucSkip = p.st.uc
	r := rune(n)
	switch {
	case r >= 0xD800 && r < 0xDC00:
		p.high = r
		return
	case r >= 0xDC00 && r < 0xE000:
		if p.high == 0 {
			return
		}
		r = (p.high-0xD800)<<10 + (r - 0xDC00) + 0x10000
		p.high = 0
	}
	if !utf8.ValidRune(r) || r == 0 {
		return
	}
	if p.st.dest == dFontTbl {
		p.fontName = utf8.AppendRune(p.fontName, r)
		return
	}
	p.emit(string(r))
}

func (p *parser) skipBinary(t token) {
	if t.param > 0 {
		p.lx.pos = min(len(p.lx.src), p.lx.pos+t.param)
	}
}

// fontWord handles control words inside the font table.
func (p *parser) fontWord(t token) {
	switch t.word {
	case "f":
		p.endFontEntry()
		if len(p.fonts) >= maxFonts {
			return
		}
		f := &font{charset: -1}
		p.fonts[t.param] = f
		p.fontEntry = f
	case "fcharset":
		if p.fontEntry != nil {
			p.fontEntry.charset = t.param
		}
	case "cpg":
		if p.fontEntry != nil {
			p.fontEntry.cpg = t.param
		}
	case "u":
		p.unicode(t.param)
	default:
		if skipDestinations[t.word] {
			p.st.dest = dSkip
		}
	}
}

// fontText collects a font name up to its ';'.
func (p *parser) fontText(b []byte) {
	if p.fontEntry == nil {
		return
	}
	if i := strings.IndexByte(string(b), ';'); i >= 0 {
		p.fontName = append(p.fontName, b[:i]...)
		p.endFontEntry()
		return
	}
	p.fontName = append(p.fontName, b...)
}

// endFontEntry names the font being defined.
func (p *parser) endFontEntry() {
	if p.fontEntry == nil {
		return
	}
	if len(p.fontName) > 0 && p.fontEntry.name == "" {
		name := p.fontName
		if utf8.Valid(name) {
			p.fontEntry.name = strings.TrimSpace(string(name))
		} else {
			p.fontEntry.name = strings.TrimSpace(p.decode(name, codePageFor(&font{charset: p.fontEntry.charset}, p.ansicpg)))
		}
		p.fontEntry.legacy = legacyVietnamese(p.fontEntry.name)
	}
	p.fontName = p.fontName[:0]
	p.fontEntry = nil
}

// sink collects the blocks of one destination (body, notes, headers).
type sink struct {
	blocks []baocao.Block
	buf    strings.Builder
	font   string
}

func (k *sink) add(font, s string) {
	if k.buf.Len() > 0 && font != k.font {
		k.flush(baocao.BreakNone)
	}
	k.font = font
	k.buf.WriteString(s)
}

func (k *sink) flush(b baocao.Break) {
	k.blocks = append(k.blocks, baocao.Block{Text: k.buf.String(), Font: k.font, Break: b})
	k.buf.Reset()
}

// brk ends the current block with b. Empty paragraphs only strengthen the
// previous break, but an empty cell still counts, so that columns line up.
func (k *sink) brk(b baocao.Break) {
	if k.buf.Len() > 0 {
		k.flush(b)
		return
	}
	if b == baocao.BreakCell {
		k.blocks = append(k.blocks, baocao.Block{Font: k.font, Break: b})
		return
	}
	if n := len(k.blocks); n > 0 && k.blocks[n-1].Break < b {
		k.blocks[n-1].Break = b
	}
}

// finish flushes what is left.
func (k *sink) finish() {
	if k.buf.Len() > 0 {
		k.flush(baocao.BreakPara)
	}
}
