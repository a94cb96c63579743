package index

import (
	"slices"
	"strings"
	"testing"
)

// findSpans returns the spans of every occurrence of each word in text, as
// the index's term locations would.
func findSpans(text string, words ...string) []span {
	var sp []span
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			sp = append(sp, span{i + j, i + j + len(w)})
			i += j + len(w)
		}
	}
	return sp
}

func TestFragmentsPickBest(t *testing.T) {
	filler := strings.Repeat("Các đơn vị tiếp tục triển khai nhiệm vụ được giao. ", 8)
	var b strings.Builder
	for range 5 {
		b.WriteString("Tạo việc mới. " + filler)
	}
	b.WriteString("Toàn tỉnh đã giải quyết việc làm cho 8.095 người. " + filler)
	b.WriteString("Tạo việc cuối. ")
	text := b.String()

	frags := fragments(text, findSpans(text, "giải", "quyết", "việc", "làm"))
	if len(frags) != maxFragments {
		t.Fatalf("got %d fragments, want %d", len(frags), maxFragments)
	}
	best := "<mark>giải</mark> <mark>quyết</mark> <mark>việc</mark> <mark>làm</mark> cho 8.095"
	at := -1
	for i, f := range frags {
		if strings.Contains(f, best) {
			at = i
		}
	}
	if at < 0 {
		t.Errorf("fragments %q miss the passage with every word", frags)
	}
	// The other two are the first one-word passages (ties keep text
	// order), and the fragments come in text order: the best one last.
	if at != 2 || !strings.HasPrefix(frags[0], "Tạo <mark>việc</mark> mới.") {
		t.Errorf("best passage is fragment %d, want 2 after the first one-word passages: %q", at, frags)
	}
	if !strings.HasPrefix(frags[2], "…") || !strings.HasSuffix(frags[2], "…") {
		t.Errorf("fragment %q lacks the ellipses of a cut", frags[2])
	}
}

var squeezeTests = []struct{ in, want string }{
	{"a b", "a b"},
	{"a\n\n b\tc", "a b c"},
	{"  a  ", " a "},
}

func TestSqueeze(t *testing.T) {
	for _, tt := range squeezeTests {
		if got := squeeze(tt.in); got != tt.want {
			t.Errorf("squeeze(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// wordTests are texts that nextWord must cut and fold as the folded
// analyzer does, since marks compare its words with analysed query terms.
var wordTests = []string{
	"Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%.",
	"Kế hoạch số 17/KH-UBND ngày 05/3/2021 của UBND tỉnh Lạng Sơn",
	"ĐƯỜNG  giao thông\tnông thôn; hoà giải, hòa giải (thuỷ lợi).",
	"x1 ... – !!! 3.5.7 a.b 1, a.1 hà.nội l'an 3,x",
}

func TestNextWord(t *testing.T) {
	for _, in := range wordTests {
		var got []string
		for at := 0; ; {
			w, ok := nextWord(in, at)
			if !ok {
				break
			}
			if in[w.start:w.end] == "" || w.end <= at {
				t.Fatalf("nextWord(%q, %d) = %+v", in, at, w)
			}
			got = append(got, w.term)
			at = w.end
		}
		want := termsOf(foldedAnalyzerName, in)
		if !slices.Equal(got, want) {
			t.Errorf("words of %q = %q, want %q", in, got, want)
		}
	}
}
