package doc

import "encoding/binary"

// Property modifiers ([MS-DOC] 2.6) the reader acts on.
const (
	sprmCFRMarkDel  = 0x0800 // tracked deletion
	sprmCIstd       = 0x4A30 // character style
	sprmCFtcDefault = 0x4A3D
	sprmCRgFtc0     = 0x4A4F // font for ASCII characters
	sprmCRgFtc1     = 0x4A50 // font for East Asian characters
	sprmCRgFtc2     = 0x4A51 // font for other characters
	sprmPFInTable   = 0x2416
	sprmPFTtp       = 0x2417 // table row end mark
	sprmPFInnerTtp  = 0x244C // row end of a nested table
	sprmPItap       = 0x6649 // table depth
	sprmTDefTable   = 0xD608
	sprmPChgTabs    = 0xC615
)

// eachSprm calls fn for every property modifier in grpprl with its
// operand. It stops at the first one that does not fit, so a damaged list
// yields what precedes the damage.
func eachSprm(grpprl []byte, fn func(sprm uint16, op []byte)) {
	i := 0
	for i+2 <= len(grpprl) {
		sprm := binary.LittleEndian.Uint16(grpprl[i:])
		i += 2
		n := 0
		switch sprm >> 13 {
		case 0, 1:
			n = 1
		case 2, 4, 5:
			n = 2
		case 3:
			n = 4
		case 7:
			n = 3
		case 6:
			switch {
			case sprm == sprmTDefTable && i+2 <= len(grpprl):
				// A 2-byte size that counts itself plus one more byte.
				n = int(binary.LittleEndian.Uint16(grpprl[i:])) + 1
			case i < len(grpprl):
				n = int(grpprl[i]) + 1
			default:
				return
			}
		}
		if i+n > len(grpprl) {
			return
		}
		fn(sprm, grpprl[i:i+n])
		i += n
	}
}

// u16op returns a 2-byte operand, or ok false when it is shorter.
func u16op(op []byte) (uint16, bool) {
	if len(op) < 2 {
		return 0, false
	}
	return binary.LittleEndian.Uint16(op), true
}
