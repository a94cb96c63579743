package indicator

import (
	"strings"
	"sync"
)

// memo remembers the results of a pure function of short strings across
// documents: reports state the same indicators with the same phrases and
// units again and again, and a map lookup costs a fraction of folding and
// matching a phrase anew. It is bounded, so a hostile text cannot grow it
// without end; once full it only answers what it holds.
type memo[K comparable, V any] struct {
	mu  sync.RWMutex
	m   map[K]V
	max int
}

func newMemo[K comparable, V any](max int) *memo[K, V] {
	return &memo[K, V]{m: make(map[K]V), max: max}
}

func (c *memo[K, V]) get(k K) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

// put stores v for k unless the memo is full; k must hold no string that
// keeps a larger text alive (see keep).
func (c *memo[K, V]) put(k K, v V) {
	c.mu.Lock()
	if len(c.m) < c.max {
		c.m[k] = v
	}
	c.mu.Unlock()
}

// maxKey bounds the strings a memo keeps: longer phrases are computed
// each time.
const maxKey = 160

// keep is s copied, so that a key taken from a document's text does not
// keep the whole text alive.
func keep(s string) string { return strings.Clone(s) }

// phraseInfo is what Assign needs to know of a phrase and unit: the id
// matchWords gives them, and whether the phrase only names an amount.
type phraseInfo struct {
	id      string
	generic bool
}

// phraseMemo maps a phrase and unit to their phraseInfo, keyed by
// phraseKey: one string hashes in one go, where a struct of two costs two
// hashes and a call to combine them.
var phraseMemo = struct {
	mu sync.RWMutex
	m  map[string]phraseInfo
}{m: make(map[string]phraseInfo)}

const maxPhraseMemo = 1 << 14

// phraseKey appends the key of phrase and unit to buf: unit's length, unit
// and phrase, so that a key reads one way only. Both are at most maxKey
// long.
func phraseKey(buf []byte, phrase, unit string) []byte {
	buf = append(buf, byte(len(unit)))
	buf = append(buf, unit...)
	return append(buf, phrase...)
}

// phraseOf is the phraseInfo of phrase and unit, memoised.
func phraseOf(phrase, unit string) phraseInfo {
	var kb [2*maxKey + 1]byte
	var k []byte
	if len(phrase) <= maxKey && len(unit) <= maxKey {
		// longer phrases are not kept: no need to look them up
		k = phraseKey(kb[:0], phrase, unit)
		phraseMemo.mu.RLock()
		p, ok := phraseMemo.m[string(k)]
		phraseMemo.mu.RUnlock()
		if ok {
			return p
		}
	}
	pw := getWords()
	*pw = appendWords((*pw)[:0], phrase)
	var p phraseInfo
	if ind, ok := matchWords(*pw, unit); ok {
		p.id = ind.ID
	}
	p.generic = onlyGeneric(*pw)
	putWords(pw)
	if k != nil {
		phraseMemo.mu.Lock()
		if len(phraseMemo.m) < maxPhraseMemo {
			phraseMemo.m[string(k)] = p
		}
		phraseMemo.mu.Unlock()
	}
	return p
}
