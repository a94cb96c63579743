package store

import (
	"bytes"
	"encoding/hex"
	"fmt"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

// Text codecs: the first byte of a value in the texts and docs buckets.
// Both are written with S2 (snappy.go); files written before it hold
// deflated texts (codec 1), which read as they are.
const (
	codecRaw    = 0
	codecFlate  = 1
	codecSnappy = 2
)

// encodeText returns the stored form of text: an S2 block when that saves
// at least an eighth, raw otherwise (short texts, or text already dense).
// Texts were deflated at level 5 until a profile of a 20,000-report import
// showed their compression as 2.36 s of its CPU; with S2 it is under 0.3 s.
// On those 56.5 MB of texts deflate kept 47.0% of the bytes at 44 MB/s, S2
// 62.3% at 123 MB/s (one run, same machine), and S2 decodes them 8x faster
// (search snippets, export). The store grows some 5%: texts are a seventh
// of it, records, checks and the ledger the rest.
func encodeText(text string) []byte {
	if out, ok := appendSnappy([]byte{codecSnappy}, []byte(text)); ok {
		return out
	}
	raw := make([]byte, 1+len(text))
	raw[0] = codecRaw
	copy(raw[1:], text)
	return raw
}

// decodeText turns a stored value back into the text. v may be memory of a
// bbolt transaction; the result never aliases it.
func decodeText(v []byte) (string, error) {
	var s string
	err := withPayload(v, func(b []byte) error {
		s = string(b)
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("text: %w", err)
	}
	return s, nil
}

// withPayload passes use the payload of a value stored with a codec byte
// (texts and docs buckets), decompressed into a pooled buffer that is only
// valid during use.
func withPayload(v []byte, use func([]byte) error) error {
	if len(v) == 0 {
		return fmt.Errorf("empty value: %w", baocao.ErrCorrupt)
	}
	switch v[0] {
	case codecRaw:
		return use(v[1:])
	case codecFlate:
		return inflate(v[1:], use)
	case codecSnappy:
		return unsnappy(v[1:], use)
	}
	return fmt.Errorf("unknown codec %d: %w", v[0], baocao.ErrCorrupt)
}

// putText stores the text of p under its content address, if not already
// there, and records that doc id uses it.
func putText(tx *bolt.Tx, id string, p *Prepared) error {
	key := p.textKey()
	texts := tx.Bucket(bucketTexts)
	if texts.Get(key) == nil {
		if err := texts.Put(key, p.textValue()); err != nil {
			return err
		}
	}
	ref := make([]byte, 0, len(key)+len(id))
	return tx.Bucket(bucketTextRefs).Put(append(append(ref, key...), id...), nil)
}

// unrefText drops doc id's use of the text with hex key hexKey, deleting the
// text once nobody uses it.
func unrefText(tx *bolt.Tx, id, hexKey string) error {
	if hexKey == "" {
		return nil
	}
	key, err := hex.DecodeString(hexKey)
	if err != nil {
		return fmt.Errorf("text key %q: %w", hexKey, baocao.ErrCorrupt)
	}
	refs := tx.Bucket(bucketTextRefs)
	if err := refs.Delete(append(key[:len(key):len(key)], id...)); err != nil {
		return err
	}
	if k, _ := refs.Cursor().Seek(key); k != nil && bytes.HasPrefix(k, key) {
		return nil
	}
	return tx.Bucket(bucketTexts).Delete(key)
}

// getText reads the text with hex key hexKey.
func getText(tx *bolt.Tx, hexKey string) (string, error) {
	if hexKey == "" {
		return "", nil
	}
	key, err := hex.DecodeString(hexKey)
	if err != nil {
		return "", fmt.Errorf("text key %q: %w", hexKey, baocao.ErrCorrupt)
	}
	return textByKey(tx, key)
}

// textByKey reads the text with raw key key.
func textByKey(tx *bolt.Tx, key []byte) (string, error) {
	v := tx.Bucket(bucketTexts).Get(key)
	if v == nil {
		return "", fmt.Errorf("text %x: %w", key, baocao.ErrNotFound)
	}
	return decodeText(v)
}
