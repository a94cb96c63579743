package xls

import (
	"encoding/binary"
	"math"
	"unicode/utf16"

	"baocao/ingest/ole/oletest"
)

var le = binary.LittleEndian

// biff accumulates BIFF8 records for a fixture workbook.
type biff struct{ b []byte }

func (w *biff) rec(typ uint16, data []byte) int {
	off := len(w.b)
	w.b = le.AppendUint16(w.b, typ)
	w.b = le.AppendUint16(w.b, uint16(len(data)))
	w.b = append(w.b, data...)
	return off
}

// ustr encodes a BIFF8 string body: the flags byte then the characters,
// compressed (one byte each) unless wide.
func ustr(s string, wide bool) []byte {
	if !wide {
		b := []byte{0}
		for _, r := range s {
			b = append(b, byte(r))
		}
		return b
	}
	b := []byte{fHighByte}
	for _, c := range utf16.Encode([]rune(s)) {
		b = le.AppendUint16(b, c)
	}
	return b
}

func cellHead(row, col, xf int) []byte {
	b := le.AppendUint16(nil, uint16(row))
	b = le.AppendUint16(b, uint16(col))
	return le.AppendUint16(b, uint16(xf))
}

func bof(kind uint16) []byte {
	b := le.AppendUint16(nil, biff8)
	b = le.AppendUint16(b, kind)
	return append(b, make([]byte, 12)...)
}

func font(name string) []byte {
	b := make([]byte, 14)
	le.PutUint16(b, 200) // height in twips
	b = append(b, byte(len([]rune(name))))
	return append(b, ustr(name, false)...)
}

func xf(ifnt int) []byte {
	b := le.AppendUint16(nil, uint16(ifnt))
	return append(b, make([]byte, 18)...)
}

// workbookFixture builds a two-sheet workbook exercising every cell
// record the reader knows, an SST whose second string continues, with a
// change to 16-bit characters, in a CONTINUE record, and a chart sheet
// the reader must skip.
func workbookFixture(encrypted bool) []byte {
	var w biff
	w.rec(recBOF, bof(0x0005))
	if encrypted {
		w.rec(recFilePass, make([]byte, 6))
	}
	w.rec(recCodepage, le.AppendUint16(nil, 1200))
	for _, f := range []string{"Arial", ".VnTime", ".VnTimeH", "Arial", "VNI-Times"} {
		w.rec(recFont, font(f)) // the fifth FONT record is index 5
	}
	for _, f := range []int{0, 1, 2, 5, 3} {
		w.rec(recXF, xf(f))
	}
	sheetRec := func(name string, kind byte) int {
		b := make([]byte, 6)
		b[5] = kind
		b = append(b, byte(len(name)))
		return w.rec(recBoundSheet, append(b, ustr(name, false)...))
	}
	bs1 := sheetRec("Bi\u00Eau 1", 0)
	bs2 := sheetRec("Bi\u00EDu \u00ae\u00b5", 2)
	bs3 := sheetRec("Ghi ch\u00fa", 0)
	// SST: "T\u00aan" whole; "Ng\u00b5y th\u00b8ng" split after 4 characters,
	// the rest wide; then a rich string with 1 run.
	sst := le.AppendUint32(nil, 3)
	sst = le.AppendUint32(sst, 3)
	sst = le.AppendUint16(sst, 3)
	sst = append(sst, ustr("T\u00aan", false)...)
	sst = le.AppendUint16(sst, 11)
	sst = append(sst, ustr("Ng\u00b5y", false)...)
	w.rec(recSST, sst)
	cont := ustr(" th\u00b8ng!", true)
	cont = le.AppendUint16(cont, 2)
	cont = append(cont, fRichSt)
	cont = le.AppendUint16(cont, 1)
	cont = append(cont, 0xAE, 'o')
	cont = append(cont, 0, 0, 1, 0) // the formatting run
	w.rec(recContinue, cont)
	w.rec(recEOF, nil)

	sheet := func() int {
		return w.rec(recBOF, bof(0x0010))
	}
	s1 := sheet()
	w.rec(recLabelSST, le.AppendUint32(cellHead(0, 1, 1), 0))
	w.rec(recLabelSST, le.AppendUint32(cellHead(0, 3, 2), 1))
	lbl := le.AppendUint16(cellHead(2, 0, 3), 3)
	w.rec(recLabel, append(lbl, ustr("VNI", false)...))
	w.rec(recNumber, le.AppendUint64(cellHead(2, 1, 0), math.Float64bits(1234.4999999999)))
	w.rec(recRK, le.AppendUint32(cellHead(2, 2, 0), 12345<<2|2|1)) // 123.45
	mul := cellHead(3, 1, 0)[:4]
	for _, v := range []uint32{7<<2 | 2, uint32(math.Float64bits(0.5)>>32) &^ 3} {
		mul = le.AppendUint16(mul, 0)
		mul = le.AppendUint32(mul, v)
	}
	w.rec(recMulRK, le.AppendUint16(mul, 2))
	f := le.AppendUint64(cellHead(4, 0, 1), 0xFFFF000000000000) // string result
	w.rec(recFormula, append(f, make([]byte, 8)...))
	w.rec(recShrFmla, make([]byte, 10))
	w.rec(recString, append(le.AppendUint16(nil, 3), ustr("k\u00d5t", false)...))
	f = le.AppendUint64(cellHead(4, 1, 0), math.Float64bits(73.95))
	w.rec(recFormula, append(f, make([]byte, 8)...))
	w.rec(recBoolErr, append(cellHead(4, 2, 0), 7, 1))
	w.rec(recBoolErr, append(cellHead(4, 3, 0), 1, 0))
	w.rec(recEOF, nil)
	s2 := sheet()
	w.rec(recLabelSST, le.AppendUint32(cellHead(0, 0, 1), 0)) // in a chart: skipped
	w.rec(recEOF, nil)
	s3 := sheet()
	w.rec(recLabelSST, le.AppendUint32(cellHead(5, 2, 1), 2))
	w.rec(recEOF, nil)
	for bs, s := range map[int]int{bs1: s1, bs2: s2, bs3: s3} {
		le.PutUint32(w.b[bs+4:], uint32(s))
	}
	return oletest.Build(map[string][]byte{"Workbook": w.b})
}

// biff5Fixture builds an Excel 5/95 workbook: 8-bit strings, no SST, the
// stream called "Book".
func biff5Fixture() []byte {
	var w biff
	bof5 := func(kind uint16) []byte {
		b := le.AppendUint16(nil, biff5)
		b = le.AppendUint16(b, kind)
		return append(b, make([]byte, 4)...)
	}
	str8 := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = append(b, byte(r))
		}
		return b
	}
	w.rec(recBOF, bof5(0x0005))
	f := make([]byte, 14)
	w.rec(recFont, append(append(f, 7), str8(".VnTime")...))
	w.rec(recXF, xf(0))
	bs := w.rec(recBoundSheet, append(append(make([]byte, 6), 6), str8("B\u00b6ng 1")...))
	w.rec(recEOF, nil)
	s := w.rec(recBOF, bof5(0x0010))
	w.rec(recLabel, append(le.AppendUint16(cellHead(0, 0, 0), 4), str8("T\u00aan\u0093")...))
	w.rec(recNumber, le.AppendUint64(cellHead(0, 1, 0), math.Float64bits(28101)))
	w.rec(recLabel, append(le.AppendUint16(cellHead(1, 300, 0), 1), 'x'))
	w.rec(recEOF, nil)
	le.PutUint32(w.b[bs+4:], uint32(s))
	return oletest.Build(map[string][]byte{"Book": w.b})
}
