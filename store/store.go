package store

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Errors returned by the store; test with errors.Is. Lookups of something
// missing return errors wrapping baocao.ErrNotFound.
var (
	// ErrLocked means another process has the store open.
	ErrLocked = errors.New("store: data folder in use by another baocao process")
	// ErrSchema means the file was written by a newer baocao, or is not a
	// baocao store at all.
	ErrSchema = errors.New("store: unsupported schema")
	// ErrReadOnly means a write was attempted on a store opened read-only.
	ErrReadOnly = errors.New("store: opened read-only")
)

// DefaultTimeout is how long Open waits for another process to release the
// file before it gives up with ErrLocked.
const DefaultTimeout = time.Second

// Options tune Open. The zero value (or nil) opens read-write and waits
// DefaultTimeout for the lock.
type Options struct {
	// Timeout is how long to wait for the file lock; 0 means DefaultTimeout.
	Timeout time.Duration
	// ReadOnly opens the file with a shared lock: several readers may share
	// it, but not with a writer.
	ReadOnly bool
	// NoSync skips fsync after each commit. Faster, but a crash can lose or
	// corrupt the last commits; meant for tests and benchmarks.
	NoSync bool
}

// Store is an open record store. It is safe for concurrent use; writes are
// serialised by bbolt.
type Store struct {
	db       *bolt.DB
	path     string
	pidPath  string
	readOnly bool
	migrated bool         // init converted an existing file to SchemaVersion
	views    atomic.Int64 // read transactions run by view, for releaseEvery
}

// numBuckets is the number of top-level buckets, so Stats stays comparable.
const numBuckets = 9

// Bucket names; the layout is documented in doc.go.
var (
	bucketMeta     = []byte("meta")
	bucketDocs     = []byte("docs")
	bucketHashes   = []byte("hashes")
	bucketPaths    = []byte("paths")
	bucketTexts    = []byte("texts")
	bucketTextRefs = []byte("textrefs")
	bucketRecords  = []byte("records")
	bucketChecks   = []byte("checks")
	bucketLedger   = []byte("ledger")

	allBuckets = [numBuckets][]byte{bucketMeta, bucketDocs, bucketHashes, bucketPaths,
		bucketTexts, bucketTextRefs, bucketRecords, bucketChecks, bucketLedger}

	keySchema  = []byte("schema")
	keyCreated = []byte("created")
	keyIndexed = []byte("indexed")
)

// Open opens the store file at path, creating it (and its schema) when it
// does not exist. If another process holds the file, Open fails after
// opts.Timeout with an error wrapping ErrLocked. A file written by a newer
// schema fails with ErrSchema; an older one is migrated.
func Open(path string, opts *Options) (*Store, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	s := &Store{path: path, pidPath: path + ".pid", readOnly: o.ReadOnly}
	if o.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:  o.Timeout,
		ReadOnly: o.ReadOnly,
		NoSync:   o.NoSync,
		// The freelist is written with every commit: without it, opening
		// read-write reads every page of the file to rebuild it, and the
		// process's RSS took the whole file (a 145 MB store of 20.000
		// documents made a re-import of unchanged files peak at 211 MB).
		// A file written without one is rebuilt once.
		FreelistType: bolt.FreelistMapType,
	})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("store: open %s: %w%s", path, ErrLocked, s.holder())
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.AllocSize = allocSize
	s.db = db
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if s.migrated {
		// A migration rewrites most of the file and leaves the old pages
		// free (a schema 1 file of 90 MB kept 74 MB of them): give them back.
		db.Close()
		if err := compactFile(path); err != nil {
			return nil, err
		}
		return Open(path, opts)
	}
	// Opening a file written without a freelist reads every page to
	// rebuild it: let them go.
	s.releaseMemory()
	if !o.ReadOnly {
		// Best effort: the pid only improves the message another process
		// prints; the flock above is what keeps it out.
		_ = os.WriteFile(s.pidPath, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o600)
	}
	return s, nil
}

// holder describes the process named in the pid file, for the locked error.
func (s *Store) holder() string {
	b, err := os.ReadFile(s.pidPath)
	if err != nil {
		return ""
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return ""
	}
	return fmt.Sprintf(" (pid %d)", pid)
}

// init creates the buckets of a new file, or checks and migrates the schema
// of an existing one.
func (s *Store) init() error {
	var version int
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		version, err = schemaVersion(tx)
		return err
	})
	if err != nil {
		return err
	}
	switch {
	case version > SchemaVersion:
		return fmt.Errorf("%w: file has schema %d, this baocao reads up to %d", ErrSchema, version, SchemaVersion)
	case version == SchemaVersion, s.readOnly && version >= readableFrom:
		return nil
	case s.readOnly:
		return fmt.Errorf("%w: file has schema %d and needs migrating to %d; open it read-write once", ErrSchema, version, SchemaVersion)
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return migrate(tx, version) }); err != nil {
		return err
	}
	// only the steps from below readableFrom rewrite the file
	s.migrated = version > 0 && version < readableFrom
	return nil
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close releases the file and its lock.
func (s *Store) Close() error {
	if s.db == nil {
		return nil
	}
	if !s.readOnly {
		os.Remove(s.pidPath)
	}
	err := s.db.Close()
	s.db = nil
	if err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// allocSize is how far bbolt grows the file past its last page once it is
// over this size. bbolt's default, 16 MB, made a store of 17 MB of pages a
// 34 MB file; growing costs a truncate and an fsync, rare at 4 MB steps.
const allocSize = 4 << 20

// appendFill is how full bbolt packs the pages of the buckets whose keys
// mostly arrive in order (paths and ledger: the importer walks folders in
// name order), against bbolt's default of half, which leaves such pages half
// empty. Buckets keyed by content hash get keys in random order: packed full,
// every page written is split again by the next insert into it, leaving a
// trail of nearly empty pages (hashes went from 30% to 70% used space when
// packed), so they keep the default.
const appendFill = 0.95

// update runs fn in a write transaction.
func (s *Store) update(fn func(tx *bolt.Tx) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		// whatever this writes, the index has not seen it yet
		if err := tx.Bucket(bucketMeta).Delete(keyIndexed); err != nil {
			return err
		}
		// tx.Bucket returns the same *Bucket for the whole transaction
		for _, name := range [][]byte{bucketPaths, bucketLedger} {
			if b := tx.Bucket(name); b != nil {
				b.FillPercent = appendFill
			}
		}
		return fn(tx)
	})
}
