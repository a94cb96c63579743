package doc

import (
	"encoding/binary"
	"fmt"
	"unicode/utf16"

	"baocao"
	"baocao/ingest/ole"
)

// piece is one entry of the piece table: the characters [cp, cpEnd) are
// stored from byte offset fc of the WordDocument stream, one byte each
// (CP1252) when compressed, else two (UTF-16LE).
type piece struct {
	cp, cpEnd  uint32
	fc         uint32
	compressed bool
}

// fcCompressed marks a compressed piece in FcCompressed; the byte offset of
// such a piece is then half the stored value ([MS-DOC] 2.9.73).
const fcCompressed = 0x40000000

// readPieces finds the Pcdt in the CLX (skipping the Prc entries that come
// first) and returns its pieces, checked against the WordDocument stream.
// In a Word 6 file (word6) every piece is 8-bit at its plain offset.
func readPieces(clx []byte, wordLen int, word6 bool) ([]piece, error) {
	i := 0
	for i < len(clx) {
		switch clx[i] {
		case 0x01: // Prc: a grpprl of property modifiers for the pieces
			if i+3 > len(clx) {
				return nil, fmt.Errorf("doc: clx: truncated prc: %w", baocao.ErrCorrupt)
			}
			cb := int(int16(binary.LittleEndian.Uint16(clx[i+1:])))
			if cb < 0 {
				return nil, fmt.Errorf("doc: clx: prc of %d bytes: %w", cb, baocao.ErrCorrupt)
			}
			i += 3 + cb
		case 0x02:
			if i+5 > len(clx) {
				return nil, fmt.Errorf("doc: clx: truncated pcdt: %w", baocao.ErrCorrupt)
			}
			lcb := int(binary.LittleEndian.Uint32(clx[i+1:]))
			plc := clx[i+5:]
			if lcb < 4 || lcb > len(plc) {
				return nil, fmt.Errorf("doc: clx: plcpcd of %d bytes: %w", lcb, baocao.ErrCorrupt)
			}
			return parsePlcPcd(plc[:lcb], wordLen, word6)
		default:
			return nil, fmt.Errorf("doc: clx: unknown entry %#02x: %w", clx[i], baocao.ErrCorrupt)
		}
	}
	return nil, fmt.Errorf("doc: clx: no piece table: %w", baocao.ErrCorrupt)
}

func parsePlcPcd(b []byte, wordLen int, word6 bool) ([]piece, error) {
	n := (len(b) - 4) / 12
	if n <= 0 {
		return nil, fmt.Errorf("doc: piece table is empty: %w", baocao.ErrCorrupt)
	}
	ps := make([]piece, 0, n)
	for k := 0; k < n; k++ {
		cp := binary.LittleEndian.Uint32(b[4*k:])
		end := binary.LittleEndian.Uint32(b[4*k+4:])
		d := b[4*(n+1)+8*k:]
		raw := binary.LittleEndian.Uint32(d[2:])
		p := piece{cp: cp, cpEnd: end, compressed: raw&fcCompressed != 0}
		if end < cp {
			return nil, fmt.Errorf("doc: piece %d: cp %d after %d: %w", k, cp, end, baocao.ErrCorrupt)
		}
		width := uint64(2)
		switch {
		case word6:
			p.fc, p.compressed, width = raw, true, 1
		case p.compressed:
			p.fc = (raw &^ fcCompressed) / 2
			width = 1
		default:
			p.fc = raw
		}
		if uint64(p.fc)+uint64(end-cp)*width > uint64(wordLen) {
			return nil, fmt.Errorf("doc: piece %d: text beyond the stream: %w", k, baocao.ErrCorrupt)
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// chars holds the document text by character position: the character
// (a UTF-16 code unit, or the CP1252 character of a compressed byte) and
// the file offset it came from, which is what formatting is keyed on.
type chars struct {
	u  []uint16
	fc []uint32
}

// loadChars reads characters [0, n) through the piece table. n is bounded
// by the stream size by the caller, so the allocation is bounded too.
func loadChars(ps []piece, word []byte, n uint32) chars {
	c := chars{u: make([]uint16, 0, n), fc: make([]uint32, 0, n)}
	for _, p := range ps {
		for cp := p.cp; cp < p.cpEnd && uint32(len(c.u)) < n; cp++ {
			if cp != uint32(len(c.u)) {
				// Pieces are sorted and contiguous in valid files; a gap or
				// overlap means the table is damaged, and what is read so
				// far is kept.
				if cp < uint32(len(c.u)) {
					continue
				}
				return c
			}
			if p.compressed {
				fc := p.fc + (cp - p.cp)
				c.u = append(c.u, uint16(ole.CP1252(word[fc])))
				c.fc = append(c.fc, fc)
			} else {
				fc := p.fc + 2*(cp-p.cp)
				c.u = append(c.u, binary.LittleEndian.Uint16(word[fc:]))
				c.fc = append(c.fc, fc)
			}
		}
	}
	return c
}

// rune returns the character at i, joining a UTF-16 surrogate pair; w is
// how many positions it used.
func (c chars) rune(i int) (r rune, w int) {
	u := c.u[i]
	if utf16.IsSurrogate(rune(u)) {
		if i+1 < len(c.u) {
			if r := utf16.DecodeRune(rune(u), rune(c.u[i+1])); r != 0xFFFD {
				return r, 2
			}
		}
		return 0xFFFD, 1
	}
	return rune(u), 1
}
