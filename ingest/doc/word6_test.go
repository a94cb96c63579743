package doc

import (
	"context"
	"testing"

	"baocao"
	"baocao/ingest/ole/oletest"
)

// word6Fixture builds a Word 95 document whose body is text (8-bit bytes
// given as runes below 0x100), with a font table naming fonts. When
// pieces is set the file is complex: its text is stored as two pieces in
// reverse order, which the piece table puts back.
func word6Fixture(text string, fonts []string, pieces bool) []byte {
	var raw []byte
	for _, r := range text {
		raw = append(raw, byte(r))
	}
	const fcMin = 0x200
	w := make([]byte, fcMin)
	le.PutUint16(w[0:], fibIdent)
	le.PutUint16(w[2:], 104)
	le.PutUint32(w[0x18:], fcMin)
	le.PutUint32(w[fib6Ccp:], uint32(len(raw)))
	pair := func(i int, fc, lcb int) {
		le.PutUint32(w[fib6FcLcb+8*i:], uint32(fc))
		le.PutUint32(w[fib6FcLcb+8*i+4:], uint32(lcb))
	}
	half := len(raw) / 2
	if pieces {
		le.PutUint16(w[0x0A:], flagComplex)
		w = append(w, raw[half:]...)
		w = append(w, raw[:half]...)
	} else {
		w = append(w, raw...)
	}
	ft := []byte{0, 0}
	for _, f := range fonts {
		ft = append(ft, byte(5+len(f)+1), 0, 0x90, 1, 0, 0)
		ft = append(append(ft, f...), 0)
	}
	le.PutUint16(ft, uint16(len(ft)))
	pair(iSttbfFfn, len(w), len(ft))
	w = append(w, ft...)
	if pieces {
		clx := []byte{2}
		plc := le.AppendUint32(nil, 0)
		plc = le.AppendUint32(plc, uint32(half))
		plc = le.AppendUint32(plc, uint32(len(raw)))
		for _, fc := range []int{fcMin + len(raw) - half, fcMin} {
			plc = append(plc, 0, 0)
			plc = le.AppendUint32(plc, uint32(fc))
			plc = append(plc, 0, 0)
		}
		clx = append(le.AppendUint32(clx, uint32(len(plc))), plc...)
		pair(iClx, len(w), len(clx))
		w = append(w, clx...)
	}
	return oletest.Build(map[string][]byte{"WordDocument": w})
}

var word6Tests = []struct {
	name   string
	fonts  []string
	pieces bool
	font   string
}{
	{"plain", []string{"Times New Roman", ".VnTime", ".VnTimeH"}, false, ".VnTime"},
	{"pieces", []string{"Arial", "VNI-Times"}, true, "VNI-Times"},
	{"mixed", []string{".VnTime", "VNI-Times"}, false, ""},
}

func TestWord6(t *testing.T) {
	const text = "C\u00b8c \u00ae\u00a9n v\u00de\rTrang \x13 PAGE \x142\x15\r"
	for _, tt := range word6Tests {
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: tt.name, Data: word6Fixture(text, tt.fonts, tt.pieces)})
		if err != nil {
			t.Fatalf("Read(%s) = %v", tt.name, err)
		}
		want := []baocao.Block{
			{Text: "C\u00b8c \u00ae\u00a9n v\u00de", Font: tt.font, Break: baocao.BreakPara},
			{Text: "Trang 2", Font: tt.font, Break: baocao.BreakPara},
		}
		if len(c.Blocks) != len(want) {
			t.Fatalf("Read(%s) = %+v, want %+v", tt.name, c.Blocks, want)
		}
		for i := range want {
			if g := c.Blocks[i]; g.Text != want[i].Text || g.Font != want[i].Font || g.Break != want[i].Break {
				t.Errorf("Read(%s) block %d = %+v, want %+v", tt.name, i, c.Blocks[i], want[i])
			}
		}
		if len(c.Warnings) == 0 {
			t.Errorf("Read(%s): no warning about the Word 6 format", tt.name)
		}
	}
}
