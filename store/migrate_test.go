package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"baocao"

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
