package extract

import (
	"strings"
	"testing"
)

// fastTexts reach the fast paths' edges: capitals, runes whose lower case
// is longer or shorter, invalid bytes, unusual spaces, cut runes.
var fastTexts = []string{
	"Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch năm 2021.",
	"TỶ LỆ HỘ NGHÈO GIẢM 1,41%; Số hộ nghèo giảm từ 7.852 Hộ xuống còn 6.607 HỘ.",
	"Trong đó có *Tỷ lệ* lao động qua đào tạo trong giai đoạn 2016 - 2020 đạt 65%",
	"và đã có  ** 1.200 người –– *_–ab–_ ,–\u00a0được hỗ trợ\u1680, 35 Người\u2003khác",
	"İK\u212a 12 người, Ω 3 hộ \xff 7 lao động",
	"- 100% trẻ em được trợ giúp / đ/c 3 đ/c\tvà 12 xã",
	"Hỗ trợ xây dựng nhà ở cho 794/1.000 hộ, đạt 79% kế hoạch (KH: 800 hộ)",
}

// TestFastAgrees checks each fast path against the plain reading it
// stands for, at every place of the texts.
func TestFastAgrees(t *testing.T) {
	texts := append([]string(nil), fastTexts...)
	for _, text := range goldenInputs(t) {
		texts = append(texts, text[:min(len(text), 3000)])
	}
	for _, text := range texts {
		checkFast(t, text)
	}
}

func FuzzFastAgrees(f *testing.F) {
	for _, s := range fastTexts {
		f.Add(s)
	}
	addLines(f)
	f.Fuzz(checkFast)
}

func checkFast(t *testing.T, text string) {
	low := lowerText(text)
	pl := newSections(text, low)
	for s := 0; s <= len(text); s++ {
		if !isBoundary(text, s) {
			continue
		}
		if e := min(len(text), s+40); singleSpaced(text[s:e]) != strings.Join(strings.Fields(text[s:e]), " ") {
			t.Fatalf("singleSpaced(%q) = %q", text[s:e], singleSpaced(text[s:e]))
		}
		if e := min(len(text), s+200); !sameFields(text, appendFields(nil, text, s, e), strings.Fields(text[s:e])) {
			t.Fatalf("appendFields(%q) = %v, want %q", text[s:e], appendFields(nil, text, s, e), strings.Fields(text[s:e]))
		}
		for e := s; e <= min(len(text), s+12); e++ {
			w := Span{s, e}
			if trimLinks(text, w) != trimSpan(text, w, "*_,.:;-–") || trimMarks(text, w) != trimSpan(text, w, "*_") {
				t.Fatalf("trimLinks/trimMarks(%q) disagree with trimSpan", text[s:e])
			}
		}
		if len(low) == len(text) {
			w, lw, ok := lowWindow(text, low, s)
			w2, lw2, ok2 := window(text, s)
			if w != w2 || ok != ok2 || (ok && !strings.HasPrefix(lw, lw2)) {
				t.Fatalf("lowWindow(%q, %d) = %q, %q, %v; window: %q, %q, %v", text, s, w, lw, ok, w2, lw2, ok2)
			}
		}
		if w, lw, ok := window(text, s); ok {
			for _, l := range []*wordList{&countList, &durationList, &scaleList, &moneyList} {
				u, e := matchIn(text, s, w, lw, l)
				u2, e2 := matchInAll(text, s, w, lw, l)
				if u != u2 || e != e2 {
					t.Fatalf("matchIn(%q) = %q, %d; all words: %q, %d", w, u, e, u2, e2)
				}
			}
		}
		// phrases ending at every later boundary of a short stretch
		for e := s; e <= min(len(text), s+80); e++ {
			if !isBoundary(text, e) {
				continue
			}
			p, ps, err := tryPhrase(pl.cleanPhrase, text, s, e)
			p2, ps2, err2 := tryPhrase(cleanPhraseText, text, s, e)
			if p != p2 || ps != ps2 || err != err2 {
				t.Fatalf("cleanPhrase(%q) = %q, %d; cleanPhraseText: %q, %d", text[s:e], p, ps, p2, ps2)
			}
		}
	}
}

func sameFields(t string, got []Span, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i, f := range got {
		if t[f.Start:f.End] != want[i] {
			return false
		}
	}
	return true
}

// tryPhrase calls f, reporting a panic (list numbering that runs past e).
func tryPhrase(f func(string, int, int) (string, int), t string, s, e int) (p string, ps int, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	p, ps = f(t, s, e)
	return p, ps, false
}

// trimSpan is the span of strings.Trim(t[w.Start:w.End], cut).
func trimSpan(t string, w Span, cut string) Span {
	sub := t[w.Start:w.End]
	left := strings.TrimLeft(sub, cut)
	s := w.Start + len(sub) - len(left)
	return Span{s, s + len(strings.TrimRight(left, cut))}
}

// matchInAll is matchIn trying every word, for the test that the index
// agrees.
func matchInAll(t string, p int, w, lw string, l *wordList) (string, int) {
	for i, u := range l.words {
		lu := l.low[i]
		if u[0] != w[0] && lu[0] != lw[0] { // neither comparison below can hold
			continue
		}
		if strings.HasPrefix(lw, lu) || strings.HasPrefix(w, u) {
			e := p + len(u)
			if e <= len(t) && !letterAt(t, e) {
				return u, e
			}
		}
	}
	return "", p
}
