package importer

import (
	"context"
	"fmt"
	"time"

	"baocao"
	"baocao/index"
	"baocao/store"
)

// sink is the only goroutine that writes the store, and the only one that
// fills index batches. It commits the store in batches bounded by document
// count and text bytes, and adds what each commit stored to the index batch,
// handed to the indexer every IndexDocs documents: the store (the source of
// truth) is always ahead.
func sink(ctx context.Context, st *store.Store, ix *index.Index, opt Options, in <-chan outcome) (Summary, error) {
	sum := Summary{Reasons: map[string]int{}}
	sb, ib := new(store.Batch), ix.NewBatch()
	idx := startIndexer(ix)
	finished := false
	defer func() {
		if !finished { // an error return: the batches handed over still land
			idx.finish(nil)
		}
	}()
	finish := func() error {
		finished = true
		return idx.finish(ib)
	}
	var (
		docs  int
		bytes int
		seen  = map[string]string{} // content hash → first file in this run
	)
	var puts []*Analysis // one per Put in sb, nil for an extra path
	// flush commits the store batch, then adds what it stored to the index
	// batch, which it commits when it is full or when final.
	flush := func(final bool) error {
		if sb.Len() == 0 {
			if final {
				return finish()
			}
			return nil
		}
		results, err := st.Commit(sb)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		sb.Reset()
		// index what the store says it stored, so the index never holds a
		// document the store does not
		for i, r := range results {
			if i < len(puts) && puts[i] != nil && r.Status == store.Imported {
				if err := ib.Add(puts[i].Doc, puts[i].Indicators()); err != nil {
					return fmt.Errorf("index %s: %w", puts[i].Doc.File, err)
				}
			}
			for _, id := range r.Removed {
				ib.Delete(id)
			}
			for _, id := range r.Moved {
				if err := reindexDoc(st, ib, id); err != nil {
					return err
				}
			}
		}
		puts, docs, bytes = puts[:0], 0, 0
		if final {
			return finish()
		}
		if ib.Len() >= opt.IndexDocs {
			ib, err = idx.commit(ib)
		}
		return err
	}
	for o := range in {
		// the same content twice in one run: the second is an alias of the first
		if o.an != nil {
			if first, dup := seen[o.res.Hash]; dup {
				o.res.Status = Unchanged
				o.res.Reason = "same content as " + first
				o.alias = &baocao.Document{ID: o.an.Doc.ID, File: o.res.File}
				o.an = nil
			} else {
				seen[o.res.Hash] = o.res.File
			}
		} else if first, dup := seen[o.res.Hash]; dup && o.alias != nil {
			// the worker found the first one already committed: say so
			// the same way, whichever came first
			o.res.Reason = "same content as " + first
		}
		sum.Files++
		sum.Bytes += o.res.Size
		switch o.res.Status {
		case Imported:
			sum.Imported++
			if o.an.stored != nil {
				sb.PutPrepared(o.an.stored)
			} else {
				sb.Put(o.an.Doc, o.an.Records, o.an.Checks)
			}
			puts = append(puts, o.an)
			docs++
			bytes += len(o.an.Doc.Text)
		case Unchanged:
			sum.Unchanged++
		case Failed:
			sum.Failed++
			sum.Reasons[category(o.res.Reason)]++
		}
		if o.alias != nil {
			sb.Put(o.alias, nil, nil)
			puts = append(puts, nil)
		}
		sb.Log(ledgerEntry(o.res))
		if opt.Progress != nil {
			opt.Progress(o.res)
		}
		if docs >= opt.BatchDocs || bytes >= opt.BatchBytes || sb.Len() >= 16*opt.BatchDocs {
			if err := flush(false); err != nil {
				return sum, err
			}
		}
	}
	return sum, flush(true)
}

// reindexDoc re-adds a stored document to the index batch, for documents
// whose file changed in the store.
func reindexDoc(st *store.Store, ib *index.Batch, id string) error {
	d, err := st.Document(id)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if d.Text, err = st.Text(id); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	recs, err := st.Records(store.Filter{Doc: id})
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return ib.Add(d, indicatorIDs(recs))
}

func ledgerEntry(r Result) store.LedgerEntry {
	return store.LedgerEntry{
		Path:     r.File,
		Size:     r.Size,
		ModTime:  time.Unix(r.MTime, 0).UTC(),
		Hash:     r.Hash,
		Status:   r.Status,
		Reason:   r.Reason,
		Reader:   r.Reader,
		Doc:      r.Doc,
		Duration: time.Duration(r.Millis * float64(time.Millisecond)),
		Time:     time.Now().UTC(),
	}
}
