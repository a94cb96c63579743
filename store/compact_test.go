package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"baocao"
)

func TestCompact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baocao.db")
	s, err := Open(path, &Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	var b Batch
	var keep *baocao.Document
	for i := range 200 {
		d, recs, checks := fixture(fmt.Sprintf("f%03d.txt", i), fmt.Sprintf("%d %s", i, benchText(8000)), 20)
		b.Put(d, recs, checks)
		if i == 7 {
			keep = d
		}
	}
	mustCommit(t, s, &b)
	b.Reset()
	docs, _ := s.Documents()
	for _, d := range docs {
		if d.ID != keep.ID {
			b.Delete(d.ID)
		}
	}
	mustCommit(t, s, &b)
	wantRecs, _ := s.Records(Filter{})
	s.Close()

	before, after, err := Compact(path)
	if err != nil {
		t.Fatal(err)
	}
	if after*4 > before {
		t.Errorf("Compact: %d → %d bytes, want under a quarter after deleting 199 of 200 documents", before, after)
	}
	if _, err := os.Stat(path + ".compact"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("temporary file left behind: %v", err)
	}
	s, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.Records(Filter{}); err != nil || !reflect.DeepEqual(got, wantRecs) || len(got) != 20 {
		t.Errorf("Records after Compact = %d, %v; want the kept document's 20", len(got), err)
	}
	if txt, err := s.Text(keep.ID); err != nil || txt != keep.Text {
		t.Errorf("Text after Compact = %d bytes, %v; want %d", len(txt), err, len(keep.Text))
	}
	if _, _, err := Compact(path); !errors.Is(err, ErrLocked) {
		t.Errorf("Compact(open store) = %v, want ErrLocked", err)
	}
}
