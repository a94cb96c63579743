package indicator

// wordTable is a read-only map from folded words to V, built once: best
// and words look up every word of every phrase, and an open-addressing
// table on FNV-1a costs a fraction of a Go map's lookup for such short
// keys.
type wordTable[V any] struct {
	keys []string
	vals []V
	mask uint32
	// may has bit (last byte & 31) of may[len & 31][first byte & 31] set
	// for every key: most words of a phrase are no key, and this turns
	// them away without hashing them.
	may [32][32]uint32
}

func newWordTable[V any](m map[string]V) *wordTable[V] {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable[V]{keys: make([]string, size), vals: make([]V, size), mask: uint32(size - 1)}
	for k, v := range m {
		i := hashWord(k) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
		t.may[len(k)&31][k[0]&31] |= 1 << (k[len(k)-1] & 31)
	}
	return t
}

// get returns the value of w; the empty word is never a key.
func (t *wordTable[V]) get(w string) (V, bool) {
	var zero V
	if len(w) == 0 || t.may[len(w)&31][w[0]&31]&(1<<(w[len(w)-1]&31)) == 0 {
		return zero, false
	}
	for i := hashWord(w) & t.mask; t.keys[i] != ""; i = (i + 1) & t.mask {
		if t.keys[i] == w {
			return t.vals[i], true
		}
	}
	return zero, false
}

func hashWord(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
