package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"baocao"
)

// Prepared is a document with its records and checks encoded in their
// stored form ahead of the commit. Compressing the text and encoding the
// metadata, records and checks is most of what putting a document costs, and
// a commit runs on the import's single writer: Prepare lets the parallel
// workers do it instead (Batch.PutPrepared). What depends on the store's
// state (paths, duplicates, replaced documents) is still decided at commit.
type Prepared struct {
	doc     *baocao.Document
	records []baocao.Record
	checks  []baocao.Check

	keyed bool
	key   [sha256.Size]byte // sha256 of doc.Text, once keyed
	text  []byte            // stored text value; nil without text
	recs  []byte            // stored records value; nil without records
	chks  []byte            // stored checks value; nil without checks
	meta  []byte            // docs value, for a document not stored yet
}

// Prepare encodes doc (with its text), records and checks as Batch.Put
// would store them. It is pure: no transaction, safe to call from many
// goroutines. Like Put, it keeps doc, records and checks until the commit;
// do not change them.
func Prepare(doc *baocao.Document, records []baocao.Record, checks []baocao.Check) (*Prepared, error) {
	p := &Prepared{doc: doc, records: records, checks: checks}
	if err := p.encode(); err != nil {
		return nil, fmt.Errorf("store: prepare %s (%s): %w", doc.ID, doc.File, err)
	}
	return p, nil
}

// encode fills every stored value ahead of the commit.
func (p *Prepared) encode() error {
	if _, err := p.itemsValue(bucketRecords); err != nil {
		return err
	}
	if _, err := p.itemsValue(bucketChecks); err != nil {
		return err
	}
	if p.doc.Text != "" {
		p.textValue()
	}
	meta, err := encodeDoc(p.newRecord())
	if err != nil {
		return err
	}
	p.meta = meta
	return nil
}

// textKey returns the sha256 of the document's text.
func (p *Prepared) textKey() []byte {
	if !p.keyed {
		p.key = sha256.Sum256([]byte(p.doc.Text))
		p.keyed = true
	}
	return p.key[:]
}

// textValue returns the stored form of the document's text, encoding it
// if Prepare did not: a plain Put compresses only text the store lacks.
func (p *Prepared) textValue() []byte {
	if p.text == nil {
		p.text = encodeText(p.doc.Text)
	}
	return p.text
}

// itemsValue returns the stored value of the records or checks (bucket
// name), nil when there are none.
func (p *Prepared) itemsValue(name []byte) ([]byte, error) {
	checks := string(name) == string(bucketChecks)
	doc := p.doc
	var err error
	switch {
	case !checks && p.recs == nil && len(p.records) > 0:
		p.recs, err = encodeItems(doc.ID, doc.File, doc.Text, p.records)
	case checks && p.chks == nil && len(p.checks) > 0:
		p.chks, err = encodeItems(doc.ID, doc.File, doc.Text, p.checks)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", name, doc.ID, err)
	}
	if checks {
		return p.chks, nil
	}
	return p.recs, nil
}

// newRecord is the docs record of p's document when the store holds no
// document with its id: no text in it, File not repeated in Paths.
func (p *Prepared) newRecord() *docRecord {
	d := &docRecord{Document: *p.doc}
	d.Text = ""
	d.Paths = slices.DeleteFunc(slices.Clone(d.Paths), func(path string) bool { return path == d.File })
	if p.doc.Text != "" {
		d.TextKey = hex.EncodeToString(p.textKey())
	}
	return d
}

// encodeDoc returns the docs value of d.
func encodeDoc(d *docRecord) ([]byte, error) {
	v, err := json.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", d.ID, err)
	}
	// The legal citations make the metadata some 900 bytes on average, with
	// their field names repeated: S2 keeps 86% of it (snappy.go).
	if out, ok := appendSnappy([]byte{codecSnappy}, v); ok {
		return out, nil
	}
	return append([]byte{codecRaw}, v...), nil
}
