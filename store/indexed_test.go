package store

import (
	"testing"

	"baocao"
)

func TestIndexedMark(t *testing.T) {
	s := MustOpen(t)
	if n, ok := s.Indexed(); ok {
		t.Fatalf("Indexed() on a new store = %d, true; want no mark", n)
	}
	if err := s.MarkIndexed(3); err != nil {
		t.Fatal(err)
	}
	if n, ok := s.Indexed(); !ok || n != 3 {
		t.Fatalf("Indexed() after MarkIndexed(3) = %d, %v; want 3, true", n, ok)
	}
	// writes of every kind drop the mark
	writes := []struct {
		name string
		fn   func() error
	}{
		{"Commit", func() error {
			var b Batch
			b.Put(&baocao.Document{ID: "d1", File: "a.txt", Text: "x"}, nil, nil)
			_, err := s.Commit(&b)
			return err
		}},
		{"Log", func() error { return s.Log(LedgerEntry{Path: "a.txt", Status: LedgerImported}) }},
		{"Delete", func() error { return s.Delete("d1") }},
	}
	for _, w := range writes {
		if err := s.MarkIndexed(1); err != nil {
			t.Fatal(err)
		}
		if err := w.fn(); err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		if n, ok := s.Indexed(); ok {
			t.Errorf("Indexed() after %s = %d, true; want the mark dropped", w.name, n)
		}
	}
}
