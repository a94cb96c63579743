package doc

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

var update = flag.Bool("update", false, "rewrite golden files")

var fonts = []string{".VnTime", "Times New Roman", ".VnTimeH", "VNI-Times"}

// fixtures are small documents built by build_test.go; each is written to
// testdata/NAME.doc and its blocks compared with testdata/NAME.golden.
var fixtures = map[string]fixture{
	// TCVN3 bytes in a compressed piece come out as their CP1252
	// characters, 0x80–0x9F included; a 16-bit piece is UTF-16 as is.
	"pieces": {fonts: fonts, title: []byte("Quy\xd5t \xae\xdfnh"), main: []seg{
		{text: "C\u00b8c \u00ae\u00a9n v\u00de\r", font: 0},
		{text: "\u0093ngo\u00b9i\u0094 ", font: 2},
		{text: "Quyết định\r", font: 1, wide: true},
		{text: "cu\u00e9i c\u00f9ng\r", font: 3},
	}},
	// Field instructions go, results stay; soft hyphens go, non-breaking
	// hyphens become "-", line and page breaks become breaks.
	"fields": {fonts: fonts, main: []seg{
		{text: "Trang \x13 PAGE \x145\x15 / \x13 NUMPAGES \x1412\x15\r", font: 0},
		{text: "s\u00e8 li\x1fu 1\x1e2\vd\u00f2ng\x0cm\u00edi\r", font: 0},
		{text: "\x13 TOC \\o \x13 SEQ \x141\x15 \x15kh\u00f4ng\x01\x08\r", font: 0},
	}},
	// A two-row table: cell marks give BreakCell, row marks BreakLine.
	"table": {fonts: fonts, main: []seg{
		{text: "B\u00b6ng\r", font: 0},
		{text: "STT\aT\u00aan\a", font: 2, table: true},
		{text: "\a", font: 0, table: true, row: true},
		{text: "1\a\a", font: 0, table: true},
		{text: "\a", font: 0, table: true, row: true},
		{text: "Sau b\u00b6ng\r", font: 0},
	}},
	// Footnotes and headers follow the body; a repeated header is kept
	// once; a tracked deletion is kept by default.
	"stories": {fonts: fonts,
		main: []seg{{text: "Th\u00e2n\x02 b\u00e0i ", font: 0}, {text: "b\u00e1 ", font: 0, del: true}, {text: "h\u00a7t\r", font: 0}},
		ftn:  []seg{{text: "\x02 Ch\u00fa th\u00edch\r", font: 1}},
		headers: [][]seg{
			{{text: "\x03\r", font: 0}},
			{{text: "Trang \x13 PAGE \x142\x15\r", font: 0}},
			{{text: "Trang \x13 PAGE \x142\x15\r", font: 0}},
			{{text: "Ch\u00e2n trang\r", font: 2}},
		}},
}

func render(c *baocao.Content) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "title %q\n", c.Title)
	for _, b := range c.Blocks {
		fmt.Fprintf(&sb, "%q font=%q %s\n", b.Text, b.Font, breakNames[b.Break])
	}
	return sb.String()
}

var breakNames = map[baocao.Break]string{
	baocao.BreakNone: "none", baocao.BreakCell: "cell", baocao.BreakLine: "line",
	baocao.BreakPara: "para", baocao.BreakPage: "page",
}

func TestGolden(t *testing.T) {
	for name, fx := range fixtures {
		in := filepath.Join("testdata", name+".doc")
		golden := filepath.Join("testdata", name+".golden")
		if *update {
			if err := os.WriteFile(in, fx.build(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, fx.build()) {
			t.Errorf("%s is stale: run go test -update", in)
		}
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: name + ".doc", Data: data})
		if err != nil {
			t.Fatalf("Read(%s) = %v", in, err)
		}
		got := render(c)
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("Read(%s) =\n%s\nwant\n%s", in, got, want)
		}
	}
}

func TestDropDeletions(t *testing.T) {
	c, err := (&Reader{DropDeletions: true}).Read(context.Background(), baocao.Source{Data: fixtures["stories"].build()})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Blocks[0].Text; got != "Th\u00e2n b\u00e0i h\u00a7t" {
		t.Errorf("with DropDeletions, first block = %q, want the deletion gone", got)
	}
}

var errorTests = []struct {
	name string
	data []byte
	want error
}{
	{"encrypted", fixture{fonts: fonts, encrypted: true, main: []seg{{text: "x\r"}}}.build(), baocao.ErrEncrypted},
	{"not ole", []byte("plain text, not a compound file"), baocao.ErrCorrupt},
	{"no WordDocument", nil, baocao.ErrCorrupt},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		_, err := new(Reader).Read(context.Background(), baocao.Source{Name: tt.name, Data: tt.data})
		if !errors.Is(err, tt.want) {
			t.Errorf("Read(%s) = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestHeadersBeyondText: a damaged piece table leaves fewer characters
// than the header boundaries claim; the stories past the end are skipped.
func TestHeadersBeyondText(t *testing.T) {
	d := &document{
		fib:   &fib{},
		chars: chars{u: []uint16{'a', '\r', 'b'}, fc: []uint32{0, 1, 2}},
		hdd:   []uint32{0, 2, 10},
	}
	e := &emitter{d: d}
	if err := e.headers(context.Background(), 0, 10); err != nil {
		t.Fatalf("headers = %v", err)
	}
	if len(e.blocks) != 1 || e.blocks[0].Text != "a" {
		t.Errorf("headers gave %+v, want the one complete story", e.blocks)
	}
}

// TestBinTableRepeats: a bin table listing one page many times yields it
// once, so a hostile file cannot multiply the formatting runs.
func TestBinTableRepeats(t *testing.T) {
	var plc []byte
	const n = 1000
	for i := 0; i <= n; i++ {
		plc = le.AppendUint32(plc, uint32(i))
	}
	for i := 0; i < n; i++ {
		plc = le.AppendUint32(plc, 7)
	}
	if got := readBinTable(plc); len(got) != 1 || got[0] != 7 {
		t.Errorf("readBinTable(1000 × page 7) = %v, want [7]", got)
	}
}
