package refs

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir holds Unicode transcripts of real legacy-encoded documents,
// many of them legal texts that cite others.
var corpusDir = filepath.Join("..", "..", "shared", "corpus", "legacy", "truth")

// TestCorpus runs Find over the transcripts: every citation keeps the
// invariants, most carry an issuer, and none is a bare number whose type
// is not capitalised.
func TestCorpus(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		t.Skip("no corpus at " + corpusDir)
	}
	total, issued, dated := 0, 0, 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		refs := Find(string(b))
		checkRefs(t, string(b), refs)
		for _, r := range refs {
			total++
			if r.Issuer != "" {
				issued++
			}
			if r.Date != "" {
				dated++
			}
			if testing.Verbose() && os.Getenv("REFS_DUMP") != "" {
				t.Logf("%-24.24s %s", filepath.Base(p), refLine(r))
			}
		}
	}
	t.Logf("%d citations in %d documents, %d with an issuer, %d dated", total, len(paths), issued, dated)
	if total < 1000 {
		t.Errorf("Find gave %d citations over the corpus, want at least 1000", total)
	}
	if issued*100 < total*60 {
		t.Errorf("%d of %d citations have an issuer, want at least 60%%", issued, total)
	}
}
