package index

import (
	"testing"

	"baocao"
)

// TestCacheWrites checks that a write empties the result cache and that a
// caller changing a result does not change the cached one.
func TestCacheWrites(t *testing.T) {
	ix := mustOpen(t)
	q := Query{Text: "hoa giai", Facets: true}
	first := mustSearch(t, ix, q)
	if first.Total != 2 {
		t.Fatalf("Search(hoa giai).Total = %d, want 2", first.Total)
	}
	first.Hits[0].Doc = "changed"
	if again := mustSearch(t, ix, q); again.Hits[0].Doc == "changed" || again.Total != 2 {
		t.Errorf("cached result changed by its caller: %+v", again.Hits)
	}
	b := ix.NewBatch()
	b.Add(&baocao.Document{ID: "d7", Text: "Hòa giải viên được tập huấn."}, nil)
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if res := mustSearch(t, ix, q); res.Total != 3 {
		t.Errorf("after adding d7, Search(hoa giai).Total = %d, want 3", res.Total)
	}
	if err := ix.Delete("d4"); err != nil {
		t.Fatal(err)
	}
	if res := mustSearch(t, ix, q); res.Total != 2 || res.Facets["province"][0].Count != 1 {
		t.Errorf("after deleting d4, Search(hoa giai) = %d hits, facets %v; want 2", res.Total, res.Facets)
	}
}
