package store

import (
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// MarkIndexed records that the full-text index holds exactly the stored
// documents, n of them, as far as the caller knows (it committed to the index
// whatever it committed to the store). Every later write to the store drops
// the mark, so an import killed between its store and index commits leaves
// none, and the next import knows to compare the two (importer.Verify).
func (s *Store) MarkIndexed(n uint64) error {
	err := s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyIndexed, strconv.AppendUint(nil, n, 10))
	})
	if err != nil {
		return fmt.Errorf("store: mark indexed: %w", err)
	}
	return nil
}

// Indexed returns the count given to the last MarkIndexed, and false when
// the store was written since (or never marked).
func (s *Store) Indexed() (uint64, bool) {
	var (
		n  uint64
		ok bool
	)
	s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keyIndexed)
		if v == nil {
			return nil
		}
		var err error
		n, err = strconv.ParseUint(string(v), 10, 64)
		ok = err == nil
		return nil
	})
	return n, ok
}
