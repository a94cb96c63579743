//go:build !linux

package store

import bolt "go.etcd.io/bbolt"

// dropPages is a no-op where madvise is not used (release_linux.go).
func dropPages(db *bolt.DB, tx *bolt.Tx) {}
