package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

// Ledger statuses (LedgerEntry.Status), the same words `baocao import
// --format jsonl` prints.
const (
	LedgerImported  = "imported"
	LedgerUnchanged = "unchanged"
	LedgerFailed    = "failed"
)

// ledgerKeep is how many attempts per path the ledger remembers.
const ledgerKeep = 8

// LedgerEntry is one attempt to import one file.
type LedgerEntry struct {
	Path     string        `json:"path"` // as given to import
	Size     int64         `json:"size"`
	ModTime  time.Time     `json:"mtime"`
	Hash     string        `json:"hash,omitempty"` // sha256 of the bytes read, hex
	Status   string        `json:"status"`         // LedgerImported, LedgerUnchanged, LedgerFailed
	Reason   string        `json:"reason,omitempty"`
	Reader   string        `json:"reader,omitempty"`
	Doc      string        `json:"doc,omitempty"`
	Duration time.Duration `json:"duration"`
	Time     time.Time     `json:"time"` // when the attempt finished
}

// Log appends one import attempt to the ledger in its own transaction; the
// import pipeline should use Batch.Log instead.
func (s *Store) Log(e LedgerEntry) error {
	err := s.update(func(tx *bolt.Tx) error { return putLedger(tx, e) })
	if err != nil {
		return fmt.Errorf("store: ledger %s: %w", e.Path, err)
	}
	return nil
}

func putLedger(tx *bolt.Tx, e LedgerEntry) error {
	if err := validKey("path", e.Path); err != nil {
		return err
	}
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	b := tx.Bucket(bucketLedger)
	prefix := append([]byte(e.Path), 0)
	path := e.Path
	e.Path = "" // it is in the key
	v, err := json.Marshal(&e)
	if err != nil {
		return err
	}
	// The same outcome as the newest entry (a re-run finding the file
	// unchanged, or failing the same way) only updates that entry's time:
	// re-running an import of a large archive must not grow the ledger.
	if k, lv := lastOf(b.Cursor(), path); k != nil {
		var last LedgerEntry
		if json.Unmarshal(lv, &last) == nil && sameOutcome(&last, &e) {
			return b.Put(slices.Clone(k), v)
		}
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	key := binary.BigEndian.AppendUint64(slices.Clone(prefix), seq)
	if err := b.Put(key, v); err != nil {
		return err
	}
	// Forget the oldest attempts beyond ledgerKeep: walk back from the new
	// key, which is the last of its path.
	var old [][]byte
	c := b.Cursor()
	n := 0
	for k, _ := c.Seek(key); k != nil && hasPrefix(k, prefix); k, _ = c.Prev() {
		if n++; n > ledgerKeep {
			old = append(old, slices.Clone(k))
		}
	}
	for _, k := range old {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// sameOutcome reports whether two attempts at one path saw the same file
// and ended the same way; only when and how long they took differ.
func sameOutcome(a, b *LedgerEntry) bool {
	return a.Size == b.Size && a.ModTime.Equal(b.ModTime) && a.Hash == b.Hash &&
		a.Status == b.Status && a.Reason == b.Reason && a.Reader == b.Reader && a.Doc == b.Doc
}

// lastOf positions c on the newest entry of path and returns it, or nil.
func lastOf(c *bolt.Cursor, path string) (k, v []byte) {
	// The entry after the path's last one: seek past the whole prefix.
	k, v = c.Seek(append([]byte(path), 1))
	if k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	if k == nil || !hasPrefix(k, append([]byte(path), 0)) {
		return nil, nil
	}
	return k, v
}

// decodeLedger decodes the entry stored under key k; the path is the key's
// (values written before it was left out carry it too).
func decodeLedger(k, v []byte) (LedgerEntry, error) {
	var e LedgerEntry
	if len(k) < 9 {
		return e, fmt.Errorf("ledger key %q: %w", k, baocao.ErrCorrupt)
	}
	if err := json.Unmarshal(v, &e); err != nil {
		return e, fmt.Errorf("ledger %q: %v: %w", k, err, baocao.ErrCorrupt)
	}
	e.Path = string(k[:len(k)-9])
	return e, nil
}

// LastAttempt returns the newest ledger entry for path, or an error wrapping
// baocao.ErrNotFound. Import compares its size, mtime and hash with the file
// to skip unchanged files without reading them.
func (s *Store) LastAttempt(path string) (LedgerEntry, error) {
	var e LedgerEntry
	err := s.view(func(tx *bolt.Tx) error {
		k, v := lastOf(tx.Bucket(bucketLedger).Cursor(), path)
		if k == nil {
			return fmt.Errorf("ledger %s: %w", path, baocao.ErrNotFound)
		}
		var err error
		e, err = decodeLedger(k, v)
		return err
	})
	if err != nil {
		return e, fmt.Errorf("store: %w", err)
	}
	return e, nil
}

// Ledger returns the remembered attempts for path, oldest first, or for every
// path (ordered by path) when path is "".
func (s *Store) Ledger(path string) ([]LedgerEntry, error) {
	var out []LedgerEntry
	err := s.view(func(tx *bolt.Tx) error {
		var prefix []byte
		if path != "" {
			prefix = append([]byte(path), 0)
		}
		c := tx.Bucket(bucketLedger).Cursor()
		for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
			e, err := decodeLedger(k, v)
			if err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: ledger: %w", err)
	}
	return out, nil
}

// LedgerCounts summarises the newest attempt of every path.
type LedgerCounts struct {
	Paths    int
	ByStatus map[string]int // LedgerImported, LedgerUnchanged, LedgerFailed → paths
	ByReason map[string]int // failure reason (baocao.Reason) → failed paths
}

// CountLedger counts the paths by the status and failure reason of their
// newest attempt.
func (s *Store) CountLedger() (LedgerCounts, error) {
	lc := LedgerCounts{ByStatus: map[string]int{}, ByReason: map[string]int{}}
	count := func(e *LedgerEntry) {
		lc.Paths++
		lc.ByStatus[e.Status]++
		if e.Status == LedgerFailed {
			lc.ByReason[e.Reason]++
		}
	}
	var last *LedgerEntry
	err := s.scanView(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketLedger).ForEach(func(k, v []byte) error {
			e, err := decodeLedger(k, v)
			if err != nil {
				return err
			}
			if last != nil && last.Path != e.Path {
				count(last)
			}
			last = &e
			return nil
		})
	})
	if err != nil {
		return lc, fmt.Errorf("store: count ledger: %w", err)
	}
	if last != nil {
		count(last)
	}
	return lc, nil
}
