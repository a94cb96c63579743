package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedIndexRebuilt truncates the index's metadata, as a kill while
// the index was being created once did: the next import rebuilds the index
// from the store, and search finds the documents again.
func TestDamagedIndexRebuilt(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	sample := filepath.Join("..", "..", "testdata", "sample")
	mustRun(t, exitOK, "import", "--data", data, sample)
	before := mustRun(t, exitOK, "search", "--data", data, "--format", "json", "lao động")
	if strings.Count(before, "\n") == 0 {
		t.Fatal("search found nothing before the damage")
	}
	meta := filepath.Join(data, indexDir, "index_meta.json")
	if err := os.WriteFile(meta, []byte(`{"storage":`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, code := runMain(t, "search", "--data", data, "lao động"); code == exitOK {
		t.Fatal("search on a damaged index succeeded; the test damages nothing")
	}
	mustRun(t, exitOK, "import", "--data", data, sample)
	if after := mustRun(t, exitOK, "search", "--data", data, "--format", "json", "lao động"); after != before {
		t.Errorf("search after the rebuild:\n%s\nwant\n%s", after, before)
	}
	if out := mustRun(t, exitOK, "verify", "--data", data); !strings.Contains(out, "0 missing from the index, 0 stale, 0 orphans") {
		t.Errorf("verify after the rebuild: %s", out)
	}
}
