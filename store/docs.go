package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

// docRecord is the stored form of a document: its metadata and where its text
// lives (Document.Text is not serialised).
type docRecord struct {
	baocao.Document
	TextKey string `json:"text_sha256,omitempty"`
}

// allPaths lists every path the document was imported from, File first.
func (d *docRecord) allPaths() []string {
	return append([]string{d.File}, d.Paths...)
}

func getDoc(tx *bolt.Tx, id string) (*docRecord, error) {
	v := tx.Bucket(bucketDocs).Get([]byte(id))
	if v == nil {
		return nil, fmt.Errorf("document %s: %w", id, baocao.ErrNotFound)
	}
	return decodeDoc(id, v)
}

func decodeDoc(id string, v []byte) (*docRecord, error) {
	d := new(docRecord)
	if err := json.Unmarshal(v, d); err != nil {
		return nil, fmt.Errorf("document %s: %v: %w", id, err, baocao.ErrCorrupt)
	}
	return d, nil
}

func putDoc(tx *bolt.Tx, d *docRecord) error {
	v, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("document %s: %w", d.ID, err)
	}
	return tx.Bucket(bucketDocs).Put([]byte(d.ID), v)
}

// seqKey is the key of the seq-th record or check of document id.
func seqKey(id string, seq int) []byte {
	k := make([]byte, len(id)+1+4)
	copy(k, id)
	binary.BigEndian.PutUint32(k[len(id)+1:], uint32(seq))
	return k
}

// docPrefix is the key prefix of all records or checks of document id.
func docPrefix(id string) []byte { return append([]byte(id), 0) }

// putItems stores items (records or checks) of document id in bucket name,
// numbered in order.
func putItems[T any](tx *bolt.Tx, name []byte, id string, items []T) error {
	b := tx.Bucket(name)
	for i := range items {
		v, err := json.Marshal(&items[i])
		if err != nil {
			return fmt.Errorf("%s %s #%d: %w", name, id, i, err)
		}
		if err := b.Put(seqKey(id, i), v); err != nil {
			return err
		}
	}
	return nil
}

// deletePrefix deletes every key of bucket name starting with prefix. Keys
// are collected first: deleting under a moving cursor skips entries.
func deletePrefix(tx *bolt.Tx, name, prefix []byte) error {
	b := tx.Bucket(name)
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, slices.Clone(k))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func hasPrefix(k, prefix []byte) bool {
	return len(k) >= len(prefix) && string(k[:len(prefix)]) == string(prefix)
}

// deleteDoc removes a document and everything that belongs to it only.
func deleteDoc(tx *bolt.Tx, d *docRecord) error {
	paths := tx.Bucket(bucketPaths)
	for _, p := range d.allPaths() {
		if string(paths.Get([]byte(p))) == d.ID {
			if err := paths.Delete([]byte(p)); err != nil {
				return err
			}
		}
	}
	hashes := tx.Bucket(bucketHashes)
	if d.Hash != "" && string(hashes.Get([]byte(d.Hash))) == d.ID {
		if err := hashes.Delete([]byte(d.Hash)); err != nil {
			return err
		}
	}
	if err := deletePrefix(tx, bucketRecords, docPrefix(d.ID)); err != nil {
		return err
	}
	if err := deletePrefix(tx, bucketChecks, docPrefix(d.ID)); err != nil {
		return err
	}
	if err := unrefText(tx, d.ID, d.TextKey); err != nil {
		return err
	}
	return tx.Bucket(bucketDocs).Delete([]byte(d.ID))
}

// detachPath takes path away from document id because other content now
// lives there. A document left with no path is deleted (removed reports it);
// one whose File it was gets its next path as File (moved reports it).
func detachPath(tx *bolt.Tx, id, path string) (removed, moved bool, err error) {
	d, err := getDoc(tx, id)
	if err != nil {
		return false, false, err
	}
	if d.File != path {
		d.Paths = slices.DeleteFunc(d.Paths, func(p string) bool { return p == path })
		return false, false, putDoc(tx, d)
	}
	if len(d.Paths) == 0 {
		return true, false, deleteDoc(tx, d)
	}
	d.File, d.Paths = d.Paths[0], d.Paths[1:]
	if err := putDoc(tx, d); err != nil {
		return false, false, err
	}
	return false, true, refile(tx, d.ID, d.File)
}

// refile rewrites the File field of a document's records and checks after
// its File changed.
func refile(tx *bolt.Tx, id, file string) error {
	for _, name := range [][]byte{bucketRecords, bucketChecks} {
		b := tx.Bucket(name)
		prefix := docPrefix(id)
		type kv struct{ k, v []byte }
		var updated []kv
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
			var m map[string]json.RawMessage
			if err := json.Unmarshal(v, &m); err != nil {
				return fmt.Errorf("%s %s: %v: %w", name, id, err, baocao.ErrCorrupt)
			}
			m["file"], _ = json.Marshal(file)
			nv, err := json.Marshal(m)
			if err != nil {
				return err
			}
			updated = append(updated, kv{slices.Clone(k), nv})
		}
		for _, u := range updated {
			if err := b.Put(u.k, u.v); err != nil {
				return err
			}
		}
	}
	return nil
}

// validID rejects ids and paths that would break the key layout.
func validKey(what, s string) error {
	if s == "" {
		return fmt.Errorf("empty %s", what)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return fmt.Errorf("%s %q contains a NUL byte", what, s)
	}
	return nil
}
