package main

import (
	"os"
	"path/filepath"
	"strconv"
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

// TestReindexCommand rebuilds the index of the sample from the store: the
// same searches answer the same, and verify finds the index in step.
func TestReindexCommand(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	sample := filepath.Join("..", "..", "testdata", "sample")
	mustRun(t, exitOK, "import", "--data", data, sample)
	docs := strings.Count(mustRun(t, exitOK, "docs", "--data", data, "--format", "jsonl"), "\n")
	var before []string
	for _, q := range []string{"lao động", "ho ngheo", `"giải quyết việc làm"`} {
		before = append(before, mustRun(t, exitOK, "search", "--data", data, "--format", "json", q))
	}
	if out := mustRun(t, exitOK, "reindex", "--data", data); !strings.HasPrefix(out, "reindexed "+strconv.Itoa(docs)+" documents") || docs < 2 {
		t.Errorf("reindex of %d documents said %q", docs, out)
	}
	for i, q := range []string{"lao động", "ho ngheo", `"giải quyết việc làm"`} {
		if after := mustRun(t, exitOK, "search", "--data", data, "--format", "json", q); after != before[i] {
			t.Errorf("search %s after reindex:\n%s\nwant\n%s", q, after, before[i])
		}
	}
	if out := mustRun(t, exitOK, "verify", "--data", data); !strings.Contains(out, "0 missing from the index, 0 stale, 0 orphans") {
		t.Errorf("verify after reindex: %s", out)
	}
}
