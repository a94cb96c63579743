package store

import (
	"encoding/json"
	"fmt"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

// itemsPerDocument migrates schema 1 to 2. Schema 1 kept one JSON value per
// record and check under doc id ‖ 0x00 ‖ u32 sequence, each repeating its
// document's id, file and evidence text: some 450 bytes a record in half-full
// pages. Schema 2 keeps one compressed value per document (items.go).
func itemsPerDocument(tx *bolt.Tx) error {
	if err := regroup[baocao.Record](tx, bucketRecords); err != nil {
		return err
	}
	return regroup[baocao.Check](tx, bucketChecks)
}

// regroup rewrites bucket name from one key per item to one per document.
// The old keys are all longer than the document id they start with, so the
// new values are written into a fresh bucket that then takes the name.
func regroup[T any](tx *bolt.Tx, name []byte) error {
	old := tx.Bucket(name)
	if old == nil {
		return fmt.Errorf("no bucket %s", name)
	}
	tmp := append([]byte(name), ".v2"...)
	nb, err := tx.CreateBucket(tmp)
	if err != nil {
		return fmt.Errorf("create %s: %w", tmp, err)
	}
	nb.FillPercent = 1 // written in key order
	var (
		id    string
		items []T
	)
	flush := func() error {
		if len(items) == 0 {
			return nil
		}
		d, err := getDoc(tx, id)
		if err != nil {
			d = &docRecord{Document: baocao.Document{ID: id}}
		}
		text, err := getText(tx, d.TextKey)
		if err != nil {
			return fmt.Errorf("%s %s: %w", name, id, err)
		}
		v, err := encodeItems(id, d.File, text, items)
		if err != nil {
			return fmt.Errorf("%s %s: %w", name, id, err)
		}
		items = items[:0]
		return nb.Put([]byte(id), v)
	}
	err = old.ForEach(func(k, v []byte) error {
		if len(k) < 6 || k[len(k)-5] != 0 {
			return fmt.Errorf("%s key %q: %w", name, k, baocao.ErrCorrupt)
		}
		if doc := string(k[:len(k)-5]); doc != id {
			if err := flush(); err != nil {
				return err
			}
			id = doc
		}
		var it T
		if err := json.Unmarshal(v, &it); err != nil {
			return fmt.Errorf("%s %q: %v: %w", name, k, err, baocao.ErrCorrupt)
		}
		items = append(items, it)
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	// bbolt moves buckets but does not rename them: copy the new values back.
	if err := tx.DeleteBucket(name); err != nil {
		return err
	}
	dst, err := tx.CreateBucket(name)
	if err != nil {
		return err
	}
	dst.FillPercent = 1
	if err := nb.ForEach(dst.Put); err != nil {
		return err
	}
	return tx.DeleteBucket(tmp)
}
