package store

import (
	"crypto/sha256"
	"encoding/hex"
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

// decodeDoc decodes a value of the docs bucket: the JSON of a docRecord, as
// a text codec byte ‖ payload (text.go), or bare (the first schema 2 files).
func decodeDoc(id string, v []byte) (*docRecord, error) {
	if len(v) > 0 && v[0] != '{' {
		j, err := decodeText(v)
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		v = []byte(j)
	}
	d := new(docRecord)
	if err := json.Unmarshal(v, d); err != nil {
		return nil, fmt.Errorf("document %s: %v: %w", id, err, baocao.ErrCorrupt)
	}
	return d, nil
}

// textKeyField is how the JSON of a docRecord ends when it has a text:
// json.Marshal writes the embedded Document's fields first and TextKey last,
// as `,"text_sha256":"<64 hex digits>"}`.
const textKeyField = `,"text_sha256":"`

// docTextKey reads the raw text key of the document stored as v without
// unmarshalling the rest of it (Text is called for every hit of a search
// page). ok is false when v does not end the usual way: no text, a corrupt
// or unknown value; decodeDoc then says which.
func docTextKey(v []byte) (key [sha256.Size]byte, ok bool) {
	if len(v) == 0 {
		return key, false
	}
	if v[0] == '{' {
		return textKeyOf(v)
	}
	withPayload(v, func(j []byte) error {
		key, ok = textKeyOf(j)
		return nil
	})
	return key, ok
}

// textKeyOf finds the text key at the end of the JSON j of a docRecord. The
// quote after the comma cannot be inside a string (there it would be
// escaped), so the match is the top-level TextKey.
func textKeyOf(j []byte) (key [sha256.Size]byte, ok bool) {
	n := len(textKeyField) + 2*sha256.Size + len(`"}`)
	if len(j) < n {
		return key, false
	}
	tail := j[len(j)-n:]
	if string(tail[:len(textKeyField)]) != textKeyField || string(tail[n-2:]) != `"}` {
		return key, false
	}
	if _, err := hex.Decode(key[:], tail[len(textKeyField):n-2]); err != nil {
		return key, false
	}
	return key, true
}

func putDoc(tx *bolt.Tx, d *docRecord) error {
	v, err := encodeDoc(d)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketDocs).Put([]byte(d.ID), v)
}

// putItems stores the items (records or checks) of document id, read from
// file with text, as one value of bucket name; no items, no value.
func putItems[T any](tx *bolt.Tx, name []byte, id, file, text string, items []T) error {
	if len(items) == 0 {
		return putItemsValue(tx, name, id, nil)
	}
	v, err := encodeItems(id, file, text, items)
	if err != nil {
		return fmt.Errorf("%s %s: %w", name, id, err)
	}
	return putItemsValue(tx, name, id, v)
}

// putItemsValue stores the encoded items v of document id in bucket name,
// or deletes its value when v is nil.
func putItemsValue(tx *bolt.Tx, name []byte, id string, v []byte) error {
	b := tx.Bucket(name)
	if v == nil {
		return b.Delete([]byte(id))
	}
	return b.Put([]byte(id), v)
}

// deleteItems removes the records and checks of document id.
func deleteItems(tx *bolt.Tx, id string) error {
	for _, name := range [][]byte{bucketRecords, bucketChecks} {
		if err := tx.Bucket(name).Delete([]byte(id)); err != nil {
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
	if err := deleteItems(tx, d.ID); err != nil {
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
	return false, true, refile(tx, d)
}

// refile rewrites the records and checks of d after its File changed: items
// whose File was the old one store none and read d.File, but one may have
// been stored with a File of its own.
func refile(tx *bolt.Tx, d *docRecord) error {
	if err := refileItems[baocao.Record](tx, bucketRecords, d); err != nil {
		return err
	}
	return refileItems[baocao.Check](tx, bucketChecks, d)
}

func refileItems[T any](tx *bolt.Tx, name []byte, d *docRecord) error {
	b := tx.Bucket(name)
	v := b.Get([]byte(d.ID))
	if v == nil {
		return nil
	}
	text := lazyText(tx, d)
	items, err := decodeItems[T](v, d.ID, d.File, text)
	if err != nil {
		return fmt.Errorf("%s %s: %w", name, d.ID, err)
	}
	for i := range items {
		*fieldsOf(&items[i]).file = d.File
	}
	t, err := text()
	if err != nil {
		return err
	}
	return putItems(tx, name, d.ID, d.File, t, items)
}

// lazyText returns a function reading d's text once, when first asked.
func lazyText(tx *bolt.Tx, d *docRecord) func() (string, error) {
	var (
		text string
		err  error
		done bool
	)
	return func() (string, error) {
		if !done {
			text, err = getText(tx, d.TextKey)
			done = true
		}
		return text, err
	}
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
