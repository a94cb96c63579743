package store

import (
	"bytes"
	"compress/flate"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"baocao"

	"github.com/klauspost/compress/s2"
	bolt "go.etcd.io/bbolt"
)

// BenchmarkText reads the texts of a search results page, 20 documents of
// about 20 kB, as Text does (new) and as it did before it read the text key
// straight from the record and pooled its flate readers (old). With
// BAOCAO_BENCH_DATA set to a data folder, the "real" runs read that store's
// first documents (read-only).
func BenchmarkText(b *testing.B) {
	s := MustOpen(b)
	var batch Batch
	var ids []string
	base := benchText(20000)
	for i := range 200 {
		d, recs, checks := fixture(fmt.Sprintf("f%d.txt", i), fmt.Sprintf("%d %s", i, base), 10)
		d.Cites = benchCites(12)
		batch.Put(d, recs, checks)
		ids = append(ids, d.ID)
	}
	if _, err := s.Commit(&batch); err != nil {
		b.Fatal(err)
	}
	benchTexts(b, "", s, ids[:20])
	if dir := os.Getenv("BAOCAO_BENCH_DATA"); dir != "" {
		rs, err := Open(filepath.Join(dir, "baocao.db"), &Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		defer rs.Close()
		docs, err := rs.Documents()
		if err != nil {
			b.Fatal(err)
		}
		ids = ids[:0]
		for i := 0; i < len(docs) && len(ids) < 20; i += max(1, len(docs)/20) {
			ids = append(ids, docs[i].ID)
		}
		benchTexts(b, "real/", rs, ids)
	}
}

func benchTexts(b *testing.B, prefix string, s *Store, ids []string) {
	for _, impl := range []struct {
		name string
		text func(string) (string, error)
	}{{"old", s.oldText}, {"new", s.Text}} {
		b.Run(prefix+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, id := range ids {
					if _, err := impl.text(id); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

func benchCites(n int) []baocao.Citation {
	var cs []baocao.Citation
	for i := range n {
		cs = append(cs, baocao.Citation{Type: "Nghị định", Number: fmt.Sprintf("%d/2020/NĐ-CP", 10+i),
			Issuer: "Chính phủ", Date: "2020-01-15", Key: fmt.Sprintf("nd-%d-2020", 10+i), Start: 100 * i, End: 100*i + 30})
	}
	return cs
}

// oldText is Text before it read the key from the end of the record and
// pooled its flate readers: the reference for BenchmarkText and
// TestTextMatchesOld.
func (s *Store) oldText(id string) (string, error) {
	var text string
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketDocs).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("document %s: %w", id, baocao.ErrNotFound)
		}
		if v[0] != '{' {
			j, err := oldDecodeText(v)
			if err != nil {
				return err
			}
			v = []byte(j)
		}
		d := new(docRecord)
		if err := json.Unmarshal(v, d); err != nil {
			return err
		}
		if d.TextKey == "" {
			return nil
		}
		key, err := hex.DecodeString(d.TextKey)
		if err != nil {
			return err
		}
		tv := tx.Bucket(bucketTexts).Get(key)
		if tv == nil {
			return fmt.Errorf("text %s: %w", d.TextKey, baocao.ErrNotFound)
		}
		text, err = oldDecodeText(tv)
		return err
	})
	return text, err
}

func oldDecodeText(v []byte) (string, error) {
	switch v[0] {
	case codecRaw:
		return string(v[1:]), nil
	case codecSnappy:
		b, err := s2.Decode(nil, v[1:])
		return string(b), err
	}
	r := flate.NewReader(bytes.NewReader(v[1:]))
	defer r.Close()
	b, err := io.ReadAll(r)
	return string(b), err
}
