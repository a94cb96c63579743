package xls

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

func render(c *baocao.Content) string {
	var sb strings.Builder
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
	in := filepath.Join("testdata", "workbook.xls")
	golden := filepath.Join("testdata", "workbook.golden")
	if *update {
		if err := os.WriteFile(in, workbookFixture(false), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, workbookFixture(false)) {
		t.Errorf("%s is stale: run go test -update", in)
	}
	c, err := new(Reader).Read(context.Background(), baocao.Source{Name: "workbook.xls", Data: data})
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

var numberTests = []struct {
	in   float64
	want string
}{
	{0, "0"},
	{28101, "28101"},
	{-5, "-5"},
	{1234.4999999999, "1234.5"},
	{73.95, "73.95"},
	{87.235996326, "87.23599633"},
	{0.1 + 0.2, "0.3"},
	{28996154868, "28996154868"},
	{1e20, "1e+20"},
	{0.000012345678912, "0.00001234567891"},
}

func TestFormatNumber(t *testing.T) {
	for _, tt := range numberTests {
		if got := formatNumber(tt.in); got != tt.want {
			t.Errorf("formatNumber(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var rkTests = []struct {
	rk   uint32
	want float64
}{
	{7<<2 | 2, 7},
	{12345<<2 | 3, 123.45},
	{uint32(0x3FF00000), 1}, // the top half of the double 1.0
	{uint32(0x3FF00000) | 1, 0.01},
}

func TestRK(t *testing.T) {
	for _, tt := range rkTests {
		if got := rkValue(tt.rk); got != tt.want {
			t.Errorf("rkValue(%#x) = %v, want %v", tt.rk, got, tt.want)
		}
	}
}

var errorTests = []struct {
	name string
	data []byte
	want error
}{
	{"encrypted", workbookFixture(true), baocao.ErrEncrypted},
	{"not ole", []byte("plain text"), baocao.ErrCorrupt},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		_, err := new(Reader).Read(context.Background(), baocao.Source{Name: tt.name, Data: tt.data})
		if !errors.Is(err, tt.want) {
			t.Errorf("Read(%s) = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestBIFF5 reads an Excel 5 workbook: 8-bit text through CP1252, the
// font from the XF, and a hostile column number costing one empty cell.
func TestBIFF5(t *testing.T) {
	c, err := new(Reader).Read(context.Background(), baocao.Source{Name: "b5.xls", Data: biff5Fixture()})
	if err != nil {
		t.Fatalf("Read(biff5) = %v", err)
	}
	got := render(c)
	want := `"B¶ng 1" font="" line
"Tªn“" font=".VnTime" cell
"28101" font=".VnTime" line
"" font="" cell
"x" font=".VnTime" para
`
	if got != want {
		t.Errorf("Read(biff5) =\n%s\nwant\n%s", got, want)
	}
}
