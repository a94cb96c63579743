//go:build !linux

package store

// releaseMemory is a no-op where madvise is not used (release_linux.go).
func (s *Store) releaseMemory() {}
