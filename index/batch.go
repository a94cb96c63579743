package index

import (
	"fmt"

	"baocao"

	"github.com/blevesearch/bleve/v2"
)

// Batch collects additions and deletions to apply together; committing many
// documents at once is much faster than one at a time. A Batch is not safe
// for concurrent use: the import pipeline keeps one on its sink goroutine.
type Batch struct {
	ix *Index
	b  *bleve.Batch
}

// NewBatch returns an empty batch for ix.
func (ix *Index) NewBatch() *Batch {
	return &Batch{ix: ix, b: ix.bi.NewBatch()}
}

// Add indexes document d (its metadata and Text) under d.ID, replacing what
// was indexed under that id. The text is stored in the index too, for
// fragments, unless the index has a TextSource. indicators are the indicator ids of its records,
// for facets and filters; repeats are fine.
func (b *Batch) Add(d *baocao.Document, indicators []string) error {
	if d.ID == "" {
		return fmt.Errorf("index: add %s: empty document id", d.File)
	}
	if err := b.b.Index(d.ID, fieldsOf(d, dedupe(indicators), b.ix.text == nil)); err != nil {
		return fmt.Errorf("index: add %s: %w", d.ID, err)
	}
	return nil
}

// Delete removes document id when the batch is committed. Within a batch
// the last Add or Delete of an id wins.
func (b *Batch) Delete(id string) { b.b.Delete(id) }

// Len returns the number of documents with an addition or deletion waiting.
func (b *Batch) Len() int { return b.b.Size() }

// Commit applies the batch and empties it for reuse.
func (b *Batch) Commit() error {
	if b.b.Size() == 0 {
		return nil
	}
	if b.ix.readOnly {
		return ErrReadOnly
	}
	defer b.ix.results.clear() // after the write: a search meanwhile is not kept
	err := b.ix.bi.Batch(b.b)
	// a fresh batch, not Reset: scorch's Batch leaves a goroutine ranging
	// over the old batch's operations after it returns, and Reset would
	// write them under it (a data race -race reports)
	b.b = b.ix.bi.NewBatch()
	if err != nil {
		return fmt.Errorf("index: commit: %w", err)
	}
	return nil
}

func dedupe(ss []string) []string {
	if len(ss) < 2 {
		return ss
	}
	seen := make(map[string]bool, len(ss))
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
