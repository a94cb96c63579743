package index

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSearch runs arbitrary query texts against the fixture corpus: no
// panic, no error, every fragment valid UTF-8 with balanced marks.
func FuzzSearch(f *testing.F) {
	for _, tt := range searchTests {
		f.Add(tt.q.Text)
	}
	f.Add(`"-" - "" “ ” --x "a`)
	ix := mustOpen(f)
	f.Fuzz(func(t *testing.T, q string) {
		res, err := ix.Search(context.Background(), Query{Text: q, Facets: true})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		for _, h := range res.Hits {
			checkFragments(t, h.Fragments)
		}
	})
}

// FuzzFragments cuts fragments with arbitrary spans: no panic, valid UTF-8.
func FuzzFragments(f *testing.F) {
	f.Add("Giải quyết việc làm cho 28.101 lao động", 0, 5, 17, 21)
	f.Add("ở", 1, 2, -3, 9)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		if !utf8.ValidString(text) {
			return // stored text is valid UTF-8
		}
		sp := []span{{a, b}, {c, d}}
		if a > c {
			sp[0], sp[1] = sp[1], sp[0]
		}
		checkFragments(t, fragments(text, sp))
	})
}

func checkFragments(t *testing.T, frags []string) {
	t.Helper()
	for _, fr := range frags {
		if !utf8.ValidString(fr) {
			t.Errorf("fragment %q is not valid UTF-8", fr)
		}
		if strings.Count(fr, MarkStart) != strings.Count(fr, MarkEnd) {
			t.Errorf("fragment %q has unbalanced marks", fr)
		}
	}
}

// FuzzParseQuery checks the parser's invariants on arbitrary texts: at most
// maxTerms terms, no empty group, an exclusion alone in its group, and
// every word, phrase or prefix holding a letter or digit.
func FuzzParseQuery(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := 0
		for _, g := range parseQuery(s) {
			if len(g) == 0 || g[0].not && len(g) > 1 {
				t.Fatalf("parseQuery(%q): group %+v", s, g)
			}
			for _, c := range g {
				n++
				if c.kind != kindField && !strings.ContainsFunc(c.text, isWordRune) {
					t.Errorf("parseQuery(%q): term %+v without a letter or digit", s, c)
				}
			}
		}
		if n > maxTerms {
			t.Errorf("parseQuery(%q): %d terms, want at most %d", s, n, maxTerms)
		}
	})
}

// FuzzMarks cuts arbitrary texts into words for marks: offsets inside the
// text, always moving forward.
func FuzzMarks(f *testing.F) {
	for _, s := range wordTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // stored text is valid UTF-8
		}
		for at := 0; ; {
			w, ok := nextWord(text, at)
			if !ok {
				break
			}
			if w.start < at || w.end <= w.start || w.end > len(text) {
				t.Fatalf("nextWord(%q, %d) = %+v", text, at, w)
			}
			at = w.end
		}
		m := marks{words: map[string]bool{"a": true}, phrases: [][]string{{"a", "b"}}, prefixes: []string{"x"}}
		checkFragments(t, fragments(text, m.spans(text)))
	})
}
