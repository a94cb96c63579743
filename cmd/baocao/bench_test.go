package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestBenchTiny runs the whole benchmark suite on tiny corpora, the test
// binary standing in for baocao in the suite's child processes (import,
// serve, normalize): every row of the table must come out with a figure
// that parses and makes sense, and --update must rewrite only its block.
func TestBenchTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the suite's child processes")
	}
	t.Setenv(asBaocao, "1")
	work := t.TempDir()
	md := filepath.Join(work, "B.md")
	const before, after = "# Benchmarks\n\nkept above\n\n", "\n\nkept below\n"
	if err := os.WriteFile(md, []byte(before+"<!-- bench:begin -->\nold\n<!-- bench:end -->"+after), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, exitOK, "bench", "--sizes", "40", "--queries", "5", "--pdfs", "2",
		"--runs", "1", "--import-runs", "2", "--work", work, "--update", md)

	number := `([0-9]+(?:\.[0-9]+)?)`
	for _, want := range []struct {
		name string
		re   string
	}{
		{"extraction, import's GC", `(?m)^extraction .*under import's GC setting \(GOGC=400\) +` + number + ` MB/s per core \(median of 3: `},
		{"extraction, default GC", `(?m)^extraction .*under Go's default GC \(GOGC=100\) +` + number + ` MB/s per core \(median of 3: `},
		{"extraction reference", `(?m)^extraction +reference: .* +` + number + ` MB/s per core \(median of 3: `},
		{"extraction over reference", `(?m)^extraction +extraction \(GOGC=400\) / reference.* +` + number + ` \(median of 3: `},
		{"import, 1 worker", `(?m)^import +40 reports .*1 worker\(s\) +` + number + ` docs/s`},
		{"import, 2 workers", `(?m)^import +40 reports .*2 worker\(s\) +` + number + ` docs/s.*\(median of 2: `},
		{"memory", `(?m)^memory +import peak RSS, 40 reports, 2 worker\(s\) +` + number + ` MB`},
		{"bleve alone, 256", `(?m)^import +bleve alone .* batches of 256 +` + number + ` s \(median of 2: `},
		{"bleve alone, 64", `(?m)^import +bleve alone .* batches of 64 +` + number + ` s`},
		{"ratio", `(?m)^import +import \(2 workers\) / bleve alone .* +` + number + ` \(median of 2: `},
		{"size", `(?m)^size .* index ` + number + ` MB and store`},
		{"term search", `(?m)^search +term query .* p50 ` + number + ` ms, p99`},
		{"faceted search", `(?m)^search +faceted query .* p50 ` + number + ` ms, p99`},
		{"pdf", `(?m)^pdf +2 text PDFs, .* baocao normalize ` + number + ` pages/s`},
	} {
		m := regexp.MustCompile(want.re).FindStringSubmatch(out)
		if m == nil {
			t.Errorf("no %s row matching %s in:\n%s", want.name, want.re, out)
			continue
		}
		if v, err := strconv.ParseFloat(m[1], 64); err != nil || v <= 0 {
			t.Errorf("%s: figure %q, want a positive number", want.name, m[1])
		}
	}
	b, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.HasPrefix(s, before+"<!-- bench:begin -->\nMeasured ") || !strings.HasSuffix(s, "<!-- bench:end -->"+after) ||
		strings.Contains(s, "\nold\n") || strings.Count(s, "| import |") != 5 {
		t.Errorf("updated file:\n%s", s)
	}
}
