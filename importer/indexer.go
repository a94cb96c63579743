package importer

import (
	"fmt"

	"baocao/index"
	"baocao/store"
)

// indexer is the goroutine that owns the index batch. The sink hands it the
// results of each store commit; it adds and deletes what the store says it
// stored and removed, and commits the index in batches of its own, larger
// than the store's: every index commit makes a segment that the index's
// merger reads and rewrites again and again as segments pile up, and merging
// was a third of an import's CPU with commits of 64 documents. It works
// while the sink collects and commits the next store batch.
type indexer struct {
	jobs     chan indexJob
	failed   chan struct{} // closed when run fails
	finished chan struct{} // closed when the goroutine is done
	err      error         // run's error, set before failed and finished close
	closed   bool
}

// indexJob is what one store commit did.
type indexJob struct {
	results []store.Result
	puts    []*Analysis // per Put of the commit, nil for an extra path
}

func startIndexer(st *store.Store, ix *index.Index, opt Options) *indexer {
	x := &indexer{jobs: make(chan indexJob, 1), failed: make(chan struct{}), finished: make(chan struct{})}
	go func() {
		defer close(x.finished)
		if x.err = x.run(st, ix, opt); x.err != nil {
			close(x.failed)
			for range x.jobs { // let the sink finish
			}
		}
	}()
	return x
}

// send queues a store commit's results for indexing; it fails once the
// indexer has failed.
func (x *indexer) send(results []store.Result, puts []*Analysis) error {
	select {
	case x.jobs <- indexJob{results, puts}:
		return nil
	case <-x.failed:
		return x.err
	}
}

// close waits for the indexer to commit what it was sent, and returns its
// error.
func (x *indexer) close() error {
	if !x.closed {
		close(x.jobs)
		x.closed = true
	}
	<-x.finished
	return x.err
}

func (x *indexer) run(st *store.Store, ix *index.Index, opt Options) error {
	ib := ix.NewBatch()
	bytes := 0
	commit := func() error {
		bytes = 0
		if err := ib.Commit(); err != nil {
			return fmt.Errorf("index: %w", err)
		}
		return nil
	}
	for job := range x.jobs {
		for i, r := range job.results {
			if i < len(job.puts) && job.puts[i] != nil && r.Status == store.Imported {
				an := job.puts[i]
				if err := ib.Add(an.Doc, an.Indicators()); err != nil {
					return fmt.Errorf("index %s: %w", an.Doc.File, err)
				}
				bytes += len(an.Doc.Text)
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
		if ib.Len() >= opt.IndexDocs || bytes >= opt.IndexBytes {
			if err := commit(); err != nil {
				return err
			}
		}
	}
	return commit()
}
