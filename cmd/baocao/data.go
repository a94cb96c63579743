package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"baocao/importer"
	"baocao/index"
	"baocao/store"
)

// The data folder holds the store file and, beside it, the index folder.
const (
	storeFile = "baocao.db"
	indexDir  = "index"
)

// data is an open data folder.
type data struct {
	st *store.Store
	ix *index.Index
}

// openMode says what a command needs of the data folder.
type openMode int

const (
	readStore  openMode = 1 << iota // read the store
	writeStore                      // write the store (and so the index)
	useIndex                        // open the index
)

// openData opens the data folder dir. A folder that does not exist yet is
// created only for writing; reading commands report that nothing has been
// imported.
func openData(dir string, mode openMode) (*data, error) {
	if _, err := os.Stat(filepath.Join(dir, storeFile)); err != nil {
		if mode&writeStore == 0 {
			return nil, fmt.Errorf("no data in %s (import something first, or give --data)", dir)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	d := &data{}
	var err error
	if mode&(readStore|writeStore) != 0 {
		d.st, err = store.Open(filepath.Join(dir, storeFile), &store.Options{ReadOnly: mode&writeStore == 0})
		if err != nil {
			return nil, err
		}
	}
	if mode&(useIndex|writeStore) != 0 {
		if mode&writeStore != 0 {
			d.ix, err = index.OpenOrCreate(filepath.Join(dir, indexDir))
		} else {
			// searchers share the index: several may run at once
			d.ix, err = index.OpenReadOnly(filepath.Join(dir, indexDir))
		}
		// the store is the truth: a writer rebuilds an index built by
		// another version, or one a crash left unreadable, from it
		if err != nil && mode&writeStore != 0 && !errors.Is(err, index.ErrLocked) {
			err = d.rebuildStale(filepath.Join(dir, indexDir))
		}
		if err != nil {
			d.close()
			return nil, err
		}
		if d.st != nil {
			// the store keeps the texts: the index reads fragments from it
			d.ix.SetTextSource(d.st.Text)
		}
	}
	return d, nil
}

// rebuildStale recreates an index built with other analysis settings and
// fills it from the store.
func (d *data) rebuildStale(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	var err error
	if d.ix, err = index.Create(dir); err != nil {
		return err
	}
	d.ix.SetTextSource(d.st.Text)
	_, err = importer.Reindex(context.Background(), d.st, d.ix)
	return err
}

func (d *data) close() error {
	var errs []error
	if d.ix != nil {
		errs = append(errs, d.ix.Close())
	}
	if d.st != nil {
		errs = append(errs, d.st.Close())
	}
	return errors.Join(errs...)
}
