package ppt

import "encoding/binary"

// Record types ([MS-PPT] 2.13.24).
const (
	rtSlide               = 0x03EE
	rtMainMaster          = 0x03F8
	rtNotes               = 0x03F0
	rtNotesAtom           = 0x03F1
	rtEnvironment         = 0x03F2
	rtFontCollection      = 0x07D5
	rtTextCharsAtom       = 0x0FA0
	rtStyleTextPropAtom   = 0x0FA1
	rtTextBytesAtom       = 0x0FA8
	rtFontEntityAtom      = 0x0FB7
	rtSlideListWithText   = 0x0FF0
	rtCryptSession        = 0x2F14
	rtHandout             = 0x0FC9
	rtTextHeaderAtom      = 0x0F9F
	rtTextMasterStyleAtom = 0x0FA3
)

// header is a record header: version, instance, type and body length.
type header struct {
	ver  uint8
	inst uint16
	typ  uint16
	len  int
}

const headerSize = 8

func readHeader(b []byte) (header, bool) {
	if len(b) < headerSize {
		return header{}, false
	}
	vi := binary.LittleEndian.Uint16(b)
	return header{
		ver:  uint8(vi & 0xF),
		inst: vi >> 4,
		typ:  binary.LittleEndian.Uint16(b[2:]),
		len:  int(binary.LittleEndian.Uint32(b[4:])),
	}, true
}

// container reports whether h holds child records rather than data.
func (h header) container() bool { return h.ver == 0xF }
