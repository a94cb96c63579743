package index

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"baocao"

	"github.com/blevesearch/bleve/v2"
)

// facetQueries are searched on facetCorpus, each time comparing Search's
// facets with those of bleve's own facet builder.
var facetQueries = []Query{
	{},
	{Text: "lao động"},
	{Text: "hộ nghèo", Province: "Tỉnh 3"},
	{Text: "ngheo -lao"},
	{Text: "việc", Sort: SortDate},
	{Text: "xyzzy"},
	{Text: "lao", Limit: 5, Offset: 30},
	{Year: 2019},
}

// facetCorpus returns n documents whose facet values vary with i: ties in
// counts, and some without province or encoding.
func facetCorpus(n int) []baocao.Document {
	words := []string{"lao động", "hộ nghèo", "việc làm", "hộ cận nghèo", "lao động việc làm"}
	docs := make([]baocao.Document, n)
	for i := range docs {
		d := baocao.Document{ID: fmt.Sprintf("f%04d", i), File: fmt.Sprintf("f%d.txt", i),
			Title: fmt.Sprintf("Báo cáo %d", i), Year: 2015 + i%7, Date: fmt.Sprintf("%d-01-%02d", 2015+i%7, 1+i%28),
			Type: []string{"Báo cáo", "Kế hoạch", "Thông báo"}[i%3], Format: []string{"txt", "pdf", "docx", "html"}[i%4],
			Text: fmt.Sprintf("Năm nay %s tăng %d.", words[i%len(words)], i)}
		if i%5 != 0 {
			d.Province = fmt.Sprintf("Tỉnh %d", i%11)
		}
		if i%3 != 0 {
			d.Encoding = []string{"utf-8", "tcvn3"}[i%2]
		}
		docs[i] = d
	}
	return docs
}

// bleveFacets counts the facets of q with bleve's terms facet, the way
// Search did before it kept a table.
func bleveFacets(t *testing.T, ix *Index, q Query) map[string][]FacetCount {
	t.Helper()
	bq, _ := buildQuery(q, ix.docFreq(context.Background()))
	req := bleve.NewSearchRequestOptions(bq, 1, 0, false)
	req.AddFacet(fieldFacets, bleve.NewFacetRequest(fieldFacets, maxFacetValues))
	sr, err := ix.bi.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	var terms []FacetCount
	if fr := sr.Facets[fieldFacets]; fr != nil && fr.Terms != nil {
		for _, tf := range fr.Terms.Terms() {
			terms = append(terms, FacetCount{Value: tf.Term, Count: tf.Count})
		}
	}
	return splitFacets(terms)
}

// TestFacetTable checks the facets counted from the table against bleve's
// facet builder, on an index of several segments, after deletions and
// replacements (which renumber documents and make a new snapshot).
func TestFacetTable(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := facetCorpus(300)
	check := func(stage string) {
		t.Helper()
		for _, q := range facetQueries {
			q.Facets = true
			res := mustSearch(t, ix, q)
			if want := bleveFacets(t, ix, q); !reflect.DeepEqual(res.Facets, want) {
				t.Errorf("%s: Search(%+v).Facets = %v, want %v", stage, q, res.Facets, want)
			}
		}
	}
	b := ix.NewBatch()
	for i := range docs {
		if err := b.Add(&docs[i], nil); err != nil {
			t.Fatal(err)
		}
		if b.Len() == 70 { // several segments
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	check("added")
	for i := 0; i < len(docs); i += 7 {
		b.Delete(docs[i].ID)
	}
	for i := 3; i < len(docs); i += 13 {
		d := docs[i]
		d.Province, d.Year = "Tỉnh mới", 2030
		if err := b.Add(&d, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	check("changed")
	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	check("compacted")
}
