package store

import (
	"fmt"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout this code reads and writes (doc.go).
const SchemaVersion = 3

// readableFrom is the oldest schema this code reads as it is: a read-only
// Open accepts it, and a read-write Open upgrades it without rewriting
// values. Schema 3 added the S2 codec (snappy.go) and reads schema 2's
// deflated values as they are.
const readableFrom = 2

// migrations[v] upgrades a file from schema v to v+1 inside the write
// transaction that opens it. Version 0 is an empty, new file. Add an entry
// here (and bump SchemaVersion) whenever the layout in doc.go changes.
var migrations = map[int]func(tx *bolt.Tx) error{
	0: createSchema,
	1: itemsPerDocument,
	2: func(*bolt.Tx) error { return nil }, // only the version changes
}

// schemaVersion reads the version from the meta bucket: 0 for an empty file,
// ErrSchema for a bbolt file that is not a baocao store.
func schemaVersion(tx *bolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		foreign := false
		tx.ForEach(func([]byte, *bolt.Bucket) error { foreign = true; return nil })
		if foreign {
			return 0, fmt.Errorf("%w: not a baocao store (no meta bucket)", ErrSchema)
		}
		return 0, nil
	}
	v, err := strconv.Atoi(string(meta.Get(keySchema)))
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("%w: bad schema version %q", ErrSchema, meta.Get(keySchema))
	}
	return v, nil
}

// migrate brings a file at schema from up to SchemaVersion, one step at a
// time, and records the new version.
func migrate(tx *bolt.Tx, from int) error {
	for v := from; v < SchemaVersion; v++ {
		step, ok := migrations[v]
		if !ok {
			return fmt.Errorf("%w: no migration from schema %d", ErrSchema, v)
		}
		if err := step(tx); err != nil {
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
	}
	return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
}

// createSchema makes the buckets of a new file (at the newest layout: the
// later migrations find nothing to convert).
func createSchema(tx *bolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return tx.Bucket(bucketMeta).Put(keyCreated, []byte(time.Now().UTC().Format(time.RFC3339)))
}
