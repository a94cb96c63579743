package index

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"baocao/vntext"
)

// phraseFrom picks four consecutive words of letters only from the middle of
// text, a phrase the document certainly contains.
func phraseFrom(text string) string {
	words := strings.Fields(text)
	for i := len(words) / 2; i+4 <= len(words); i++ {
		w := words[i : i+4]
		if !slices.ContainsFunc(w, func(s string) bool {
			return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0
		}) {
			return strings.Join(w, " ")
		}
	}
	return ""
}

// TestSeedPhrases indexes the real seed reports and finds each by a phrase
// of its own text, typed with and without diacritics.
func TestSeedPhrases(t *testing.T) {
	docs := benchDocs(t, 5)
	ix, err := Create(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	b := ix.NewBatch()
	for i := range docs {
		docs[i].Text = vntext.Clean(docs[i].Text)
		b.Add(&docs[i], nil)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		phrase := phraseFrom(d.Text)
		if phrase == "" {
			t.Errorf("%s: no phrase of four words", d.File)
			continue
		}
		for _, q := range []string{phrase, vntext.Fold(phrase)} {
			res, err := ix.Search(context.Background(), Query{Text: `"` + q + `"`, Limit: MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(res.Hits, func(h Hit) bool { return h.Doc == d.ID })
			if i < 0 {
				t.Errorf("Search(%q) did not find %s", q, d.File)
				continue
			}
			frags := strings.Join(res.Hits[i].Fragments, " ")
			if strings.Count(frags, MarkStart) < 4 {
				t.Errorf("Search(%q) fragments of %s mark fewer than 4 words: %q", q, d.File, frags)
			}
		}
	}
}
