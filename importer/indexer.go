package importer

import (
	"fmt"

	"baocao/index"
)

// indexer commits index batches on a goroutine of its own while the sink
// fills the next one. An index commit (bleve analyses the batch, builds a
// segment and waits until it is persisted) took some 45% of the sink's time
// on 5.000 mixed reports, and while the sink waited on it the workers,
// bounded by the reorder window, stood idle: reading and committing ran one
// after the other instead of side by side.
//
// Two batches take turns: one is committed while the other is filled. The
// goroutine commits them in the order they were handed over, so a deletion
// or replacement in a later batch still lands after the earlier batch. The
// store is committed before a document enters a batch, so the store stays
// ahead of the index, as Run's crash recovery (inStep, Verify) expects.
type indexer struct {
	full  chan *index.Batch
	back  chan committed
	spare *index.Batch
	out   int // batches handed over and not yet back
}

// committed is a batch the goroutine has committed, emptied for reuse.
type committed struct {
	b   *index.Batch
	err error
}

func startIndexer(ix *index.Index) *indexer {
	in := &indexer{
		full:  make(chan *index.Batch, 1),
		back:  make(chan committed, 2),
		spare: ix.NewBatch(),
	}
	go func() {
		for b := range in.full {
			err := b.Commit()
			in.back <- committed{b, err}
		}
	}()
	return in
}

// commit hands b over to be committed and returns an empty batch to fill
// next; it waits only while the batch before b is still being committed.
func (in *indexer) commit(b *index.Batch) (*index.Batch, error) {
	in.full <- b
	in.out++
	if in.spare != nil {
		next := in.spare
		in.spare = nil
		return next, nil
	}
	r := <-in.back
	in.out--
	if r.err != nil {
		return nil, fmt.Errorf("index: %w", r.err)
	}
	return r.b, nil
}

// finish commits b, waits until every batch handed over is committed and
// ends the goroutine. It returns the first error of the batches it waited
// for.
func (in *indexer) finish(b *index.Batch) error {
	if b != nil && b.Len() > 0 {
		in.full <- b
		in.out++
	}
	close(in.full)
	var first error
	for ; in.out > 0; in.out-- {
		if r := <-in.back; r.err != nil && first == nil {
			first = fmt.Errorf("index: %w", r.err)
		}
	}
	return first
}
