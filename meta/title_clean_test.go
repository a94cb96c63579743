package meta

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/gen"
	"baocao/internal/cpu"
)

// cleanTitleTokens are the pieces TestCleanTitleRandom builds titles of:
// words, every kind of space, markup, and bytes that start a space rune
// without being one.
var cleanTitleTokens = []string{"Báo", "cáo", "kết", "quả", "ở", "ủy", "2021", " ", " ", "  ", "\n", "\r\n", "\t", "\u00a0",
	"\u1680", "\u16a0", "\u2003", "\u200b", "\ufeff", "\u3000", "–", "“", ":", ";", ",", ".", "**", "_", "|", "<sup>1</sup>",
	"<", "\xe1", "\xe1\x9a", "\xc2", "\xe2\x80", "\xff", "\x85", "\u0085"}

func checkCleanTitle(t *testing.T, s string) {
	t.Helper()
	if got, want := cleanTitle(s), cleanTitleMarkup(s); got != want {
		t.Fatalf("cleanTitle(%q) = %q, want %q", s, got, want)
	}
}

// TestCleanTitleRandom compares cleanTitle with the general path
// (cleanTitleMarkup, what cleanTitle was) on random titles.
func TestCleanTitleRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	var b strings.Builder
	for range 200000 {
		b.Reset()
		for range rng.IntN(12) {
			b.WriteString(cleanTitleTokens[rng.IntN(len(cleanTitleTokens))])
		}
		checkCleanTitle(t, b.String())
	}
}

// TestCleanTitleTexts does the same on the title spans Read finds and on
// every run of up to six lines of generated reports, the shared seeds and
// the legacy transcripts.
func TestCleanTitleTexts(t *testing.T) {
	texts := gen.Texts(200, 3)
	for _, g := range []string{"seeds/*.txt", "corpus/legacy/truth/*"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", g))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	for _, s := range texts {
		m := Read(s, "")
		checkCleanTitle(t, s[m.Spans.Title.Start:m.Spans.Title.End])
		lines := strings.SplitAfter(s[:min(len(s), 20000)], "\n")
		for i := range lines {
			checkCleanTitle(t, strings.Join(lines[i:min(len(lines), i+6)], ""))
		}
	}
}

// TestJoinCells compares joinCells with cleanTitle on every run of up to
// five consecutive cells of generated reports, the shared seeds and the
// legacy transcripts, where joinCells answers.
func TestJoinCells(t *testing.T) {
	texts := gen.Texts(100, 5)
	for _, g := range []string{"seeds/*.txt", "corpus/legacy/truth/*"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", g))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, "Báo cáo\n**kết quả**\nnăm 2021:\n\n  Tình hình  \t x\n> trích\n# Mục\n| a | b |\n")
	answered := 0
	for _, s := range texts {
		cs := cells(s, 40000)
		for k := range cs {
			after := func(j int) (cell, bool) {
				if k+j >= len(cs) {
					return cell{}, false
				}
				return cs[k+j], true
			}
			for m := k; m < min(len(cs), k+5); m++ {
				span := Span{cs[k].start, cs[m].end}
				got, ok := joinCells(s, span, after)
				if !ok {
					continue
				}
				answered++
				if want := cleanTitle(s[span.Start:span.End]); got != want {
					t.Fatalf("joinCells(%q) = %q, want %q", s[span.Start:span.End], got, want)
				}
			}
		}
	}
	if answered == 0 {
		t.Error("joinCells never answered")
	}
}

func FuzzCleanTitle(f *testing.F) {
	for _, s := range gen.Texts(5, 1) {
		f.Add(s[:min(len(s), 600)])
	}
	f.Add("Báo cáo **kết quả**\n năm 2021 |  :")
	f.Fuzz(func(t *testing.T, s string) { checkCleanTitle(t, s) })
}

// BenchmarkCleanTitleRatio times cleanTitle and cleanTitleMarkup on the
// title spans of generated reports, text by text and alternately, and
// reports the sum of the fastest general-path times over that of the
// fastest cleanTitle times (on a shared machine the minima are what the
// code costs).
func BenchmarkCleanTitleRatio(b *testing.B) {
	var spans []string
	for _, s := range gen.Texts(100, 1) {
		m := Read(s, "")
		spans = append(spans, s[m.Spans.Title.Start:m.Spans.Title.End])
	}
	cpu.MinRatio(b, spans, func(s string) { cleanTitle(s) }, func(s string) { cleanTitleMarkup(s) })
}

// benchRatio reports old/new: the sums over inputs of the fastest times
// of old and of new, run alternately input by input.

func BenchmarkCleanTitle(b *testing.B) {
	var spans []string
	for _, s := range gen.Texts(100, 1) {
		m := Read(s, "")
		spans = append(spans, s[m.Spans.Title.Start:m.Spans.Title.End])
	}
	for b.Loop() {
		for _, s := range spans {
			cleanTitle(s)
		}
	}
}

// FuzzJoinCells holds joinCells to cleanTitle on the cells of any text.
func FuzzJoinCells(f *testing.F) {
	for _, s := range gen.Texts(5, 4) {
		f.Add(s[:min(len(s), 600)])
	}
	f.Add("Báo cáo\n**kết quả**\nnăm 2021:\n\n  Tình hình  \t x\n> trích\n# Mục\n| a | b |\n")
	f.Fuzz(func(t *testing.T, s string) {
		cs := cells(s, len(s))
		for k := range cs {
			after := func(j int) (cell, bool) {
				if k+j >= len(cs) {
					return cell{}, false
				}
				return cs[k+j], true
			}
			for m := k; m < min(len(cs), k+4); m++ {
				span := Span{cs[k].start, cs[m].end}
				if got, ok := joinCells(s, span, after); ok && got != cleanTitle(s[span.Start:span.End]) {
					t.Fatalf("joinCells(%q) = %q, want %q", s[span.Start:span.End], got, cleanTitle(s[span.Start:span.End]))
				}
			}
		}
	})
}
