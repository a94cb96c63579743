package ole

import "strings"

// cp1252High maps bytes 0x80–0x9F to what Windows code page 1252 shows for
// them. The five bytes CP1252 leaves undefined map to the C1 control of the
// same value, as Windows itself does, so no byte is ever lost: vntext needs
// every byte of a TCVN3 or VNI text to repair it.
var cp1252High = [32]rune{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}

// CP1252 returns the character code page 1252 gives byte b.
func CP1252(b byte) rune {
	if b >= 0x80 && b < 0xA0 {
		return cp1252High[b-0x80]
	}
	return rune(b)
}

// DecodeCP1252 turns 8-bit text into the characters CP1252 gives its bytes.
// Word's compressed text pieces, Excel's compressed strings and
// PowerPoint's TextBytesAtom all store CP1252; legacy Vietnamese fonts
// reuse those code points, and vntext maps them back.
func DecodeCP1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		sb.WriteRune(CP1252(c))
	}
	return sb.String()
}
