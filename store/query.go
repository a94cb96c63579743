package store

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"baocao"
	"baocao/vntext"

	bolt "go.etcd.io/bbolt"
)

// Filter selects records or checks; zero fields match everything. Filters on
// a document's attributes (Province, Year) use the record's own value when it
// has one and the document's otherwise.
type Filter struct {
	Doc         string // document id: one prefix scan instead of a full scan
	Indicator   string // records whose indicator contains this, compared folded ("viec lam" matches "Giải quyết việc làm")
	IndicatorID string // records with exactly this indicator id
	Province    string // compared folded: "Lang Son" matches "Lạng Sơn"
	Year        int
	Status      string // checks with this status (baocao.StatusOK, ...)
	Kind        string // records or checks of this kind
	Limit       int    // stop after this many; 0 means no limit

	// Value and Percent bound a record's value and stated percent (records
	// without a percent fail a Percent bound); nil bounds are open.
	Value, Percent Range
}

// Range is an interval of numbers; a nil end is open. Both ends are
// included: {Max: 80} is "percent ≤ 80".
type Range struct{ Min, Max *float64 }

func (r Range) open() bool { return r.Min == nil && r.Max == nil }

// has reports whether v lies in r; a missing v (nil) lies only in an open r.
func (r Range) has(v *float64) bool {
	if r.open() {
		return true
	}
	return v != nil && (r.Min == nil || *v >= *r.Min) && (r.Max == nil || *v <= *r.Max)
}

// Records returns the records matching f, ordered by document id and then
// as the extractor produced them.
func (s *Store) Records(f Filter) ([]baocao.Record, error) {
	var out []baocao.Record
	err := s.EachRecord(f, func(r *baocao.Record) error {
		out = append(out, *r)
		return nil
	})
	return out, err
}

// EachRecord calls fn with every record matching f, in the order of Records,
// without holding them all in memory (for CSV or JSONL export). fn runs
// inside a read transaction: it must not write to the store, and an error
// from it stops the scan and is returned as is.
func (s *Store) EachRecord(f Filter, fn func(*baocao.Record) error) error {
	err := scan(s, bucketRecords, f, func(r *baocao.Record, m *matcher) bool {
		return (f.IndicatorID == "" || r.IndicatorID == f.IndicatorID) &&
			(f.Kind == "" || r.Kind == f.Kind) &&
			f.Value.has(&r.Value) && f.Percent.has(r.Percent) &&
			(m.indicator == "" || strings.Contains(m.fold(r.Indicator), m.indicator)) &&
			m.docMatches(r.Doc, r.Province, r.Year)
	}, fn)
	if err != nil && !errors.As(err, new(callbackError)) {
		return fmt.Errorf("store: records: %w", err)
	}
	return unwrapCallback(err)
}

// Checks returns the checks matching f (Doc, Province, Year, Status, Kind;
// the indicator fields do not apply), ordered by document id and then as the
// checker produced them.
func (s *Store) Checks(f Filter) ([]baocao.Check, error) {
	var out []baocao.Check
	err := s.EachCheck(f, func(c *baocao.Check) error {
		out = append(out, *c)
		return nil
	})
	return out, err
}

// EachCheck calls fn with every check matching f, in the order of Checks;
// fn follows the rules of EachRecord.
func (s *Store) EachCheck(f Filter, fn func(*baocao.Check) error) error {
	err := scan(s, bucketChecks, f, func(c *baocao.Check, m *matcher) bool {
		return (f.Status == "" || c.Status == f.Status) && (f.Kind == "" || c.Kind == f.Kind) &&
			m.docMatches(c.Doc, "", 0)
	}, fn)
	if err != nil && !errors.As(err, new(callbackError)) {
		return fmt.Errorf("store: checks: %w", err)
	}
	return unwrapCallback(err)
}

// callbackError marks an error that came from the caller's function, so it
// is returned unwrapped.
type callbackError struct{ err error }

func (e callbackError) Error() string { return e.err.Error() }

func unwrapCallback(err error) error {
	var cb callbackError
	if errors.As(err, &cb) {
		return cb.err
	}
	return err
}

