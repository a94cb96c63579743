package importer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao"
	"baocao/index"
	"baocao/ingest"
	"baocao/ingest/html"
	"baocao/ingest/txt"
	"baocao/store"
)

// testConfig reads text and HTML, enough to exercise the pipeline.
var testConfig = Config{
	Readers: []baocao.Reader{&txt.Reader{}, &html.Reader{}},
	Limits:  ingest.Limits{Timeout: 10 * time.Second, MaxSize: 1 << 20},
}

// mustOpen opens a store and an index in a temporary data folder.
func mustOpen(tb testing.TB) (*store.Store, *index.Index) {
	tb.Helper()
	dir := tb.TempDir()
	st, err := store.Open(filepath.Join(dir, "baocao.db"), &store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := index.OpenOrCreate(filepath.Join(dir, "index"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		ix.Close()
		st.Close()
	})
	return st, ix
}

func writeFiles(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

const report = "BÁO CÁO\nNăm 2020 giải quyết việc làm cho 1.200/1.000 lao động, đạt 120% kế hoạch.\n"

func TestRunStatuses(t *testing.T) {
	st, ix := mustOpen(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a/report.txt":      report,
		"b/same-bytes.txt":  report, // same content under another name
		"c/other.txt":       "Tuyển sinh đào tạo nghề 300/400 người, đạt 75% kế hoạch.\n",
		"d/empty.txt":       "",
		"d/unknown.xyz":     "\x00\x01\x02 not a format anyone reads",
		"e/page.html":       "<html><body><p>Hỗ trợ 50/40 hộ, đạt 125%.</p></body></html>",
		"f/blank-lines.txt": "\n\n  \n",
	})
	var results []Result
	sum, err := Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig, Workers: 2,
		Progress: func(r Result) { results = append(results, r) }})
	if !errors.Is(err, ErrSomeFailed) {
		t.Fatalf("Run: err %v, want ErrSomeFailed", err)
	}
	if sum.Files != 7 || sum.Imported != 3 || sum.Unchanged != 1 || sum.Failed != 3 {
		t.Fatalf("summary %+v, want 7 files: 3 imported, 1 unchanged, 3 failed", sum)
	}
	byName := map[string]Result{}
	for _, r := range results {
		byName[filepath.Base(r.File)] = r
	}
	for name, want := range map[string]string{"empty.txt": "empty file", "unknown.xyz": "unsupported format", "blank-lines.txt": "empty file"} {
		if r := byName[name]; r.Status != Failed || !strings.HasPrefix(r.Reason, want) {
			t.Errorf("%s: %s %q, want failed %q", name, r.Status, r.Reason, want)
		}
	}
	docs, err := st.Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents stored, want 3", len(docs))
	}
	if n, _ := ix.DocCount(); n != 3 {
		t.Errorf("%d documents indexed, want 3", n)
	}
	// the duplicate's path is recorded on the stored document
	d, err := st.DocByPath(filepath.Join(dir, "b/same-bytes.txt"))
	if err != nil {
		t.Fatalf("duplicate path not recorded: %v", err)
	}
	a, err := st.DocByPath(filepath.Join(dir, "a/report.txt"))
	if err != nil || a.ID != d.ID {
		t.Errorf("the two paths of one content resolve to %v and %v (%v)", a, d, err)
	}

	// a second run reads nothing new; --retry-failed touches only failures
	sum, _ = Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig, Workers: 2})
	if sum.Imported != 0 || sum.Unchanged != 4 {
		t.Errorf("second run %+v, want 0 imported, 4 unchanged", sum)
	}
	sum, _ = Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig, RetryFailed: true})
	if sum.Files != 3 || sum.Failed != 3 {
		t.Errorf("retry-failed run %+v, want the 3 failures only", sum)
	}
}

