package xls

import (
	"encoding/binary"
)

// Record types ([MS-XLS] 2.3).
const (
	recFormula    = 0x0006
	recEOF        = 0x000A
	recFilePass   = 0x002F
	recFont       = 0x0031
	recContinue   = 0x003C
	recCodepage   = 0x0042
	recBoundSheet = 0x0085
	recMulRK      = 0x00BD
	recRString    = 0x00D6
	recXF         = 0x00E0
	recSST        = 0x00FC
	recLabelSST   = 0x00FD
	recNumber     = 0x0203
	recLabel      = 0x0204
	recBoolErr    = 0x0205
	recString     = 0x0207
	recRK         = 0x027E
	recArray      = 0x0221
	recTable      = 0x0236
	recShrFmla    = 0x04BC
	recBOF        = 0x0809
	recBOF2       = 0x0209
	recBOF3       = 0x0409
)

// record is one BIFF record with the CONTINUE records that follow it,
// kept as separate segments because strings restart their flags at each.
type record struct {
	typ  uint16
	off  int // stream offset of the record header
	data []byte
	more [][]byte // CONTINUE bodies
}

// records splits a Workbook stream into records. A header that claims
// more than the stream holds ends the walk: what precedes is kept.
func records(b []byte) []record {
	var out []record
	for i := 0; i+4 <= len(b); {
		typ := binary.LittleEndian.Uint16(b[i:])
		n := int(binary.LittleEndian.Uint16(b[i+2:]))
		if i+4+n > len(b) {
			break
		}
		body := b[i+4 : i+4+n]
		if typ == recContinue && len(out) > 0 {
			last := &out[len(out)-1]
			last.more = append(last.more, body)
		} else {
			out = append(out, record{typ: typ, off: i, data: body})
		}
		i += 4 + n
	}
	return out
}

// u16 and u32 read little-endian integers without panicking: a short slice gives 0.
func u16(b []byte, off int) uint16 {
	if off < 0 || off+2 > len(b) {
		return 0
	}
	return binary.LittleEndian.Uint16(b[off:])
}

func u32(b []byte, off int) uint32 {
	if off < 0 || off+4 > len(b) {
		return 0
	}
	return binary.LittleEndian.Uint32(b[off:])
}
