package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

var hexKey = strings.Repeat("0a", sha256.Size)

var textKeyTests = []struct {
	json string
	ok   bool
}{
	{`{"doc":"a","text_sha256":"` + hexKey + `"}`, true},
	{`{"doc":"a"}`, false},
	{`{"doc":"a","text_sha256":"` + hexKey[2:] + `"}`, false},
	{`{"doc":"a","text_sha256":"` + strings.Repeat("zz", sha256.Size) + `"}`, false},
	// a string that ends like the field is not the field
	{`{"doc":"a","title":"x\",\"text_sha256\":\"` + hexKey + `"}`, false},
	{`"text_sha256":"` + hexKey + `"}`, false},
	{``, false},
}

func TestTextKeyOf(t *testing.T) {
	for _, tt := range textKeyTests {
		key, ok := textKeyOf([]byte(tt.json))
		if ok != tt.ok || ok && hex.EncodeToString(key[:]) != hexKey {
			t.Errorf("textKeyOf(%q) = %x, %v, want ok %v", tt.json, key, ok, tt.ok)
		}
	}
}

// TestTextMatchesOld reads texts of every stored form (compressed, raw, none,
// metadata compressed with S2 or, as files before schema 3 have it, deflate,
// raw or bare JSON) through Text and the reference oldText.
func TestTextMatchesOld(t *testing.T) {
	s := MustOpen(t)
	var ids []string
	for i, text := range []string{"", "ngắn", strings.Repeat("Giải quyết việc làm cho 28.101 lao động. ", 50)} {
		d, _ := putOne(t, s, fmt.Sprintf("f%d.txt", i), text, 2)
		ids = append(ids, d.ID)
	}
	// metadata stored raw, as bare JSON and deflated, as older writers
	// left it
	err := s.update(func(tx *bolt.Tx) error {
		for i, id := range []string{ids[1], ids[2], ids[2]} {
			d, err := getDoc(tx, id)
			if err != nil {
				return err
			}
			d.ID = fmt.Sprintf("%s-%d", id, i)
			j, _ := json.Marshal(d)
			v := append([]byte{codecRaw}, j...)
			switch i {
			case 1:
				v = j
			case 2:
				v = deflateText(string(j))
			}
			if err := tx.Bucket(bucketDocs).Put([]byte(d.ID), v); err != nil {
				return err
			}
			ids = append(ids, d.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		got, err := s.Text(id)
		want, werr := s.oldText(id)
		if err != nil || werr != nil || got != want {
			t.Errorf("Text(%s) = %.20q, %v, want %.20q, %v", id, got, err, want, werr)
		}
	}
	if _, err := s.Text("nope"); !errors.Is(err, baocao.ErrNotFound) {
		t.Errorf("Text(nope) = %v, want ErrNotFound", err)
	}
}
