package index

import (
	"cmp"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"baocao"

	"github.com/blevesearch/bleve/v2"
)

// TestTextSource checks that an index with a TextSource stores no text and
// cuts fragments from what the source returns.
func TestTextSource(t *testing.T) {
	texts := map[string]string{}
	for _, d := range corpus {
		texts[d.ID] = d.Text
	}
	delete(texts, "d6") // the source lost it: no fragments, no failure
	ix, err := Create(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.SetTextSource(func(id string) (string, error) {
		if s, ok := texts[id]; ok {
			return s, nil
		}
		return "", errors.New("no such document")
	})
	b := ix.NewBatch()
	for i := range corpus {
		if err := b.Add(&corpus[i], nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	req := bleve.NewSearchRequest(bleve.NewMatchAllQuery())
	req.Fields = []string{fieldBody, fieldFile}
	sr, err := ix.bi.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range sr.Hits {
		if _, ok := h.Fields[fieldBody]; ok || h.Fields[fieldFile] == nil {
			t.Errorf("stored fields of %s = %v, want a file and no text", h.ID, h.Fields)
		}
	}
	res, err := ix.Search(context.Background(), Query{Text: "giai quyet"})
	if err != nil {
		t.Fatal(err)
	}
	frags := map[string][]string{}
	for _, h := range res.Hits {
		frags[h.Doc] = h.Fragments
	}
	if len(res.Hits) != 2 {
		t.Fatalf("Search(giai quyet) = [%s], want d1 and d6", ids(res))
	}
	if f := frags["d1"]; len(f) != 1 || !strings.HasPrefix(f[0], "<mark>Giải</mark> <mark>quyết</mark> việc làm") {
		t.Errorf("fragments of d1 = %q, want the source's text marked", f)
	}
	if f, ok := frags["d6"]; !ok || len(f) != 0 {
		t.Errorf("fragments of d6, missing from the source = %q, want none", f)
	}
}

// TestSortDate checks the date order and that relevance stays the default.
func TestSortDate(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := []baocao.Document{
		{ID: "a", Date: "2020-05-01", Text: "việc làm việc làm việc làm"},
		{ID: "b", Date: "2022-01-15", Text: "việc làm"},
		{ID: "c", Date: "2021-12-31", Text: "tạo việc làm mới cho lao động ở nông thôn"},
		{ID: "d", Text: "việc làm, không ngày"},
	}
	b := ix.NewBatch()
	for i := range docs {
		b.Add(&docs[i], nil)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Text: "việc làm", Sort: SortDate})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(res); got != "b c a d" {
		t.Errorf("Search(việc làm, Sort date) = [%s], want [b c a d]", got)
	}
	for _, order := range []string{"", SortRelevance} {
		res, err := ix.Search(context.Background(), Query{Text: "việc làm", Sort: order})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != 4 || !slices.IsSortedFunc(res.Hits, func(a, b Hit) int { return cmp.Compare(b.Score, a.Score) }) {
			t.Errorf("Search(việc làm, Sort %q) = %+v, want 4 hits, best first", order, res.Hits)
		}
	}
	if _, err := ix.Search(context.Background(), Query{Sort: "size"}); !errors.Is(err, ErrSort) {
		t.Errorf("Search(Sort size) = %v, want ErrSort", err)
	}
}
