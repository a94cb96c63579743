package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"baocao/gen"
)

// TestGenImportScore runs the accuracy benchmark end to end on a tiny
// generated corpus: gen → import → score.
func TestGenImportScore(t *testing.T) {
	corpus, data := t.TempDir(), t.TempDir()
	mustRun(t, exitOK, "gen", "--n", "25", "--seed", "11", "--out", corpus,
		"--formats", "txt=3,html=1,docx=1,tcvn3=1,vni=1", "--corrupt", "0.2", "--duplicates", "0.1")
	mustRun(t, exitPartial, "import", "--data", data, filepath.Join(corpus, gen.ReportsDir)) // the corrupt files fail
	out := mustRun(t, exitOK, "score", "--data", data, "--corpus", corpus, "--format", "json")
	var s gen.Scores
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("score output: %v\n%s", err, out)
	}
	if s.Reports != 25 || s.Docs != 25 || s.CorruptStored != 0 {
		t.Errorf("stored %d of %d reports, %d corrupt stored", s.Docs, s.Reports, s.CorruptStored)
	}
	// floors well below what the extractor reaches, so the test catches a
	// broken pipeline, not a small regression (BENCHMARKS.md tracks those)
	if s.RecordRecall.Rate() < 0.8 || s.RecordPrecision.Rate() < 0.95 {
		t.Errorf("records: recall %v, precision %v", s.RecordRecall, s.RecordPrecision)
	}
	if s.FalseAlarms.Hit > 0 {
		t.Errorf("false alarms: %v: %v", s.FalseAlarms, s.FalseAlarmExamples)
	}
	if _, err := gen.ReadTruth(filepath.Join(corpus, gen.TruthFile)); err != nil {
		t.Fatal(err)
	}
}
