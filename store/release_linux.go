package store

import (
	"syscall"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

// releaseMemory drops the pages of the memory-mapped file from the process's
// resident set. bbolt reads through a shared read-only mapping, so every page
// a commit or a read touched stays counted in the importer's RSS: with keys
// that are content hashes, a long import touches the whole file, and RSS grew
// with the archive. The pages stay in the page cache; the next access faults
// them back in without reading the disk. Best effort: errors are ignored.
func (s *Store) releaseMemory() {
	// Inside a read transaction bbolt cannot remap the file under us.
	s.db.View(func(tx *bolt.Tx) error {
		info := s.db.Info()
		size := tx.Size()
		if info == nil || size <= 0 {
			return nil
		}
		// Info gives the mapping's address as a uintptr; read it as the
		// pointer it is (the mapping is not Go memory and does not move).
		base := *(*unsafe.Pointer)(unsafe.Pointer(&info.Data))
		syscall.Madvise(unsafe.Slice((*byte)(base), size), syscall.MADV_DONTNEED)
		return nil
	})
}
