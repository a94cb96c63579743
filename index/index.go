package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Errors returned by the index; test with errors.Is.
var (
	// ErrLocked means another process has the index open.
	ErrLocked = errors.New("index: index folder in use by another baocao process")
	// ErrStale means the index was built by a baocao that analysed text
	// differently; rebuild it (Reset, then add every document again).
	ErrStale = errors.New("index: built by another version of baocao; run baocao reindex")
	// ErrNoIndex means Open found no index in the folder.
	ErrNoIndex = errors.New("index: no index in folder")
	// ErrReadOnly means a write was attempted on an index opened with
	// OpenReadOnly (bleve itself would block forever).
	ErrReadOnly = errors.New("index: opened read-only")
)

// lockTimeout is how long Open and Create wait for another process to
// release the index before failing with ErrLocked.
const lockTimeout = time.Second

// versionKey is the internal (non-document) key holding analysisVersion.
var versionKey = []byte("baocao_analysis_version")

// Index is an open full-text index. Search, DocCount and Delete are safe for
// concurrent use; a Batch is not, and Reset must not run concurrently with
// anything else.
type Index struct {
	dir      string
	bi       bleve.Index
	readOnly bool
	text     TextSource // nil: texts are stored in the index
	results  cache      // recent searches, emptied by every write

	facetTables facetTableCache // facet values per document, for the last snapshot

	// ReleasePagesEvery's goroutine: closing releaser stops it, then
	// releaserDone is closed
	releaseEvery time.Duration
	releaser     chan struct{}
	releaserDone chan struct{}
}

// Create makes a new, empty index in dir, which must not hold one already.
func Create(dir string) (*Index, error) {
	if err := register(); err != nil {
		return nil, err
	}
	im, err := buildMapping()
	if err != nil {
		return nil, err
	}
	if exists(dir) {
		return nil, fmt.Errorf("index: create %s: folder holds an index already", dir)
	}
	// Built beside its place and renamed into it: a process killed while
	// bleve writes index_meta.json would otherwise leave a truncated file
	// that every later open fails on.
	tmp := dir + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return nil, fmt.Errorf("index: create %s: %w", dir, err)
	}
	bi, err := bleve.NewUsing(tmp, im, scorch.Name, scorch.Name, runtimeConfig())
	if err != nil {
		return nil, fmt.Errorf("index: create %s: %w", dir, lockErr(err))
	}
	err = bi.SetInternal(versionKey, []byte(analysisVersion))
	if cerr := bi.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.RemoveAll(dir) // an empty or half-made folder without index_meta.json
	}
	if err == nil {
		err = os.Rename(tmp, dir)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("index: create %s: %w", dir, err)
	}
	return open(dir, false)
}

// Open opens the index in dir. It fails with ErrNoIndex when there is none,
// ErrLocked when another process has it open, and ErrStale when it was built
// with different analysis (the caller should Reset and reindex).
func Open(dir string) (*Index, error) { return open(dir, false) }

// OpenReadOnly opens the index in dir for searching only, with a shared
// lock: several read-only openers (search, serve) may share it, but not with
// a writer. Batch commits and Delete fail on it.
func OpenReadOnly(dir string) (*Index, error) { return open(dir, true) }

func open(dir string, readOnly bool) (*Index, error) {
	if err := register(); err != nil {
		return nil, err
	}
	if !exists(dir) {
		return nil, fmt.Errorf("index: open %s: %w", dir, ErrNoIndex)
	}
	cfg := runtimeConfig()
	if readOnly {
		cfg["read_only"] = true
	}
	bi, err := bleve.OpenUsing(dir, cfg)
	if err != nil {
		return nil, fmt.Errorf("index: open %s: %w", dir, lockErr(err))
	}
	ix := &Index{dir: dir, bi: bi, readOnly: readOnly}
	v, err := bi.GetInternal(versionKey)
	if err != nil {
		ix.Close()
		return nil, fmt.Errorf("index: open %s: %w", dir, err)
	}
	if string(v) != analysisVersion {
		ix.Close()
		return nil, fmt.Errorf("index: open %s: analysis %q, want %q: %w", dir, v, analysisVersion, ErrStale)
	}
	return ix, nil
}

// OpenOrCreate opens the index in dir, creating it when the folder holds
// none.
func OpenOrCreate(dir string) (*Index, error) {
	if exists(dir) {
		return Open(dir)
	}
	return Create(dir)
}

// Remove deletes the index in dir, for a rebuild after ErrStale; it refuses
// (ErrNoIndex) a folder that holds no index. The index must not be open.
func Remove(dir string) error {
	if !exists(dir) {
		return fmt.Errorf("index: remove %s: %w", dir, ErrNoIndex)
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("index: remove: %w", err)
	}
	return nil
}

// exists reports whether dir holds a bleve index.
func exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "index_meta.json"))
	return err == nil
}

// runtimeConfig makes scorch give up on a locked root.bolt after
// lockTimeout instead of waiting forever.
func runtimeConfig() map[string]any {
	return map[string]any{"bolt_timeout": lockTimeout.String()}
}

// lockErr recognises bbolt's timeout, which bleve passes on as is, and
// turns it into ErrLocked. bbolt is the store package's dependency, so its
// error is matched by text rather than imported.
func lockErr(err error) error {
	if strings.Contains(err.Error(), "timeout") {
		return fmt.Errorf("%w (%v)", ErrLocked, err)
	}
	return err
}

// Dir returns the folder the index lives in.
func (ix *Index) Dir() string { return ix.dir }

// DocCount returns the number of indexed documents.
func (ix *Index) DocCount() (uint64, error) {
	n, err := ix.bi.DocCount()
	if err != nil {
		return 0, fmt.Errorf("index: count: %w", err)
	}
	return n, nil
}

// Delete removes document id from the index; a missing id is not an error.
func (ix *Index) Delete(id string) error {
	if ix.readOnly {
		return ErrReadOnly
	}
	defer ix.results.clear()
	if err := ix.bi.Delete(id); err != nil {
		return fmt.Errorf("index: delete %s: %w", id, err)
	}
	return nil
}

// Reset empties the index by deleting its folder and creating it anew, for a
// rebuild from the store. ix stays usable.
func (ix *Index) Reset() error {
	if ix.readOnly {
		return ErrReadOnly
	}
	every := ix.releaseEvery
	ix.stopReleaser()
	if err := ix.bi.Close(); err != nil {
		return fmt.Errorf("index: reset: %w", err)
	}
	ix.bi = nil
	if err := Remove(ix.dir); err != nil {
		return fmt.Errorf("index: reset: %w", err)
	}
	nu, err := Create(ix.dir)
	if err != nil {
		return fmt.Errorf("index: reset: %w", err)
	}
	ix.bi = nu.bi
	ix.results.clear()
	ix.ReleasePagesEvery(every)
	return nil
}

// Close flushes and closes the index.
func (ix *Index) Close() error {
	if ix.bi == nil {
		return nil
	}
	ix.stopReleaser()
	err := ix.bi.Close()
	ix.bi = nil
	if err != nil {
		return fmt.Errorf("index: close: %w", err)
	}
	return nil
}