func TestRunReplacesChangedFile(t *testing.T) {
	st, ix := mustOpen(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	writeFiles(t, dir, map[string]string{"r.txt": report})
	if _, err := Run(context.Background(), []string{p}, st, ix, Options{Config: testConfig}); err != nil {
		t.Fatal(err)
	}
	old, err := st.DocByPath(p)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(report, "1.200/1.000", "900/1.000", 1)
	changed = strings.Replace(changed, "120%", "90%", 1)
	writeFiles(t, dir, map[string]string{"r.txt": changed})
	// same size is possible; make the mtime differ so the ledger does not skip it
	future := time.Now().Add(time.Hour)
	os.Chtimes(p, future, future)
	if _, err := Run(context.Background(), []string{p}, st, ix, Options{Config: testConfig}); err != nil {
		t.Fatal(err)
	}
	docs, _ := st.Documents()
	if len(docs) != 1 || docs[0].ID == old.ID {
		t.Fatalf("after change: %d docs (old id %s), want 1 new document", len(docs), old.ID)
	}
	recs, _ := st.Records(store.Filter{})
	for _, r := range recs {
		if r.Doc == old.ID {
			t.Errorf("record of the replaced document survived: %+v", r)
		}
	}
	if n, _ := ix.DocCount(); n != 1 {
		t.Errorf("%d documents indexed after replacement, want 1", n)
	}
}

// files300 is more files than the pipeline reads ahead of the sink (the
// reorder window and the buffers around it), so a cancel at the tenth
// result leaves some unread.
const files300 = 300

func TestRunCancelled(t *testing.T) {
	st, ix := mustOpen(t)
	dir := t.TempDir()
	files := map[string]string{}
	for i := range files300 {
		files[filepath.Join("x", string(rune('a'+i%26))+strings.Repeat("z", i/26)+".txt")] = report + strings.Repeat("x", i)
	}
	writeFiles(t, dir, files)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := Run(ctx, []string{dir}, st, ix, Options{Config: testConfig, Workers: 2, BatchDocs: 4,
		Progress: func(Result) {
			if n++; n == 10 {
				cancel()
			}
		}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run after cancel: %v, want context.Canceled", err)
	}
	docs, _ := st.Documents()
	if len(docs) < 10 || len(docs) == files300 {
		t.Errorf("%d documents stored after cancelling at 10, want what completed (≥10, <%d)", len(docs), files300)
	}
	// the next run finishes the job without duplicates
	sum, err := Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig})
	if err != nil {
		t.Fatal(err)
	}
	docs, _ = st.Documents()
	if len(docs) != files300 || sum.Imported+sum.Unchanged != files300 {
		t.Errorf("resumed run: %d documents, summary %+v; want %d", len(docs), sum, files300)
	}
	if n, _ := ix.DocCount(); n != files300 {
		t.Errorf("%d documents indexed, want %d", n, files300)
	}
}

func TestReason(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{errors.New("plain"), "plain"},
		{baocao.ErrEmpty, "empty file"},
		{errors.Join(errors.New("x.pdf: xref"), baocao.ErrCorrupt), "corrupt file"},
		{&os.PathError{Op: "open", Path: "/x", Err: os.ErrPermission}, "permission denied"},
	}
	for _, tt := range tests {
		if got := reason(tt.err); !strings.HasPrefix(got, tt.want) {
			t.Errorf("reason(%v) = %q, want prefix %q", tt.err, got, tt.want)
		}
	}
}

func TestVerifyRepairs(t *testing.T) {
	st, ix := mustOpen(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": report, "b.txt": strings.Replace(report, "1.200", "1.300", 1)})
	if _, err := Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if d, err := Verify(ctx, st, ix, false); err != nil || !d.OK() || d.Documents != 2 || d.Indexed != 2 {
		t.Fatalf("after a clean import: %+v, %v", d, err)
	}
	// simulate a kill between the store's commit and the index's, and an orphan
	docs, _ := st.Documents()
	if err := ix.Delete(docs[0].ID); err != nil {
		t.Fatal(err)
	}
	b := ix.NewBatch()
	b.Add(&baocao.Document{ID: "orphan", Text: "x"}, nil)
	b.Commit()
	d, err := Verify(ctx, st, ix, true)
	if err != nil || len(d.Missing) != 1 || len(d.Orphans) != 1 {
		t.Fatalf("Verify found %+v, %v; want 1 missing, 1 orphan", d, err)
	}
	if d, _ := Verify(ctx, st, ix, false); !d.OK() {
		t.Errorf("after repair: %+v", d)
	}
}

// TestRunCatchesUpIndex: an import skips the full comparison of index and
// store only when the store's mark and the index's count agree; each way of
// falling out of step is caught by the next run.
func TestRunCatchesUpIndex(t *testing.T) {
	drifts := []struct {
		name  string
		drift func(t *testing.T, st *store.Store, ix *index.Index, docs []baocao.Document)
	}{
		{"document deleted from the index", func(t *testing.T, st *store.Store, ix *index.Index, docs []baocao.Document) {
			if err := ix.Delete(docs[0].ID); err != nil {
				t.Fatal(err)
			}
		}},
		{"store written after the mark (kill before the index commit)", func(t *testing.T, st *store.Store, ix *index.Index, docs []baocao.Document) {
			var b store.Batch
			b.Put(&baocao.Document{ID: "0123456789abcdef", File: "/elsewhere/x.txt", Text: "Báo cáo khác."}, nil, nil)
			if _, err := st.Commit(&b); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range drifts {
		st, ix := mustOpen(t)
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"a.txt": report, "b.txt": strings.Replace(report, "1.200", "1.300", 1)})
		if _, err := Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig}); err != nil {
			t.Fatal(err)
		}
		if !inStep(st, ix) {
			t.Fatalf("%s: no mark after a clean import", tt.name)
		}
		docs, _ := st.Documents()
		tt.drift(t, st, ix, docs)
		if inStep(st, ix) {
			t.Errorf("%s: store and index still marked in step", tt.name)
		}
		if _, err := Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig}); err != nil {
			t.Fatal(err)
		}
		if d, err := Verify(context.Background(), st, ix, false); err != nil || !d.OK() {
			t.Errorf("%s: after the next import: %+v, %v; want index and store in step", tt.name, d, err)
		}
		if !inStep(st, ix) {
			t.Errorf("%s: no mark after the catching-up import", tt.name)
		}
	}
}
