package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// compactTxSize bounds the bytes copied per transaction while compacting, so
// compacting a large store does not hold it all in memory.
const compactTxSize = 32 << 20

// Compact rewrites the store file at path without its free pages and with
// full pages, and returns its size before and after. bbolt never gives space
// back to the file system: pages freed by deletes, replaced documents or a
// migration are only reused by later writes. The store must not be open,
// here or in another process (ErrLocked after DefaultTimeout); a process
// that starts waiting for the file while it is compacted would see the old
// one.
func Compact(path string) (before, after int64, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, 0, fmt.Errorf("store: compact %s: %w", path, err)
	}
	before = fi.Size()
	// Open it as a store first: that checks the schema and migrates it.
	s, err := Open(path, nil)
	if err != nil {
		return before, 0, fmt.Errorf("store: compact: %w", err)
	}
	s.Close()
	if err := compactFile(path); err != nil {
		return before, 0, err
	}
	if fi, err := os.Stat(path); err == nil {
		after = fi.Size()
	}
	return before, after, nil
}

// compactFile is Compact on a file at the current schema.
func compactFile(path string) error {
	src, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: DefaultTimeout, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if errors.Is(err, berrors.ErrTimeout) {
		return fmt.Errorf("store: compact %s: %w", path, ErrLocked)
	}
	if err != nil {
		return fmt.Errorf("store: compact %s: %w", path, err)
	}
	defer src.Close()
	tmp := path + ".compact"
	os.Remove(tmp)
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{NoSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return fmt.Errorf("store: compact %s: %w", path, err)
	}
	err = bolt.Compact(dst, src, compactTxSize)
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// Replace while still holding the lock on the old file.
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: compact %s: %w", path, err)
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
