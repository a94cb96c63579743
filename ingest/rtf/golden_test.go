package rtf

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

// dump is the golden form of Content: the title, then one block per line.
func dump(c *baocao.Content) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title %q\n", c.Title)
	for _, bl := range c.Blocks {
		fmt.Fprintf(&b, "%-5s %-16q %q\n", breakNames[bl.Break], bl.Font, bl.Text)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.input"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: filepath.Base(in), Data: data})
		if err != nil {
			t.Errorf("Read(%s): %v", in, err)
			continue
		}
		got := dump(c)
		golden := strings.TrimSuffix(in, ".input") + ".golden"
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
			t.Errorf("Read(%s) =\n%s\nwant\n%s", in, got, want)
		}
	}
}
