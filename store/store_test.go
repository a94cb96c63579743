package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

// MustOpen opens a fresh store in a temporary folder. Its cleanup checks the
// bbolt file's consistency before closing it.
func MustOpen(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "baocao.db"), &Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if s.db != nil {
			err := s.db.View(func(tx *bolt.Tx) error {
				for err := range tx.Check() {
					return err
				}
				return nil
			})
			if err != nil {
				tb.Errorf("bbolt consistency: %v", err)
			}
		}
		if err := s.Close(); err != nil {
			tb.Error(err)
		}
	})
	return s
}

// mustCommit commits b and fails the test on error.
func mustCommit(tb testing.TB, s *Store, b *Batch) []Result {
	tb.Helper()
	res, err := s.Commit(b)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baocao.db")
	s, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	start := time.Now()
	s2, err := Open(path, &Options{Timeout: 100 * time.Millisecond})
	if err == nil {
		s2.Close()
		t.Fatal("second Open succeeded, want ErrLocked")
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("second Open took %v, want about the 100ms timeout", d)
	}
	if want := "pid " + strconv.Itoa(os.Getpid()); !strings.Contains(err.Error(), want) {
		t.Errorf("locked error %q does not name %q", err, want)
	}

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s3, err := Open(path, &Options{Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("Open after Close = %v", err)
	}
	s3.Close()
	if _, err := os.Stat(path + ".pid"); !os.IsNotExist(err) {
		t.Errorf("pid file left after Close: %v", err)
	}
}

func TestOpenSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baocao.db")
	s, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats()
	if err != nil || st.Schema != SchemaVersion {
		t.Fatalf("Stats().Schema = %d, %v; want %d", st.Schema, err, SchemaVersion)
	}
	// Pretend a newer baocao wrote the file.
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion+1)))
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path, nil)
	if !errors.Is(err, ErrSchema) {
		t.Fatalf("Open(newer schema) = %v, want ErrSchema", err)
	}
	if want := fmt.Sprintf("schema %d", SchemaVersion+1); !strings.Contains(err.Error(), want) {
		t.Errorf("schema error %q does not mention %q", err, want)
	}
}

func TestOpenForeignFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err })
	db.Close()
	if _, err := Open(path, nil); !errors.Is(err, ErrSchema) {
		t.Fatalf("Open(foreign bbolt file) = %v, want ErrSchema", err)
	}
}

func TestReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baocao.db")
	if _, err := Open(path, &Options{ReadOnly: true}); err == nil {
		t.Fatal("Open(missing, ReadOnly) succeeded")
	}
	s, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	r1, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := Open(path, &Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("second read-only Open = %v, want shared access", err)
	}
	defer r2.Close()
	if err := r1.Delete("x"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Delete on read-only store = %v, want ErrReadOnly", err)
	}
	if _, err := r1.Document("x"); !errors.Is(err, baocao.ErrNotFound) {
		t.Errorf("Document(missing) = %v, want ErrNotFound", err)
	}
}

func TestStatsBuckets(t *testing.T) {
	s := MustOpen(t)
	putOne(t, s, "a.txt", itemsText, 5)
	st, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Records != 5 || st.Checks != 5 {
		t.Errorf("Stats = %d records, %d checks; want 5 and 5", st.Records, st.Checks)
	}
	sum := st.FreeBytes
	for i, b := range st.Buckets {
		if b.Name != string(allBuckets[i]) || b.Alloc > 0 && b.Used > b.Alloc {
			t.Errorf("Buckets[%d] = %+v, want bucket %s with Used <= Alloc", i, b, allBuckets[i])
		}
		if name := b.Name; (name == "records" || name == "checks" || name == "docs") && (b.Keys != 1 || b.Used == 0) {
			t.Errorf("bucket %s = %+v, want one key in use", name, b)
		}
		sum += b.Alloc
	}
	if sum != st.FileBytes || st.FreeBytes < 0 {
		t.Errorf("buckets and free space add up to %d bytes, file has %d (free %d)", sum, st.FileBytes, st.FreeBytes)
	}
}
