package vntext

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden decodes each testdata/NAME.input as the bytes of a plain-text
// file (UTF-8 inputs as text, others as raw bytes) and compares the stored
// text and the encoding found with NAME.golden.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	if len(inputs) == 0 {
		t.Fatal("no testdata inputs")
	}
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		got := goldenOutput(t, data)
		golden := strings.TrimSuffix(in, ".input") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run go test -update)", golden, err)
		}
		if got != string(want) {
			t.Errorf("Assemble(%s) =\n%s\nwant\n%s", in, got, want)
		}
	}
}

func goldenOutput(t *testing.T, data []byte) string {
	bl := baocao.Block{Raw: data}
	if validUTF8(string(data)) {
		bl = baocao.Block{Text: string(data)}
	}
	tx, err := Assemble(&baocao.Content{Format: "txt", Blocks: []baocao.Block{bl}}, Options{})
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	return "encoding: " + tx.Encoding + "\n" + tx.Text
}
