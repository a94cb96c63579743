package check

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"baocao/extract"
	"baocao/gen"
)

// spanTexts have breaks at both ends, doubled, between digits and
// before a carriage return.
var spanTexts = []string{
	"", ".", ";", "\n", " a ", "a.b", "1.000 người; 2.000 hộ.\n\nb! c? d.\r\ne;",
	"Trong đó: a; b; c. Tổng 3.5 x.", "x. ", ". x", "a\n\n;\n. ", "  ;;  ..  \n",
}

func TestBreaks(t *testing.T) {
	texts := append([]string(nil), spanTexts...)
	texts = append(texts, gen.Texts(5, 3)...)
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	for _, p := range inputs {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, text := range texts {
		b := newBreaks(text)
		if got, want := b.sentences(), extract.Sentences(text); !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Errorf("sentences(%.40q) = %v, want %v", text, got, want)
		}
		for off := -1; off <= len(text)+1; off++ {
			if got, want := b.clauseAt(off), extract.ClauseAt(text, off); got != want {
				t.Fatalf("clauseAt(%.40q, %d) = %v, want %v", text, off, got, want)
			}
			if got, want := b.sentenceAt(off), extract.SentenceAt(text, off); got != want {
				t.Fatalf("sentenceAt(%.40q, %d) = %v, want %v", text, off, got, want)
			}
		}
	}
}

// searchInts is sort.SearchInts(a, x): the binary search breaks.search
// replaced, kept as its reference.
func searchInts(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// TestBreaksSearch wants breaks.search to find what a binary search of
// the ends finds, at every offset of the texts.
func TestBreaksSearch(t *testing.T) {
	texts := append([]string(nil), spanTexts...)
	texts = append(texts, gen.Texts(20, 11)...)
	texts = append(texts, strings.Repeat("a.", 200), strings.Repeat(".\n", 100)+strings.Repeat("x", 300))
	for _, text := range texts {
		b := newBreaks(text)
		for off := 0; off <= len(text); off++ {
			if got, want := b.search(off), searchInts(b.ends, off); got != want {
				t.Fatalf("search(%.40q, %d) = %d, want %d", text, off, got, want)
			}
		}
	}
}
