package pdf

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

var breakNames = map[baocao.Break]string{
	baocao.BreakNone: "none", baocao.BreakCell: "cell", baocao.BreakLine: "line",
	baocao.BreakPara: "para", baocao.BreakPage: "page",
}

// dump is the golden form of Content: a header, then one block per line.
func dump(c *baocao.Content) string {
	var b strings.Builder
	fmt.Fprintf(&b, "pages %d reader %s warnings %q\n", c.Pages, c.Reader, c.Warnings)
	for _, bl := range c.Blocks {
		fmt.Fprintf(&b, "%d %-5s %-20q %q\n", bl.Page, breakNames[bl.Break], bl.Font, bl.Text)
	}
	return b.String()
}

// TestGolden reads the PDFs testdata/make.sh made from the seed reports
// (testdata/seed-*.pdf → seed-*.golden) with the library alone.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "seed-*.pdf"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		c, err := lib.Read(context.Background(), baocao.Source{Name: filepath.Base(in), Data: data})
		if err != nil {
			t.Errorf("Read(%s): %v", in, err)
			continue
		}
		got := dump(c)
		golden := strings.TrimSuffix(in, ".pdf") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("Read(%s) differs from %s:\n%s", in, golden, firstDifference(got, string(want)))
		}
	}
}

func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(al), len(bl))
}
