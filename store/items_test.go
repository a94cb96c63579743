package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

const itemsText = "Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%. Tỷ lệ hộ nghèo giảm còn 3,2%."

// Offsets into itemsText on character boundaries.
var (
	clauseEnd = strings.Index(itemsText, " Tỷ")    // end of the first sentence
	ratioAt   = strings.Index(itemsText, "28.101") // start of the ratio
)

func pct(v float64) *float64 { return &v }

// itemRecords covers what encodeItems leaves out and what it must keep:
// evidence that is a slice of the text, evidence that is not, offsets past
// the text, a File or Doc of its own, and no evidence at all.
var itemRecords = []baocao.Record{
	{Doc: "d1", File: "a.txt", Indicator: "Giải quyết việc làm", Value: 28101, Target: pct(38000), Percent: pct(73.95),
		Text: itemsText[:clauseEnd], Start: 0, End: clauseEnd, ValueText: "28.101"},
	{Doc: "d1", File: "a.txt", Indicator: "Tỷ lệ hộ nghèo", Value: 3.2, Unit: "%",
		Text: "hộ nghèo giảm", Start: 0, End: 5}, // not the slice at its offsets
	{Doc: "d1", File: "a.txt", Indicator: "ngoài văn bản", Text: "xa", Start: 500, End: 502},
	{Doc: "d1", File: "other.txt", Indicator: "tệp khác", Text: itemsText[:5], Start: 0, End: 5},
	{Doc: "d9", File: "a.txt", Indicator: "tài liệu khác", Start: 3, End: 3},
	{Doc: "d1", File: "a.txt", Indicator: "không có bằng chứng"},
}

var itemChecks = []baocao.Check{
	{Doc: "d1", File: "a.txt", Kind: "percent", Status: baocao.StatusOK, Stated: 73.95, Computed: pct(73.95),
		Text: itemsText[ratioAt:clauseEnd], Start: ratioAt, End: clauseEnd, Reason: "28.101/38.000"},
	{Doc: "d1", File: "a.txt", Kind: "sum", Status: baocao.StatusMismatch, Text: "tổng", Start: 1, End: 2},
}

func TestItemsRoundTrip(t *testing.T) {
	for _, text := range []string{itemsText, ""} {
		v, err := encodeItems("d1", "a.txt", text, itemRecords)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := itemCount(v); n != len(itemRecords) || err != nil {
			t.Errorf("itemCount = %d, %v; want %d", n, err, len(itemRecords))
		}
		got, err := decodeItems[baocao.Record](v, "d1", "a.txt", func() (string, error) { return text, nil })
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, itemRecords) {
			t.Errorf("records round trip with text %q:\n got %+v\nwant %+v", text, got, itemRecords)
		}
		cv, err := encodeItems("d1", "a.txt", text, itemChecks)
		if err != nil {
			t.Fatal(err)
		}
		checks, err := decodeItems[baocao.Check](cv, "d1", "a.txt", func() (string, error) { return text, nil })
		if err != nil || !reflect.DeepEqual(checks, itemChecks) {
			t.Errorf("checks round trip = %+v, %v; want %+v", checks, err, itemChecks)
		}
	}
}

// TestItemsLeaveOut checks that evidence taken from the text is not stored
// twice: the value must be smaller than with the evidence kept.
func TestItemsLeaveOut(t *testing.T) {
	recs := make([]baocao.Record, 0, 64)
	for i := range 64 {
		recs = append(recs, baocao.Record{Doc: "d1", File: "a.txt", Indicator: "việc làm", Value: float64(i),
			Text: itemsText[:clauseEnd], Start: 0, End: clauseEnd})
	}
	with, _ := encodeItems("d1", "a.txt", "", recs)
	without, _ := encodeItems("d1", "a.txt", itemsText, recs)
	if len(without) >= len(with) {
		t.Errorf("evidence from the text: %d bytes, kept: %d bytes; want fewer", len(without), len(with))
	}
	var raw int
	for i := range recs {
		b, _ := json.Marshal(&recs[i])
		raw += len(b)
	}
	if len(without)*8 > raw {
		t.Errorf("64 similar records take %d bytes, JSON %d: want under an eighth", len(without), raw)
	}
}

