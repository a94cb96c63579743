package doc

import (
	"encoding/binary"
	"unicode/utf16"

	"baocao/ingest/ole/oletest"
)

// seg is a stretch of fixture text with one font, stored as one piece:
// CP1252 bytes unless wide. Every paragraph mark (\r) and cell mark (\a)
// in it gets table and row-end properties from table and row.
type seg struct {
	text       string
	font       int
	wide       bool
	del        bool
	table, row bool
}

// fixture describes a Word 97 document to build.
type fixture struct {
	fonts     []string
	main, ftn []seg
	headers   [][]seg // each header or footer story
	encrypted bool
	title     []byte
}

// le is the byte order of every binary structure here.
var le = binary.LittleEndian

// build writes the fixture as a compound file with a WordDocument stream
// (FIB, text, one CHPX and one PAPX formatting page) and a 1Table stream
// (piece table, bin tables, font table, header boundaries).
func (fx fixture) build() []byte {
	var segs []seg
	segs = append(segs, fx.main...)
	segs = append(segs, fx.ftn...)
	hdd := []uint32{0}
	var ccpHdd uint32
	for _, h := range fx.headers {
		segs = append(segs, h...)
		for _, s := range h {
			ccpHdd += uint32(len(utf16.Encode([]rune(s.text))))
		}
		hdd = append(hdd, ccpHdd)
	}
	count := func(ss []seg) (n uint32) {
		for _, s := range ss {
			n += uint32(len(utf16.Encode([]rune(s.text))))
		}
		return n
	}

	const textAt = 0x400
	word := make([]byte, textAt)
	type span struct {
		cp, cpEnd, fc, fcEnd uint32
		s                    seg
	}
	var spans []span
	cp := uint32(0)
	for _, s := range segs {
		u := utf16.Encode([]rune(s.text))
		sp := span{cp: cp, cpEnd: cp + uint32(len(u)), fc: uint32(len(word)), s: s}
		for _, c := range u {
			if s.wide {
				word = le.AppendUint16(word, c)
			} else {
				word = append(word, byte(c))
			}
		}
		sp.fcEnd = uint32(len(word))
		spans = append(spans, sp)
		cp = sp.cpEnd
	}
	for len(word)%512 != 0 {
		word = append(word, 0)
	}

	// CHPX page: one run per segment.
	chpxPN := uint32(len(word) / 512)
	pg := make([]byte, 512)
	pg[511] = byte(len(spans))
	top := 511
	for i, sp := range spans {
		le.PutUint32(pg[4*i:], sp.fc)
		le.PutUint32(pg[4*i+4:], sp.fcEnd)
		g := []byte{}
		g = le.AppendUint16(g, sprmCRgFtc0)
		g = le.AppendUint16(g, uint16(sp.s.font))
		g = le.AppendUint16(g, sprmCRgFtc2)
		g = le.AppendUint16(g, uint16(sp.s.font))
		if sp.s.del {
			g = append(le.AppendUint16(g, sprmCFRMarkDel), 1)
		}
		top -= 1 + len(g)
		top &^= 1
		pg[top] = byte(len(g))
		copy(pg[top+1:], g)
		pg[4*(len(spans)+1)+i] = byte(top / 2)
	}
	word = append(word, pg...)

	// PAPX page: one run per paragraph or cell mark.
	papxPN := uint32(len(word) / 512)
	pg = make([]byte, 512)
	type para struct {
		fc, fcEnd  uint32
		table, row bool
	}
	var paras []para
	start := spans[0].fc
	for _, sp := range spans {
		fc := sp.fc
		for _, c := range utf16.Encode([]rune(sp.s.text)) {
			w := uint32(1)
			if sp.s.wide {
				w = 2
			}
			fc += w
			if c == '\r' || c == 7 {
				paras = append(paras, para{start, fc, sp.s.table, sp.s.row && c == 7})
				start = fc
			}
		}
	}
	pg[511] = byte(len(paras))
	top = 511
	for i, p := range paras {
		le.PutUint32(pg[4*i:], p.fc)
		le.PutUint32(pg[4*i+4:], p.fcEnd)
		g := le.AppendUint16(nil, 0) // istd Normal
		g = append(le.AppendUint16(g, sprmPFInTable), b2u(p.table))
		g = append(le.AppendUint16(g, sprmPFTtp), b2u(p.row))
		top -= 2 + len(g)
		top &^= 1
		pg[top] = 0
		pg[top+1] = byte(len(g) / 2)
		copy(pg[top+2:], g)
		pg[4*(len(paras)+1)+13*i] = byte(top / 2)
	}
	word = append(word, pg...)

	// Table stream.
	var table []byte
	pairs := map[int][2]uint32{}
	put := func(i int, b []byte) {
		pairs[i] = [2]uint32{uint32(len(table)), uint32(len(b))}
		table = append(table, b...)
	}
	clx := []byte{2}
	plc := []byte{}
	for _, sp := range spans {
		plc = le.AppendUint32(plc, sp.cp)
	}
	plc = le.AppendUint32(plc, cp)
	for _, sp := range spans {
		fc := sp.fc
		if !sp.s.wide {
			fc = fc*2 | fcCompressed
		}
		plc = append(plc, 0, 0)
		plc = le.AppendUint32(plc, fc)
		plc = append(plc, 0, 0)
	}
	clx = le.AppendUint32(clx, uint32(len(plc)))
	put(iClx, append(clx, plc...))
	bin := func(pn uint32) []byte {
		b := le.AppendUint32(nil, spans[0].fc)
		b = le.AppendUint32(b, spans[len(spans)-1].fcEnd)
		return le.AppendUint32(b, pn)
	}
	put(iPlcfBteChpx, bin(chpxPN))
	put(iPlcfBtePapx, bin(papxPN))
	ffn := le.AppendUint16(nil, uint16(len(fx.fonts)))
	ffn = le.AppendUint16(ffn, 0)
	for _, name := range fx.fonts {
		u := utf16.Encode([]rune(name))
		body := make([]byte, 39)
		for _, c := range u {
			body = le.AppendUint16(body, c)
		}
		body = le.AppendUint16(body, 0)
		ffn = append(append(ffn, byte(len(body))), body...)
	}
	put(iSttbfFfn, ffn)
	if len(fx.headers) > 0 {
		var b []byte
		for _, c := range hdd {
			b = le.AppendUint32(b, c)
		}
		put(iPlcfHdd, b)
	}

	// FIB.
	fibb := word[:0x9A+8*93]
	le.PutUint16(fibb[0:], fibIdent)
	le.PutUint16(fibb[2:], 193)
	flags := uint16(flagWhichTbl)
	if fx.encrypted {
		flags |= flagEncrypted
	}
	le.PutUint16(fibb[0x0A:], flags)
	le.PutUint16(fibb[0x20:], 14)
	le.PutUint16(fibb[0x3E:], 22)
	le.PutUint32(fibb[0x4C:], count(fx.main))
	le.PutUint32(fibb[0x50:], count(fx.ftn))
	le.PutUint32(fibb[0x54:], ccpHdd)
	le.PutUint16(fibb[0x98:], 93)
	for i, p := range pairs {
		le.PutUint32(fibb[0x9A+8*i:], p[0])
		le.PutUint32(fibb[0x9A+8*i+4:], p[1])
	}
	streams := map[string][]byte{"WordDocument": word, "1Table": table}
	if fx.title != nil {
		streams["\x05SummaryInformation"] = oletest.SummaryInformation(1252, fx.title)
	}
	return oletest.Build(streams)
}

func b2u(b bool) byte {
	if b {
		return 1
	}
	return 0
}
