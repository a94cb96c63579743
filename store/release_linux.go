package store

import (
	"syscall"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

// dropPages drops the pages of the memory-mapped file from the process's
// resident set. bbolt reads through a shared read-only mapping, so every page
// a commit or a read touched stays counted in the importer's RSS, and the
// kernel maps up to 16 neighbouring cached pages with every page fault
// (fault-around; bbolt's MADV_RANDOM does not stop it): one lookup in a
// bucket keyed by content hash costs 64 kB of RSS. A long import touches the
// whole file, and RSS grew with the archive. The pages stay in the page
// cache; the next access maps them back without reading the disk. tx must be
// open, so that bbolt cannot remap the file meanwhile. Best effort: errors
// are ignored.
func dropPages(db *bolt.DB, tx *bolt.Tx) {
	info := db.Info()
	size := tx.Size()
	if info == nil || size <= 0 {
		return
	}
	// Info gives the mapping's address as a uintptr; read it as the
	// pointer it is (the mapping is not Go memory and does not move).
	base := *(*unsafe.Pointer)(unsafe.Pointer(&info.Data))
	syscall.Madvise(unsafe.Slice((*byte)(base), size), syscall.MADV_DONTNEED)
}
