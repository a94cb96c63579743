package check

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"baocao"
	"baocao/extract"
)

// TestCorpusMismatches runs every rule on the shared legacy corpus
// transcripts and lists the mismatches with -v, for review. It fails only
// on broken spans; the list is what a reviewer reads.
func TestCorpusMismatches(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "legacy", "truth", "*.txt"))
	if len(paths) == 0 {
		t.Skip("corpus absent")
	}
	counts := map[string]int{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, c := range Run(text, extract.Records(text)) {
			if text[c.Start:c.End] != c.Text {
				t.Errorf("%s: bad span %d-%d", p, c.Start, c.End)
			}
			counts[c.Kind+" "+c.Status]++
			if c.Status == baocao.StatusMismatch && testing.Verbose() {
				fmt.Printf("%s: %s %s | %.200s\n", filepath.Base(p), c.Kind, c.Reason, c.Text)
			}
		}
	}
	t.Logf("checks by kind and status: %v", counts)
}
