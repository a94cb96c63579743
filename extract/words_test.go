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

// phraseTexts hold the phrases at the start, the end, inside words, cut
// short, and not at all.
var phraseTexts = []string{
	"", "chỉ tiêu", "ii. nhiệm vụ năm 2021", "kết quả thực hiện", "phương hướng, giải pháp", "đạt", "đạ",
	"xmục tiêuy", "chỉ tiê", "được giao các chỉ tiêu cơ bản như sau:", "đánh giá năm 2021, đề xuất năm 2022:",
	"i. những kết quả nổi bật năm 2020", "tiến độ", "\xc4\x91", "kế hoạch nă",
}

func TestPhraseSets(t *testing.T) {
	sets := []struct {
		name string
		set  *phraseSet
		list []string
	}{
		{"planHeads", planHeadSet, planHeads}, {"results", resultSet, results}, {"openers", openerSet, openers},
	}
	for _, s := range sets {
		for _, text := range append(phraseTexts, s.list...) {
			if got, want := s.set.in(text), containsAnyOf(text, s.list); got != want {
				t.Errorf("%s set in(%q) = %v, want %v", s.name, text, got, want)
			}
		}
	}
}
