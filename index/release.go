package index

import (
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// ReleasePagesEvery drops the index's mapped segment pages from the
// process's resident set every d (releaseMemory) until Close, for a long
// import: bleve merges segments in the background, between commits and
// after the last one, and a merge reads every page of what it merges. A
// server should not call it: its searches would map the pages again.
func (ix *Index) ReleasePagesEvery(d time.Duration) {
	ix.stopReleaser()
	if d <= 0 || ix.readOnly {
		return
	}
	ix.releaseEvery = d
	stop, done := make(chan struct{}), make(chan struct{})
	ix.releaser = stop
	ix.releaserDone = done
	go func(bi bleve.Index) {
		defer close(done)
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				releaseMemory(bi)
			}
		}
	}(ix.bi)
}

// stopReleaser stops ReleasePagesEvery's goroutine, before bleve's index
// is closed or replaced.
func (ix *Index) stopReleaser() {
	if ix.releaser != nil {
		close(ix.releaser)
		<-ix.releaserDone
		ix.releaser, ix.releaserDone = nil, nil
	}
}

// releaseMemory drops the pages of the index's segment files from the
// process's resident set (dropSegmentPages). scorch reads its segments
// through read-only mappings of their files, and a merge reads every segment
// it merges: each page it touched stayed counted in the importer's RSS, which
// grew with the index (on 20,000 reports, 46 MB of mapped segment pages at the
// peak). The pages stay in the page cache; the next read maps them back
// without reading the disk.
//
// It holds a snapshot meanwhile, so that no segment it names can be closed
// and unmapped, and its address range given to another mapping, while its
// pages are dropped. Best effort: errors are ignored.
func releaseMemory(bi bleve.Index) {
	adv, err := bi.Advanced()
	if err != nil {
		return
	}
	r, err := adv.Reader()
	if err != nil {
		return
	}
	// a closing scorch index has no snapshot: Reader gives a nil one
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok || snap == nil {
		return
	}
	defer snap.Close()
	paths := make(map[string]bool, len(snap.Segments()))
	for _, ss := range snap.Segments() {
		if p, ok := ss.Segment().(interface{ Path() string }); ok && p.Path() != "" {
			paths[p.Path()] = true
		}
	}
	if len(paths) > 0 {
		dropSegmentPages(paths)
	}
}