// corruptItems are stored values that must fail with ErrCorrupt, not panic.
var corruptItems = [][]byte{
	{},
	{7, 1},
	{itemsRaw},
	{itemsRaw, 1},
	{itemsRaw, 1, 0, 200},
	{itemsRaw, 1, 0, 2, '{', '}', 9},
	{itemsRaw, 1, 0, 3, 'n', 'o', '!'},
	{itemsRaw, 1, flagTextSlice, 18, '{', '"', 's', 't', 'a', 'r', 't', '"', ':', '9', ',', '"', 'e', 'n', 'd', '"', ':', '9', '}'},
	{itemsFlate, 1, 0xff, 0xff},
	binary.AppendUvarint([]byte{itemsRaw}, 1<<40),
}

func TestItemsCorrupt(t *testing.T) {
	for _, v := range corruptItems {
		_, err := decodeItems[baocao.Record](v, "d", "f", func() (string, error) { return "abc", nil })
		if !errors.Is(err, baocao.ErrCorrupt) {
			t.Errorf("decodeItems(%q) = %v, want ErrCorrupt", v, err)
		}
	}
}

func FuzzItems(f *testing.F) {
	for _, v := range corruptItems {
		f.Add(v)
	}
	v, _ := encodeItems("d1", "a.txt", itemsText, itemRecords)
	f.Add(v)
	f.Fuzz(func(t *testing.T, v []byte) {
		recs, err := decodeItems[baocao.Record](v, "d1", "a.txt", func() (string, error) { return itemsText, nil })
		if err != nil {
			if !errors.Is(err, baocao.ErrCorrupt) {
				t.Fatalf("decodeItems error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		again, err := encodeItems("d1", "a.txt", itemsText, recs)
		if err != nil {
			t.Fatal(err)
		}
		back, err := decodeItems[baocao.Record](again, "d1", "a.txt", func() (string, error) { return itemsText, nil })
		if err != nil || !reflect.DeepEqual(back, recs) {
			t.Fatalf("re-encoded records differ: %+v, %v; want %+v", back, err, recs)
		}
	})
}

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

func TestCompact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baocao.db")
	s, err := Open(path, &Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	var b Batch
	var keep *baocao.Document
	for i := range 200 {
		d, recs, checks := fixture(fmt.Sprintf("f%03d.txt", i), fmt.Sprintf("%d %s", i, benchText(8000)), 20)
		b.Put(d, recs, checks)
		if i == 7 {
			keep = d
		}
	}
	mustCommit(t, s, &b)
	b.Reset()
	docs, _ := s.Documents()
	for _, d := range docs {
		if d.ID != keep.ID {
			b.Delete(d.ID)
		}
	}
	mustCommit(t, s, &b)
	wantRecs, _ := s.Records(Filter{})
	s.Close()

	before, after, err := Compact(path)
	if err != nil {
		t.Fatal(err)
	}
	if after*4 > before {
		t.Errorf("Compact: %d → %d bytes, want under a quarter after deleting 199 of 200 documents", before, after)
	}
	if _, err := os.Stat(path + ".compact"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("temporary file left behind: %v", err)
	}
	s, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.Records(Filter{}); err != nil || !reflect.DeepEqual(got, wantRecs) || len(got) != 20 {
		t.Errorf("Records after Compact = %d, %v; want the kept document's 20", len(got), err)
	}
	if txt, err := s.Text(keep.ID); err != nil || txt != keep.Text {
		t.Errorf("Text after Compact = %d bytes, %v; want %d", len(txt), err, len(keep.Text))
	}
	if _, _, err := Compact(path); !errors.Is(err, ErrLocked) {
		t.Errorf("Compact(open store) = %v, want ErrLocked", err)
	}
}
