package store_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"baocao"
	"baocao/store"
)

// The import pipeline's sink collects many documents in a Batch and commits
// them in one transaction; a file changed in place replaces its document.
func ExampleStore_Commit() {
	dir, _ := os.MkdirTemp("", "baocao")
	defer os.RemoveAll(dir)
	s, err := store.Open(filepath.Join(dir, "baocao.db"), nil)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	var b store.Batch
	old := &baocao.Document{ID: "a1", File: "bc.txt", Text: "Giải quyết việc làm cho 28.101 lao động."}
	b.Put(old, []baocao.Record{{Doc: "a1", File: "bc.txt", Indicator: "Giải quyết việc làm", Value: 28101}}, nil)
	b.Log(store.LedgerEntry{Path: "bc.txt", Status: store.LedgerImported, Doc: "a1"})
	res, err := s.Commit(&b)
	fmt.Println(res[0].Status, err)

	b.Reset()
	b.Put(old, nil, nil) // same content, same path
	res, _ = s.Commit(&b)
	fmt.Println(res[0].Status)

	b.Reset()
	b.Put(&baocao.Document{ID: "b2", File: "bc.txt", Text: "Bản sửa."}, nil, nil)
	res, _ = s.Commit(&b)
	fmt.Println(res[0].Status, "removed", res[0].Removed)

	recs, _ := s.Records(store.Filter{Indicator: "viec lam"})
	st, _ := s.Stats()
	fmt.Println(len(recs), "records,", st.Documents, "document,", st.Texts, "text")
	// Output:
	// imported <nil>
	// unchanged
	// imported removed [a1]
	// 0 records, 1 document, 1 text
}
