package importer

import (
	"context"
	"fmt"

	"baocao"
	"baocao/index"
	"baocao/store"
)

// Reindex adds every stored document to ix, which the caller has emptied
// (index.Reset), and marks the two in step. Like an import it commits
// batches of DefaultIndexDocs documents on the indexer goroutine while it
// reads the next batch from the store.
func Reindex(ctx context.Context, st *store.Store, ix *index.Index) (int, error) {
	in := startIndexer(ix)
	b := ix.NewBatch()
	n := 0
	err := st.ForEach(func(doc *baocao.Document) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		recs, err := st.Records(store.Filter{Doc: doc.ID})
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		if err := b.Add(doc, indicatorIDs(recs)); err != nil {
			return err
		}
		n++
		if b.Len() >= DefaultIndexDocs {
			b, err = in.commit(b)
		}
		return err
	})
	if err != nil {
		in.finish(nil) // what was handed over still lands
		return n, err
	}
	if err := in.finish(b); err != nil {
		return n, err
	}
	return n, markInStep(st, ix)
}
