package store

import (
	"fmt"
	"slices"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

// Outcomes of putting a document, in Result.Status.
const (
	// Imported: new content, stored with its text, records and checks.
	Imported = "imported"
	// Unchanged: this content was already stored from this path; nothing
	// was written.
	Unchanged = "unchanged"
	// Duplicate: this content was already stored from another path; only
	// the new path was recorded (in Document.Paths), the records were kept.
	Duplicate = "duplicate"
	// Deleted: the document was deleted (Batch.Delete).
	Deleted = "deleted"
)

// Result says what committing one Put, Replace or Delete of a Batch did, so
// the caller can update the full-text index the same way.
type Result struct {
	Doc    string
	Status string // Imported, Unchanged, Duplicate or Deleted
	// Removed lists documents deleted because their only path now holds
	// other content (a file changed in place): delete them from the index.
	Removed []string
	// Moved lists documents whose File changed because their first path
	// now holds other content: their index entry shows a stale file.
	Moved []string
}

// Batch collects writes to commit in one transaction. A Batch is not safe
// for concurrent use; the import pipeline keeps one on its sink goroutine.
type Batch struct {
	ops []op
}

type op struct {
	kind  int
	p     *Prepared // Put, Replace
	entry LedgerEntry
	id    string
}

const (
	opPut = iota
	opReplace
	opDelete
	opLog
)

// Put adds a document with its text, records and checks. The document is
// keyed by doc.ID and was read from doc.File. If doc.ID is already stored the
// records are not rewritten (Unchanged or Duplicate); if doc.File held other
// content, that content's document is replaced (see Result.Removed). The
// batch keeps doc, records and checks until Commit; do not change them.
func (b *Batch) Put(doc *baocao.Document, records []baocao.Record, checks []baocao.Check) {
	b.ops = append(b.ops, op{kind: opPut, p: &Prepared{doc: doc, records: records, checks: checks}})
}

// PutPrepared is Put of a document encoded by Prepare: the commit only
// writes what Prepare encoded.
func (b *Batch) PutPrepared(p *Prepared) {
	b.ops = append(b.ops, op{kind: opPut, p: p})
}

// Replace is Put that always rewrites the document's metadata, text, records
// and checks, for re-extraction of a document already stored.
func (b *Batch) Replace(doc *baocao.Document, records []baocao.Record, checks []baocao.Check) {
	b.ops = append(b.ops, op{kind: opReplace, p: &Prepared{doc: doc, records: records, checks: checks}})
}

// Delete removes document id with its records, checks, paths and (when no
// other document shares it) its text. A missing id is not an error here.
func (b *Batch) Delete(id string) {
	b.ops = append(b.ops, op{kind: opDelete, id: id})
}

// Log appends an import attempt to the ledger.
func (b *Batch) Log(e LedgerEntry) {
	b.ops = append(b.ops, op{kind: opLog, entry: e})
}

// Len returns the number of writes waiting in the batch.
func (b *Batch) Len() int { return len(b.ops) }

// Reset empties the batch for reuse.
func (b *Batch) Reset() {
	clear(b.ops)
	b.ops = b.ops[:0]
}

// Commit applies the batch in one transaction, in the order the writes were
// added, and returns one Result per Put, Replace and Delete (Log gives none).
// Either every write is applied or none is. The batch is left as it was; call
// Reset to reuse it.
func (s *Store) Commit(b *Batch) ([]Result, error) {
	var results []Result
	err := s.update(func(tx *bolt.Tx) error {
		results = results[:0]
		for _, o := range b.ops {
			switch o.kind {
			case opPut, opReplace:
				r, err := put(tx, o.p, o.kind == opReplace)
				if err != nil {
					return fmt.Errorf("put %s (%s): %w", o.p.doc.ID, o.p.doc.File, err)
				}
				results = append(results, r)
			case opDelete:
				d, err := getDoc(tx, o.id)
				if err != nil {
					results = append(results, Result{Doc: o.id, Status: Unchanged})
					continue
				}
				if err := deleteDoc(tx, d); err != nil {
					return fmt.Errorf("delete %s: %w", o.id, err)
				}
				results = append(results, Result{Doc: o.id, Status: Deleted})
			case opLog:
				if err := putLedger(tx, o.entry); err != nil {
					return fmt.Errorf("ledger %s: %w", o.entry.Path, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: commit: %w", err)
	}
	// A commit maps every leaf it changes twice, when it finds the key
	// and when it writes the node out (bbolt copies the node's other keys
	// and values from the mapping), 64 kB each with fault-around: some
	// 7 leaves per document, 450 kB. Dropping pages in the middle of the
	// transaction is no use, as the write maps them again; the number of
	// documents per commit is what bounds it (importer.Options.BatchDocs).
	s.releaseMemory()
	return results, nil
}

// Delete removes document id at once; it returns an error wrapping
// baocao.ErrNotFound when there is no such document.
func (s *Store) Delete(id string) error {
	err := s.update(func(tx *bolt.Tx) error {
		d, err := getDoc(tx, id)
		if err != nil {
			return err
		}
		return deleteDoc(tx, d)
	})
	if err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	return nil
}

// put stores one document inside tx; see Batch.Put.
func put(tx *bolt.Tx, p *Prepared, force bool) (Result, error) {
	doc := p.doc
	if err := validKey("document id", doc.ID); err != nil {
		return Result{}, err
	}
	if err := validKey("file", doc.File); err != nil {
		return Result{}, err
	}
	r := Result{Doc: doc.ID, Status: Imported}
	paths := tx.Bucket(bucketPaths)
	prev := string(paths.Get([]byte(doc.File)))

	d := p.newRecord()
	fresh := true // d is what Prepare encoded
	if old, err := getDoc(tx, doc.ID); err == nil {
		fresh = false
		if !force {
			if prev == doc.ID {
				r.Status = Unchanged
				return r, nil
			}
			r.Status = Duplicate
			if old.File != doc.File && !slices.Contains(old.Paths, doc.File) {
				old.Paths = append(old.Paths, doc.File)
			}
			d = old
		} else {
			// Keep the paths the stored document already had.
			for _, p := range old.allPaths() {
				if p != d.File && !slices.Contains(d.Paths, p) {
					d.Paths = append(d.Paths, p)
				}
			}
			if err := deleteItems(tx, d.ID); err != nil {
				return r, err
			}
			if err := unrefText(tx, old.ID, old.TextKey); err != nil {
				return r, err
			}
		}
	}
	if r.Status == Imported {
		if doc.Text != "" {
			if err := putText(tx, d.ID, p); err != nil {
				return r, err
			}
		}
		for _, name := range [][]byte{bucketRecords, bucketChecks} {
			v, err := p.itemsValue(name)
			if err != nil {
				return r, err
			}
			if err := putItemsValue(tx, name, d.ID, v); err != nil {
				return r, err
			}
		}
		if d.Hash != "" {
			if err := tx.Bucket(bucketHashes).Put([]byte(d.Hash), []byte(d.ID)); err != nil {
				return r, err
			}
		}
	}
	var err error
	if fresh && p.meta != nil {
		err = tx.Bucket(bucketDocs).Put([]byte(d.ID), p.meta)
	} else {
		err = putDoc(tx, d)
	}
	if err != nil {
		return r, err
	}
	for _, p := range d.allPaths() {
		if err := validKey("path", p); err != nil {
			return r, err
		}
		was := string(paths.Get([]byte(p)))
		if was == d.ID {
			continue
		}
		if err := paths.Put([]byte(p), []byte(d.ID)); err != nil {
			return r, err
		}
		if was == "" {
			continue
		}
		removed, moved, err := detachPath(tx, was, p)
		if err != nil {
			return r, fmt.Errorf("detach %s from %s: %w", p, was, err)
		}
		if removed {
			r.Removed = append(r.Removed, was)
		}
		if moved {
			r.Moved = append(r.Moved, was)
		}
	}
	return r, nil
}
