package check

import (
	"os"
	"path/filepath"
	"slices"
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
