package importer

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"baocao/index"
)

// TestReindex rebuilds an emptied index from the store, across several
// index batches: the same documents answer the same searches, with the
// indicator filter the records give, and the store's mark says the two are
// in step again.
func TestReindex(t *testing.T) {
	st, ix := mustOpen(t)
	dir := t.TempDir()
	files := map[string]string{}
	for i := range DefaultIndexDocs + 40 {
		files[fmt.Sprintf("r%03d.txt", i)] = fmt.Sprintf("BÁO CÁO số %d\nGiải quyết việc làm cho %d/1.000 lao động, đạt %d%% kế hoạch.\n", i, 500+i, (500+i)/10)
	}
	writeFiles(t, dir, files)
	if _, err := Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig, Workers: 2}); err != nil {
		t.Fatal(err)
	}
	queries := []index.Query{{Text: "viec lam"}, {Text: "báo cáo 7"}, {Indicator: "job_creation"}, {}}
	before := searchAll(t, ix, queries)
	for i, want := range []string{": 296 ", ": 1 ", ": 296 ", ": 296 "} {
		if !strings.Contains(before[i], want) {
			t.Fatalf("before reindexing, %s; want a total of%s", before[i][:min(len(before[i]), 200)], want)
		}
	}
	if err := ix.Reset(); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.DocCount(); n != 0 || inStep(st, ix) {
		t.Fatalf("after Reset: %d documents, in step %v", n, inStep(st, ix))
	}
	n, err := Reindex(context.Background(), st, ix)
	if err != nil || n != len(files) {
		t.Fatalf("Reindex = %d, %v; want %d", n, err, len(files))
	}
	if after := searchAll(t, ix, queries); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("after Reindex:\n%v\nbefore:\n%v", after, before)
	}
	if !inStep(st, ix) {
		t.Error("the store's mark does not say the index is in step")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Reindex(ctx, st, ix); err == nil {
		t.Error("Reindex with a cancelled context: no error")
	}
}

// searchAll returns, per query, the total and the ids of every hit in
// order of id (bleve orders equal scores as its analysis finished).
func searchAll(t *testing.T, ix *index.Index, qs []index.Query) []string {
	t.Helper()
	var out []string
	for _, q := range qs {
		q.Limit = index.MaxLimit
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.Doc)
		}
		sort.Strings(ids)
		out = append(out, fmt.Sprintf("%+v: %d %v", q, res.Total, ids))
	}
	return out
}
