package store

import bolt "go.etcd.io/bbolt"

// releaseEvery is how many read transactions may run between two drops of
// the file's pages (see dropPages): the importer's workers look up a path in
// the ledger and a hash in the hashes bucket for every file, a few random
// pages each, 64 kB of RSS per page with fault-around. Dropping costs one
// madvise over the mapping, a few microseconds.
const releaseEvery = 16

// releaseMemory drops the file's pages from the resident set (dropPages).
func (s *Store) releaseMemory() {
	s.db.View(func(tx *bolt.Tx) error {
		dropPages(s.db, tx)
		return nil
	})
}

// view runs fn in a read transaction and drops the file's pages every
// releaseEvery calls, so that many small lookups do not accumulate pages.
func (s *Store) view(fn func(tx *bolt.Tx) error) error {
	err := s.db.View(fn)
	if s.views.Add(1)%releaseEvery == 0 {
		s.releaseMemory()
	}
	return err
}

// scanView is view for a transaction that reads much of a bucket: it drops
// the pages at once.
func (s *Store) scanView(fn func(tx *bolt.Tx) error) error {
	err := s.db.View(fn)
	s.releaseMemory()
	return err
}
