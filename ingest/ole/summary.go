package ole

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// Property identifiers and types of the SummaryInformation set
// ([MS-OLEPS] 2.15, 2.25).
const (
	pidCodepage = 1
	pidTitle    = 2
	vtLPSTR     = 0x1E
	vtLPWSTR    = 0x1F
	vtI2        = 0x02
)

// Title returns the document title stored in the SummaryInformation
// stream, or "" when there is none. An 8-bit title is returned through the
// CP1252 table, byte for byte, whatever code page the file declares: legacy
// Vietnamese titles are TCVN3 or VNI bytes that only vntext can repair.
func (f *File) Title() string {
	b, err := f.Stream("\x05SummaryInformation")
	if err != nil {
		b, err = f.Stream("SummaryInformation")
	}
	if err != nil {
		return ""
	}
	return parseTitle(b)
}

// parseTitle reads PIDSI_TITLE from the first section of a property set
// stream. Every offset is checked against the stream, so a damaged stream
// gives "" rather than a panic.
func parseTitle(b []byte) string {
	u32 := func(off int) (uint32, bool) {
		if off < 0 || off+4 > len(b) {
			return 0, false
		}
		return binary.LittleEndian.Uint32(b[off:]), true
	}
	// Header: byte order, version, system, CLSID (28 bytes), then
	// FMTID (16) and offset (4) of the first section.
	sec, ok := u32(28 + 16)
	if !ok || int(sec) >= len(b) {
		return ""
	}
	base := int(sec)
	n, ok := u32(base + 4)
	if !ok || n > 1024 {
		return ""
	}
	codepage := 0
	titleOff := -1
	for i := 0; i < int(n); i++ {
		id, ok1 := u32(base + 8 + 8*i)
		off, ok2 := u32(base + 12 + 8*i)
		if !ok1 || !ok2 || int(off) > len(b) {
			continue
		}
		p := base + int(off)
		switch id {
		case pidCodepage:
			if t, ok := u32(p); ok && t&0xFFFF == vtI2 && p+6 <= len(b) {
				codepage = int(binary.LittleEndian.Uint16(b[p+4:]))
			}
		case pidTitle:
			titleOff = p
		}
	}
	if titleOff < 0 {
		return ""
	}
	typ, _ := u32(titleOff)
	cnt, ok := u32(titleOff + 4)
	if !ok {
		return ""
	}
	start := titleOff + 8
	switch {
	case typ&0xFFFF == vtLPWSTR || (typ&0xFFFF == vtLPSTR && codepage == 1200):
		size := int(cnt)
		if typ&0xFFFF == vtLPWSTR {
			size *= 2
		}
		if size < 0 || start+size > len(b) || start+size < start {
			return ""
		}
		u := make([]uint16, 0, size/2)
		for i := start; i+1 < start+size; i += 2 {
			c := binary.LittleEndian.Uint16(b[i:])
			if c == 0 {
				break
			}
			u = append(u, c)
		}
		return string(utf16.Decode(u))
	case typ&0xFFFF == vtLPSTR:
		if start+int(cnt) > len(b) || start+int(cnt) < start {
			return ""
		}
		s := b[start : start+int(cnt)]
		for i, c := range s {
			if c == 0 {
				s = s[:i]
				break
			}
		}
		if codepage == 65001 && utf8.Valid(s) {
			return string(s)
		}
		return DecodeCP1252(s)
	}
	return ""
}
