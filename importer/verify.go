package importer

import (
	"context"
	"fmt"
	"sort"

	"baocao/index"
	"baocao/store"
)

// Drift is how the index differs from the store, the source of truth.
type Drift struct {
	Documents int      `json:"documents"`         // in the store
	Indexed   int      `json:"indexed"`           // in the index
	Missing   []string `json:"missing,omitempty"` // stored, not indexed
	Stale     []string `json:"stale,omitempty"`   // indexed from another version of the stored document
	Orphans   []string `json:"orphans,omitempty"` // indexed, not stored
}

// OK reports whether the index matches the store.
func (d Drift) OK() bool { return len(d.Missing)+len(d.Stale)+len(d.Orphans) == 0 }

// Verify compares the index with the store. With repair it re-adds missing
// and stale documents and deletes orphans, in batches; the Drift returned is
// what it found before repairing. An import killed between the store's
// commit and the index's leaves missing documents; the next import repairs
// them first (see Run).
func Verify(ctx context.Context, st *store.Store, ix *index.Index, repair bool) (Drift, error) {
	stamps, err := ix.Stamps(ctx)
	if err != nil {
		return Drift{}, err
	}
	docs, err := st.Documents()
	if err != nil {
		return Drift{}, fmt.Errorf("store: %w", err)
	}
	d := Drift{Documents: len(docs), Indexed: len(stamps)}
	stored := make(map[string]bool, len(docs))
	for i := range docs {
		doc := &docs[i]
		stored[doc.ID] = true
		switch s, ok := stamps[doc.ID]; {
		case !ok:
			d.Missing = append(d.Missing, doc.ID)
		case s != index.Stamp(doc):
			d.Stale = append(d.Stale, doc.ID)
		}
	}
	for id := range stamps {
		if !stored[id] {
			d.Orphans = append(d.Orphans, id)
		}
	}
	sort.Strings(d.Orphans)
	if !repair || d.OK() {
		return d, nil
	}
	b := ix.NewBatch()
	for _, id := range d.Orphans {
		b.Delete(id)
	}
	for _, id := range append(append([]string(nil), d.Missing...), d.Stale...) {
		if err := reindexDoc(st, b, id); err != nil {
			return d, err
		}
		if b.Len() >= 64 {
			if err := b.Commit(); err != nil {
				return d, fmt.Errorf("index: %w", err)
			}
		}
	}
	if err := b.Commit(); err != nil {
		return d, fmt.Errorf("index: %w", err)
	}
	return d, nil
}

// inStep reports whether the store's mark (store.MarkIndexed) says the index
// holds what the store holds, and the index still has the count marked. It
// spares an import the comparison of every stored document with every
// index entry (Verify), which reads the whole store and the whole index;
// a run that stopped between the store's commit and the index's left no
// mark, and a removed or rebuilt index shows another count.
func inStep(st *store.Store, ix *index.Index) bool {
	n, ok := st.Indexed()
	if !ok {
		return false
	}
	c, err := ix.DocCount()
	return err == nil && c == n
}

// markInStep records in the store that the index holds what it holds.
func markInStep(st *store.Store, ix *index.Index) error {
	n, err := ix.DocCount()
	if err != nil {
		return err
	}
	return st.MarkIndexed(n)
}
