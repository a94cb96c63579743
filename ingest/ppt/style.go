package ppt

import "encoding/binary"

// fontRun says that the next n characters of a text atom use font ref.
type fontRun struct {
	n   int
	ref int // index into the FontCollection, -1 when the run sets none
}

// fontRuns reads the character runs of a StyleTextPropAtom ([MS-PPT]
// 2.9.44) for a text of n characters. The paragraph runs come first and
// have to be parsed to find where the character runs start. A run that
// does not parse ends the list: the characters after it keep the last
// font found.
func fontRuns(b []byte, n int) []fontRun {
	p := &cursor{b: b}
	for left := n + 1; left > 0 && p.ok(); {
		cnt := int(p.u32())
		p.skip(2) // indentLevel
		skipPF(p, p.u32())
		if cnt <= 0 {
			return nil
		}
		left -= cnt
	}
	var runs []fontRun
	for left := n + 1; left > 0 && p.ok(); {
		cnt := int(p.u32())
		ref := cfFontRef(p, p.u32())
		if cnt <= 0 || p.bad {
			break
		}
		runs = append(runs, fontRun{cnt, ref})
		left -= cnt
	}
	return runs
}

// skipPF moves past a TextPFException's optional fields, in file order.
func skipPF(p *cursor, m uint32) {
	has := func(bits uint32) bool { return m&bits != 0 }
	if has(0xF) {
		p.skip(2) // bulletFlags
	}
	for _, f := range []struct {
		bit  uint32
		size int
	}{{1 << 7, 2}, {1 << 4, 2}, {1 << 6, 2}, {1 << 5, 4}, {1 << 11, 2}, {1 << 12, 2}, {1 << 13, 2}, {1 << 14, 2}, {1 << 8, 2}, {1 << 10, 2}, {1 << 15, 2}} {
		if has(f.bit) {
			p.skip(f.size)
		}
	}
	if has(1 << 20) { // tabStops: a count, then 4 bytes each
		p.skip(4 * int(p.u16()))
	}
	if has(1 << 16) {
		p.skip(2) // fontAlign
	}
	if has(7 << 17) {
		p.skip(2) // wrapFlags
	}
	if has(1 << 21) {
		p.skip(2) // textDirection
	}
}

// cfFontRef reads a TextCFException and returns its fontRef, or -1.
func cfFontRef(p *cursor, m uint32) int {
	has := func(bit uint32) bool { return m&bit != 0 }
	ref := -1
	if m&0x3EB7 != 0 {
		p.skip(2) // fontStyle
	}
	if has(1 << 16) {
		ref = int(p.u16())
	}
	for _, f := range []struct {
		bit  uint32
		size int
	}{{1 << 21, 2}, {1 << 22, 2}, {1 << 23, 2}, {1 << 17, 2}, {1 << 18, 4}, {1 << 19, 2}} {
		if has(f.bit) {
			p.skip(f.size)
		}
	}
	return ref
}

// cursor reads little-endian fields and remembers running out.
type cursor struct {
	b   []byte
	i   int
	bad bool
}

func (p *cursor) ok() bool { return !p.bad && p.i < len(p.b) }

func (p *cursor) skip(n int) {
	if n < 0 || p.i+n > len(p.b) {
		p.bad = true
		p.i = len(p.b)
		return
	}
	p.i += n
}

func (p *cursor) u16() uint16 {
	if p.i+2 > len(p.b) {
		p.bad = true
		return 0
	}
	v := binary.LittleEndian.Uint16(p.b[p.i:])
	p.i += 2
	return v
}

func (p *cursor) u32() uint32 {
	if p.i+4 > len(p.b) {
		p.bad = true
		return 0
	}
	v := binary.LittleEndian.Uint32(p.b[p.i:])
	p.i += 4
	return v
}

// masterFontRef returns the font ref of the first level of a
// TextMasterStyleAtom of text type typ, or -1.
func masterFontRef(b []byte, typ int) int {
	p := &cursor{b: b}
	if p.u16() == 0 { // cLevels
		return -1
	}
	if typ >= textCenterBody {
		p.skip(2) // level
	}
	skipPF(p, p.u32())
	ref := cfFontRef(p, p.u32())
	if p.bad {
		return -1
	}
	return ref
}
