package store

import (
	"fmt"
	"os"
	"slices"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

// Document returns the metadata of document id, without its text (see Text).
// It returns an error wrapping baocao.ErrNotFound when there is none.
func (s *Store) Document(id string) (*baocao.Document, error) {
	var d *docRecord
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		d, err = getDoc(tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return &d.Document, nil
}

// DocumentByHash returns the document read from source bytes with sha256
// hash (hex, Document.Hash), or an error wrapping baocao.ErrNotFound.
func (s *Store) DocumentByHash(hash string) (*baocao.Document, error) {
	return s.docByIndex(bucketHashes, "hash", hash)
}

// DocByPath returns the document last imported from path (a File or one of
// its Paths), or an error wrapping baocao.ErrNotFound.
func (s *Store) DocByPath(path string) (*baocao.Document, error) {
	return s.docByIndex(bucketPaths, "path", path)
}

func (s *Store) docByIndex(bucket []byte, what, key string) (*baocao.Document, error) {
	var d *docRecord
	err := s.view(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucket).Get([]byte(key))
		if id == nil {
			return fmt.Errorf("%s %s: %w", what, key, baocao.ErrNotFound)
		}
		var err error
		d, err = getDoc(tx, string(id))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return &d.Document, nil
}

// Text returns the stored text of document id (UTF-8 NFC; "" if the document
// has none), or an error wrapping baocao.ErrNotFound.
func (s *Store) Text(id string) (string, error) {
	var text string
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketDocs).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("document %s: %w", id, baocao.ErrNotFound)
		}
		if key, ok := docTextKey(v); ok {
			var err error
			text, err = textByKey(tx, key[:])
			return err
		}
		d, err := decodeDoc(id, v)
		if err != nil {
			return err
		}
		text, err = getText(tx, d.TextKey)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("store: %w", err)
	}
	return text, nil
}

// Documents returns the metadata of every document, ordered by id.
func (s *Store) Documents() ([]baocao.Document, error) {
	var docs []baocao.Document
	err := s.scanView(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDocs).ForEach(func(k, v []byte) error {
			d, err := decodeDoc(string(k), v)
			if err != nil {
				return err
			}
			docs = append(docs, d.Document)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: documents: %w", err)
	}
	return docs, nil
}

// forEachChunk is how many documents ForEach reads per read transaction.
const forEachChunk = 64

// ForEach calls fn for every document, ordered by id, with Text filled in.
// fn runs outside any transaction, so it may write to the store (documents
// it adds after the current position are visited too) and may take its time
// (for reindexing). An error from fn stops the walk and is returned as is.
func (s *Store) ForEach(fn func(*baocao.Document) error) error {
	var after []byte
	for {
		var chunk []*baocao.Document
		err := s.scanView(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketDocs).Cursor()
			k, v := c.First()
			if after != nil {
				k, v = c.Seek(after)
				if k != nil && string(k) == string(after) {
					k, v = c.Next()
				}
			}
			for ; k != nil && len(chunk) < forEachChunk; k, v = c.Next() {
				d, err := decodeDoc(string(k), v)
				if err != nil {
					return err
				}
				if d.Text, err = getText(tx, d.TextKey); err != nil {
					return fmt.Errorf("document %s: %w", k, err)
				}
				chunk = append(chunk, &d.Document)
				after = slices.Clone(k)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("store: for each: %w", err)
		}
		if len(chunk) == 0 {
			return nil
		}
		for _, d := range chunk {
			if err := fn(d); err != nil {
				return err
			}
		}
	}
}

// Stats counts what the store holds.
type Stats struct {
	Documents  int
	Records    int
	Checks     int
	Paths      int
	Texts      int   // distinct texts
	TextBytes  int64 // their stored size (compressed or not)
	Ledger     int   // ledger entries
	FileBytes  int64 // size of the bbolt file
	Schema     int
	CreatedUTC string
	// Buckets says where the file's space goes, one entry per bucket in
	// layout order; FreeBytes is the rest of the file: free pages (freed by
	// deletes and replaced values, reused by later writes), the room bbolt
	// grows the file by ahead of need (up to 4 MB), and its own few pages.
	Buckets   [numBuckets]BucketStats
	FreeBytes int64
}

// BucketStats is the space one bucket takes in the file.
type BucketStats struct {
	Name string
	Keys int
	Used int64 // bytes of keys, values and page headers
	// Alloc is the bytes of the pages allocated to it (Used plus slack); 0
	// while the bucket is small enough to live inside its parent's page.
	Alloc int64
}

// Stats returns the counts of every bucket.
func (s *Store) Stats() (Stats, error) {
	var st Stats
	err := s.scanView(func(tx *bolt.Tx) error {
		st.Documents = tx.Bucket(bucketDocs).Stats().KeyN
		var err error
		if st.Records, err = countItems(tx, bucketRecords); err != nil {
			return err
		}
		if st.Checks, err = countItems(tx, bucketChecks); err != nil {
			return err
		}
		st.Paths = tx.Bucket(bucketPaths).Stats().KeyN
		st.Ledger = tx.Bucket(bucketLedger).Stats().KeyN
		texts := tx.Bucket(bucketTexts)
		st.Texts = texts.Stats().KeyN
		texts.ForEach(func(_, v []byte) error {
			st.TextBytes += int64(len(v))
			return nil
		})
		for i, name := range allBuckets {
			bs := tx.Bucket(name).Stats()
			st.Buckets[i] = BucketStats{
				Name:  string(name),
				Keys:  bs.KeyN,
				Used:  int64(bs.BranchInuse + bs.LeafInuse + bs.InlineBucketInuse),
				Alloc: int64(bs.BranchAlloc + bs.LeafAlloc),
			}
		}
		st.Schema, _ = schemaVersion(tx)
		st.CreatedUTC = string(tx.Bucket(bucketMeta).Get(keyCreated))
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	if fi, err := os.Stat(s.path); err == nil {
		st.FileBytes = fi.Size()
		st.FreeBytes = st.FileBytes
		for _, b := range st.Buckets {
			st.FreeBytes -= b.Alloc
		}
	}
	return st, nil
}

// countItems adds up the item counts of every document in bucket name.
func countItems(tx *bolt.Tx, name []byte) (int, error) {
	n := 0
	err := tx.Bucket(name).ForEach(func(k, v []byte) error {
		c, err := itemCount(v)
		if err != nil {
			return fmt.Errorf("%s %s: %w", name, k, err)
		}
		n += c
		return nil
	})
	return n, err
}
