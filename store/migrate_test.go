package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"baocao"

	"github.com/klauspost/compress/s2"
	bolt "go.etcd.io/bbolt"
)

// TestMigrateFromSchema1 writes a file in the schema 1 layout (one JSON value
// per record under doc id ‖ 0 ‖ u32) and checks that opening it converts the
// records and checks without changing what the readers return.
func TestMigrateFromSchema1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baocao.db")
	s, err := Open(path, &Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	var b Batch
	var wantRecs []baocao.Record
	var wantChecks []baocao.Check
	for _, file := range []string{"b.txt", "a.txt", "c.txt"} {
		d, recs, checks := fixture(file, "Báo cáo "+file+": "+itemsText, 3)
		b.Put(d, recs, checks)
	}
	mustCommit(t, s, &b)
	if wantRecs, err = s.Records(Filter{}); err != nil || len(wantRecs) != 9 {
		t.Fatalf("Records = %d, %v", len(wantRecs), err)
	}
	wantChecks, _ = s.Checks(Filter{})
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := schema1Items(tx, bucketRecords, wantRecs, func(r *baocao.Record) string { return r.Doc }); err != nil {
			return err
		}
		if err := schema1Items(tx, bucketChecks, wantChecks, func(c *baocao.Check) string { return c.Doc }); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("1"))
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, &Options{ReadOnly: true}); !errors.Is(err, ErrSchema) {
		t.Errorf("Open(schema 1, read-only) = %v, want ErrSchema", err)
	}
	s, err = Open(path, &Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats()
	if err != nil || st.Schema != SchemaVersion || st.Records != 9 || st.Checks != 9 {
		t.Fatalf("Stats after migration = %+v, %v", st, err)
	}
	if got, err := s.Records(Filter{}); err != nil || !reflect.DeepEqual(got, wantRecs) {
		t.Errorf("Records after migration = %+v, %v\nwant %+v", got, err, wantRecs)
	}
	if got, err := s.Checks(Filter{}); err != nil || !reflect.DeepEqual(got, wantChecks) {
		t.Errorf("Checks after migration = %+v, %v\nwant %+v", got, err, wantChecks)
	}
}

// schema1Items replaces bucket name with items in the schema 1 layout.
func schema1Items[T any](tx *bolt.Tx, name []byte, items []T, doc func(*T) string) error {
	if err := tx.DeleteBucket(name); err != nil {
		return err
	}
	b, err := tx.CreateBucket(name)
	if err != nil {
		return err
	}
	seq := map[string]uint32{}
	for i := range items {
		id := doc(&items[i])
		k := binary.BigEndian.AppendUint32(append([]byte(id), 0), seq[id])
		seq[id]++
		v, _ := json.Marshal(&items[i])
		if err := b.Put(k, v); err != nil {
			return err
		}
	}
	return nil
}

// TestSchema2Reads writes a file as schema 2 left it, with the metadata,
// records and checks deflated, and checks that it reads the same read-only
// (no migration needed) and after a read-write Open upgrades it to schema 3
// without a compaction, and that new writes beside the old values read back.
func TestSchema2Reads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baocao.db")
	s, err := Open(path, &Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	var b Batch
	for _, file := range []string{"b.txt", "a.txt"} {
		d, recs, checks := fixture(file, "Báo cáo "+file+": "+itemsText, 3)
		b.Put(d, recs, checks)
	}
	mustCommit(t, s, &b)
	wantDocs, _ := s.Documents()
	wantRecs, _ := s.Records(Filter{})
	wantChecks, _ := s.Checks(Filter{})
	err = s.db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketDocs, bucketRecords, bucketChecks} {
			if err := deflateValues(tx.Bucket(name), string(name) != string(bucketDocs)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("2"))
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	same := func(s *Store, when string) {
		t.Helper()
		docs, err := s.Documents()
		if err != nil || !reflect.DeepEqual(docs, wantDocs) {
			t.Errorf("Documents %s = %+v, %v\nwant %+v", when, docs, err, wantDocs)
		}
		if got, err := s.Records(Filter{}); err != nil || !reflect.DeepEqual(got, wantRecs) {
			t.Errorf("Records %s = %+v, %v\nwant %+v", when, got, err, wantRecs)
		}
		if got, err := s.Checks(Filter{}); err != nil || !reflect.DeepEqual(got, wantChecks) {
			t.Errorf("Checks %s = %+v, %v\nwant %+v", when, got, err, wantChecks)
		}
	}
	ro, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("Open(schema 2, read-only) = %v", err)
	}
	same(ro, "read-only")
	ro.Close()
	s, err = Open(path, &Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.migrated {
		t.Error("schema 2 to 3 compacted the file; it rewrites nothing")
	}
	if st, err := s.Stats(); err != nil || st.Schema != SchemaVersion {
		t.Errorf("Stats after upgrade = %+v, %v", st, err)
	}
	same(s, "after the upgrade")
	d, _ := putOne(t, s, "c.txt", "Báo cáo c.txt: "+itemsText, 2)
	if got, err := s.Records(Filter{Doc: d.ID}); err != nil || len(got) != 2 {
		t.Errorf("Records of a new document beside schema 2 values = %d, %v", len(got), err)
	}
}

// deflateValues rewrites the values of b in their schema 2 form: the S2
// payload deflated (items keep their count after the codec byte).
func deflateValues(b *bolt.Bucket, items bool) error {
	vals := map[string][]byte{}
	err := b.ForEach(func(k, v []byte) error {
		head := 1
		if items {
			_, n := binary.Uvarint(v[1:])
			head += n
		}
		if v[0] != codecSnappy {
			return fmt.Errorf("value %q has codec %d", k, v[0])
		}
		payload, err := s2.Decode(nil, v[head:])
		if err != nil {
			return err
		}
		var old bytes.Buffer
		old.WriteByte(codecFlate)
		old.Write(v[1:head])
		w, _ := flate.NewWriter(&old, flate.BestSpeed)
		w.Write(payload)
		w.Close()
		vals[string(k)] = old.Bytes()
		return nil
	})
	if err != nil {
		return err
	}
	for k, v := range vals {
		if err := b.Put([]byte(k), v); err != nil {
			return err
		}
	}
	return nil
}
