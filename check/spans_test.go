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

// TestFigureSentences compares figureSentences with its reference on
// generated reports, the testdata inputs and the span texts, with their
// figures and with figures at every break.
func TestFigureSentences(t *testing.T) {
	texts := append([]string(nil), spanTexts...)
	for _, seed := range []uint64{1, 2, 3, 101, 4242} {
		texts = append(texts, gen.Texts(40, seed)...)
	}
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	for _, p := range inputs {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, text := range texts {
		nums := extract.Numbers(text)
		var atBreaks []extract.Number // one-byte figures on and around every break
		for _, e := range newBreaks(text).ends {
			for _, o := range []int{e - 1, e, e + 1} {
				if o >= 0 && o < len(text) {
					atBreaks = append(atBreaks, extract.Number{Start: o, QStart: o, End: o + 1})
				}
			}
		}
		slices.SortFunc(atBreaks, func(a, b extract.Number) int { return a.Start - b.Start })
		atBreaks = slices.CompactFunc(atBreaks, func(a, b extract.Number) bool { return a.Start == b.Start })
		for _, ns := range [][]extract.Number{nums, atBreaks} {
			d, ref := newDoc(text, ns), newDoc(text, ns)
			ref.figureSentencesRef(ns)
			if !slices.Equal(d.sentences, ref.sentences) || !slices.Equal(d.senEnd, ref.senEnd) || !slices.Equal(d.all, ref.all) {
				t.Fatalf("figureSentences(%.60q) = %v %v %v, reference %v %v %v", text, d.sentences, d.senEnd, d.all, ref.sentences, ref.senEnd, ref.all)
			}
			d.release()
			ref.release()
		}
	}
}

func FuzzFigureSentences(f *testing.F) {
	for _, s := range spanTexts {
		f.Add(s)
	}
	f.Add("Tổng số 5.174 người; trong đó: 3.220 người. 1.559 người\n\n 395 trẻ em ;2.000 hộ.")
	f.Fuzz(func(t *testing.T, text string) {
		nums := extract.Numbers(text)
		d, ref := newDoc(text, nums), newDoc(text, nums)
		defer d.release()
		defer ref.release()
		ref.figureSentencesRef(nums)
		if !slices.Equal(d.sentences, ref.sentences) || !slices.Equal(d.senEnd, ref.senEnd) || !slices.Equal(d.all, ref.all) {
			t.Fatalf("figureSentences(%q) = %v %v %v, reference %v %v %v", text, d.sentences, d.senEnd, d.all, ref.sentences, ref.senEnd, ref.all)
		}
	})
}
