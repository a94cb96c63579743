package index

import (
	"context"
	"fmt"
	"testing"

	"baocao"
)

func TestStamps(t *testing.T) {
	ix, err := Create(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	b := ix.NewBatch()
	docs := map[string]*baocao.Document{}
	for i := range 2500 { // more than one page of Stamps
		d := &baocao.Document{ID: fmt.Sprintf("d%04d", i), File: fmt.Sprintf("f%d.txt", i), Hash: fmt.Sprint(i), Imported: "t", Text: "lao động"}
		docs[d.ID] = d
		if err := b.Add(d, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Stamps(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(docs) {
		t.Fatalf("Stamps: %d ids, want %d", len(got), len(docs))
	}
	for id, d := range docs {
		if got[id] != Stamp(d) {
			t.Errorf("Stamps[%s] = %q, want %q", id, got[id], Stamp(d))
		}
	}
}
