package index

import (
	"fmt"
	"sync"
	"time"
)

// cache keeps the results of recent searches. The web UI asks the same
// query again for every page, facet click and reload, and a query whose
// words are in most documents costs tens of milliseconds of scoring and
// facet counting at 20,000 reports (bleve visits every hit). Every write
// through the Index (Commit, Delete, Reset) empties it; an index opened
// read-only cannot change underneath, since writers need its lock.
type cache struct {
	mu      sync.Mutex
	entries map[string]Result
	gen     uint64 // writes so far: a search that overlapped one is not kept
}

// cacheSize bounds the cached results; when full, the cache starts over,
// which is simpler than LRU and as good for a handful of users.
const cacheSize = 512

func cacheKey(q Query) string { return fmt.Sprintf("%#v", q) }

// get returns the cached result of q, and the generation to put a fresh
// one with.
func (c *cache) get(q Query) (Result, uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.entries[cacheKey(q)]
	return r, c.gen, ok
}

// put keeps r for q, unless the index was written since generation gen.
func (c *cache) put(q Query, r Result, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if c.entries == nil || len(c.entries) >= cacheSize {
		c.entries = map[string]Result{}
	}
	r.Hits = append([]Hit(nil), r.Hits...) // the caller may change its copy
	c.entries[cacheKey(q)] = r
}

// clear forgets every result, after a write.
func (c *cache) clear() {
	c.mu.Lock()
	c.entries = nil
	c.gen++
	c.mu.Unlock()
}

// cached returns a copy of the cached result of q, its Took the time of
// the lookup; on a miss, the generation to cache the result with.
func (ix *Index) cached(q Query, start time.Time) (Result, uint64, bool) {
	r, gen, ok := ix.results.get(q)
	if !ok {
		return Result{}, gen, false
	}
	r.Hits = append([]Hit(nil), r.Hits...)
	r.Took = time.Since(start)
	return r, gen, true
}
