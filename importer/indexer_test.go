package importer

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"baocao"
	"baocao/index"
)

// TestIndexerOrder: batches land in the order they were handed over, so a
// deletion in a later batch undoes an addition in an earlier one, however
// the commits overlap with the filling of the next batch.
func TestIndexerOrder(t *testing.T) {
	_, ix := mustOpen(t)
	in := startIndexer(ix)
	b := ix.NewBatch()
	var err error
	for i, step := range []struct{ add, del string }{
		{add: "a"}, {add: "b"}, {del: "a"}, {add: "c"}, {del: "c"}, {add: "a"}, {del: "b"},
	} {
		if step.add != "" {
			d := &baocao.Document{ID: step.add, File: step.add + ".txt", Text: "giải quyết việc làm " + step.add}
			if err := b.Add(d, nil); err != nil {
				t.Fatal(err)
			}
		} else {
			b.Delete(step.del)
		}
		if i%2 == 0 { // hand over after odd numbers of steps too
			if b, err = in.commit(b); err != nil {
				t.Fatalf("commit after step %d: %v", i, err)
			}
		}
	}
	if err := in.finish(b); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), index.Query{Text: "viec lam"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.Doc)
	}
	if len(ids) != 1 || ids[0] != "a" {
		t.Errorf("after the batches the index holds %v, want [a]", ids)
	}
}

// TestIndexerError: a failed commit is reported to the sink, by the next
// hand-over or by finish, never lost.
func TestIndexerError(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := index.Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ro, err := index.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	add := func(b *index.Batch, id string) {
		if err := b.Add(&baocao.Document{ID: id, File: id, Text: "văn bản " + id}, nil); err != nil {
			t.Fatal(err)
		}
	}
	in := startIndexer(ro)
	b := ro.NewBatch()
	add(b, "x")
	b, err = in.commit(b) // the spare comes back at once
	if err != nil {
		t.Fatalf("first hand-over: %v", err)
	}
	add(b, "y")
	if _, err := in.commit(b); !errors.Is(err, index.ErrReadOnly) {
		t.Errorf("second hand-over = %v, want the first batch's ErrReadOnly", err)
	}
	if err := in.finish(nil); !errors.Is(err, index.ErrReadOnly) {
		t.Errorf("finish = %v, want the second batch's ErrReadOnly", err)
	}

	in = startIndexer(ro)
	b = ro.NewBatch()
	add(b, "z")
	if err := in.finish(b); !errors.Is(err, index.ErrReadOnly) {
		t.Errorf("finish of a failing batch = %v, want ErrReadOnly", err)
	}
}
