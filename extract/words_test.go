package extract

import "testing"

// TestWordIndexes checks that every index answers as its map for each
// key, and for words that are no key.
func TestWordIndexes(t *testing.T) {
	others := []string{"", "x", "người", "đạt ", "Đạt", "số lượng", "tháng", "khoảng cách", "tỷ lệ"}
	sets := []struct {
		name string
		m    map[string]bool
		idx  *wordIndex[bool]
	}{
		{"trailing", trailing, trailingIdx},
		{"docWords", docWords, docWordsIdx},
		{"lastOfDocPair", lastOfDocPair, lastOfDocPairIdx},
		{"lastOfPair", lastOfPair, lastOfPairIdx},
	}
	for _, s := range sets {
		for w := range s.m {
			if got := s.idx.has(w); got != s.m[w] {
				t.Errorf("%s index has(%q) = %v, want %v", s.name, w, got, s.m[w])
			}
		}
		for _, w := range others {
			if got := s.idx.has(w); got != s.m[w] {
				t.Errorf("%s index has(%q) = %v, want %v", s.name, w, got, s.m[w])
			}
		}
	}
	for _, w := range append(others, "khoảng", "xấp xỉ", "ít nhất", "dự kiến") {
		q, ok := qualWordsIdx.get(w)
		q2, ok2 := qualWords[w]
		if q != q2 || ok != ok2 {
			t.Errorf("qualWords index get(%q) = %q, %v, want %q, %v", w, q, ok, q2, ok2)
		}
	}
	for w, want := range qualWords {
		if q, ok := qualWordsIdx.get(w); q != want || !ok {
			t.Errorf("qualWords index get(%q) = %q, %v, want %q, true", w, q, ok, want)
		}
	}
}