// matcher holds what a scan needs beyond the item itself: the folded filter
// strings and the documents seen so far, for their province and year.
type matcher struct {
	f         Filter
	tx        *bolt.Tx
	indicator string
	province  string
	docs      map[string]*docRecord
	folded    map[string]string
}

// fold is vntext.Fold remembered for the scan: indicator names and provinces
// repeat across records, and folding was a quarter of a scan's time.
func (m *matcher) fold(s string) string {
	f, ok := m.folded[s]
	if !ok {
		f = vntext.Fold(s)
		if len(m.folded) < 1<<16 {
			m.folded[s] = f
		}
	}
	return f
}

// docMatches applies the Province and Year filters, falling back to the
// document's values when the item has none.
func (m *matcher) docMatches(id, province string, year int) bool {
	if m.province == "" && m.f.Year == 0 {
		return true
	}
	if province == "" || year == 0 {
		d, ok := m.docs[id]
		if !ok {
			var err error
			if d, err = getDoc(m.tx, id); err != nil {
				d = nil // an orphan matches no document filter
			}
			m.docs[id] = d
		}
		if d != nil {
			if province == "" {
				province = d.Province
			}
			if year == 0 {
				year = d.Year
			}
		}
	}
	return (m.province == "" || m.fold(province) == m.province) &&
		(m.f.Year == 0 || year == m.f.Year)
}

// scan decodes the items of bucket (all, or one document's) in document id
// order, each document's in the order they were stored, and hands those match
// accepts to fn; an error from fn stops the scan, marked as the caller's.
// Items stream from the stored value, so a document with many records is not
// decoded at once, and match sees them before their evidence is cut from the
// document's text, which is read only if an item of the document matches.
func scan[T any](s *Store, bucket []byte, f Filter, match func(*T, *matcher) bool, fn func(*T) error) error {
	return s.scanView(func(tx *bolt.Tx) error {
		m := &matcher{
			f:         f,
			tx:        tx,
			indicator: vntext.Fold(strings.TrimSpace(f.Indicator)),
			province:  vntext.Fold(strings.TrimSpace(f.Province)),
			docs:      map[string]*docRecord{},
			folded:    map[string]string{},
		}
		n := 0
		c := tx.Bucket(bucket).Cursor()
		k, v := c.First()
		if f.Doc != "" {
			k, v = c.Seek([]byte(f.Doc))
			if k != nil && string(k) != f.Doc {
				k = nil
			}
		}
		for ; k != nil; k, v = c.Next() {
			done, err := scanDoc(tx, m, bucket, string(k), v, match, fn, &n)
			if err != nil || done || f.Doc != "" {
				return err
			}
		}
		return nil
	})
}

// scanDoc hands the items of document id (stored value v) that match accepts to fn, and
// reports whether Limit was reached.
func scanDoc[T any](tx *bolt.Tx, m *matcher, bucket []byte, id string, v []byte, match func(*T, *matcher) bool, fn func(*T) error, n *int) (bool, error) {
	d, err := getDoc(tx, id)
	if err != nil {
		// items without their document: keep what is stored
		d = &docRecord{Document: baocao.Document{ID: id}}
	}
	clear(m.docs) // items come grouped by document: keep only this one
	m.docs[id] = d
	text := lazyText(tx, d)
	ir, err := newItemReader(v)
	if err != nil {
		return false, fmt.Errorf("%s %s: %w", bucket, id, err)
	}
	defer ir.close()
	for {
		item := new(T)
		flags, err := ir.next(item)
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("%s %s: %w", bucket, id, err)
		}
		fillKeys(item, d.ID, d.File)
		if !match(item, m) {
			continue
		}
		if err := fillText(item, flags, d.ID, text); err != nil {
			return false, fmt.Errorf("%s %s: %w", bucket, id, err)
		}
		if err := fn(item); err != nil {
			return false, callbackError{err}
		}
		*n++
		if m.f.Limit > 0 && *n >= m.f.Limit {
			return true, nil
		}
	}
}
