package meta

import (
	"strings"
	"sync/atomic"
)

// lineCache remembers, in each of its slots, the last value computed for a
// key hashed there (FNV-1a), shared by all goroutines without a lock. The
// reports of one province or one body write the same header lines, and
// reading those lines again costs more than the rest of the header.
type lineCache[T any] struct {
	slots []atomic.Pointer[cacheEntry[T]]
}

type cacheEntry[T any] struct {
	key string
	v   T
}

func newLineCache[T any](slots int) *lineCache[T] {
	return &lineCache[T]{slots: make([]atomic.Pointer[cacheEntry[T]], slots)}
}

// get returns compute(key), from the cache when the key's slot holds it.
// keep copies a computed value for the cache, so that it holds no piece of
// the caller's text; what get returns from the cache is shared, for
// reading only.
func (c *lineCache[T]) get(key string, compute func(string) T, keep func(T) T) T {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	slot := &c.slots[h%uint32(len(c.slots))]
	if e := slot.Load(); e != nil && e.key == key {
		return e.v
	}
	v := compute(key)
	slot.Store(&cacheEntry[T]{key: strings.Clone(key), v: keep(v)})
	return v
}
