package index

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
)

func TestCompact(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range corpus { // one segment per commit
		b := ix.NewBatch()
		b.Add(&corpus[i], nil)
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := ix.segments(); err != nil || n < 2 {
		t.Fatalf("before Compact, segments() = %d, %v; want several", n, err)
	}
	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n, err := ix.segments(); err != nil || n != 1 {
		t.Errorf("after Compact, segments() = %d, %v; want 1", n, err)
	}
	if res := mustSearch(t, ix, Query{Text: "hoa giai"}); res.Total != 2 {
		t.Errorf("after Compact, Search(hoa giai).Total = %d, want 2", res.Total)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if err := ro.Compact(context.Background()); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Compact on a read-only index = %v, want ErrReadOnly", err)
	}
	if res := mustSearch(t, ro, Query{Text: `"tự do"`}); res.Total != 1 {
		t.Errorf("reopened, Search(\"tự do\").Total = %d, want 1", res.Total)
	}
}
