package index

import (
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
