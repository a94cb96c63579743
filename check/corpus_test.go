package check

import (
	"os"
	"path/filepath"
	"testing"

	"baocao"
	"baocao/extract"
)

// knownMismatches are "FILE REASON" of mismatches reviewed as true errors
// of the documents.
var knownMismatches = map[string]bool{}

// TestCorpusMismatches runs every rule on the shared legacy corpus
// transcripts. Every mismatch found there so far was reviewed and was a
// false alarm (broken figures such as "năm 200 3"), so any mismatch fails
// the test: review it, and fix the rule or list it in knownMismatches.
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
			if c.Status == baocao.StatusMismatch && !knownMismatches[filepath.Base(p)+" "+c.Reason] {
				t.Errorf("%s: %s mismatch: %s | %.200s", filepath.Base(p), c.Kind, c.Reason, c.Text)
			}
		}
	}
	t.Logf("checks by kind and status: %v", counts)
}
