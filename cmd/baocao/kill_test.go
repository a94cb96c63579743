package main

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"baocao/gen"
)

// TestKillAndResume kills imports with SIGKILL at random moments; each next
// import of the same folder must finish the job, and at the end docs,
// records, checks and search results equal a clean import's, with nothing
// for verify to report.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 10 imports")
	}
	corpus := t.TempDir()
	mustRun(t, exitOK, "gen", "--n", "300", "--seed", "5", "--out", corpus,
		"--formats", "txt=3,html=1,docx=1", "--duplicates", "0.000001", "--corrupt", "0.02")
	reports := filepath.Join(corpus, gen.ReportsDir)

	clean := t.TempDir()
	mustRun(t, exitPartial, "import", "--data", clean, reports)
	want := snapshot(t, clean)

	killed := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 10 {
		cmd := exec.Command(os.Args[0], "import", "--data", killed, reports)
		cmd.Env = append(os.Environ(), asBaocao+"=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(30+rng.IntN(400)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		t.Logf("kill %d: %v", i, err)
	}
	mustRun(t, exitPartial, "import", "--data", killed, reports)
	got := snapshot(t, killed)
	for _, k := range []string{"docs", "records", "checks", "search"} {
		if got[k] != want[k] {
			t.Errorf("%s after 10 kills differs from a clean import:\n got %s\nwant %s", k, clip(got[k], 400), clip(want[k], 400))
		}
	}
	if out, _, code := runMain(t, "verify", "--data", killed); code != exitOK {
		t.Errorf("verify after the kills: exit %d\n%s", code, out)
	}
}

// snapshot lists what a data folder holds, without import times.
func snapshot(t *testing.T, data string) map[string]string {
	t.Helper()
	docs := mustRun(t, exitOK, "docs", "--data", data, "--format", "jsonl")
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(docs), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "imported")
		b, _ := json.Marshal(m)
		lines = append(lines, string(b))
	}
	sort.Strings(lines)
	var hits []string
	for _, q := range []string{"giai quyet viec lam", `"hộ nghèo"`, "người có công"} {
		var res struct {
			Total int
			Hits  []struct{ Doc string }
		}
		out := mustRun(t, exitOK, "search", "--data", data, "--format", "json", "--limit", "1000", q)
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.Doc)
		}
		sort.Strings(ids)
		hits = append(hits, q+": "+strings.Join(ids, " "))
	}
	return map[string]string{
		"docs":    strings.Join(lines, "\n"),
		"records": mustRun(t, exitOK, "records", "--data", data, "--format", "jsonl"),
		"checks":  mustRun(t, exitOK, "checks", "--data", data, "--format", "jsonl"),
		"search":  strings.Join(hits, "\n"),
	}
}
