package store

import bolt "go.etcd.io/bbolt"

// releaseEvery is how many read transactions may run between two drops of
// the file's pages (see dropPages): the importer's workers look up a path in
// the ledger and a hash in the hashes bucket for every file, a few random
// pages each, 64 kB of RSS per page with fault-around. A drop is one
// madvise over the mapping, but every lookup after it faults its pages in
// again: on 20.000 mixed reports, dropping every 16 lookups cost 0.44 s of
// CPU in the drops and 1.18 s in the lookups (DocumentByHash and
// LastAttempt, mostly page faults), every 128 lookups 0.06 s and 0.48 s,
// with the same peak RSS (the importer's store commits drop the
// pages every 64 documents anyway).
const releaseEvery = 128

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
