package index

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"baocao/vntext"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// relevanceQueries are compared between searchRelevance and bleve's
// collector; the corpus (facetCorpus) repeats its texts, so many scores tie
// and the order of ties is tested too.
var relevanceQueries = []Query{
	{Text: "lao động"},
	{Text: "lao dong", Limit: 7, Offset: 3},
	{Text: `"hộ nghèo"`, Province: "Tỉnh 3"},
	{Text: "ngheo -lao", Limit: 50},
	{Text: "tăng", Limit: 1000},
	{Text: "xyzzy"},
	{Text: "viec lam OR ngheo", Offset: 590},
	{Text: "năm nay", Offset: 2000},
	{Text: "lao*", Year: 2019},
	{Text: "việc", Limit: 0, Offset: 0},
}

// TestSearchRelevance checks that the ranges searched in parallel find what
// bleve's collector finds, in the same order with the same scores, for
// every way of cutting the index, on an index of several segments with
// deleted and replaced documents.
func TestSearchRelevance(t *testing.T) {
	ix := segmentedIndex(t, facetCorpus(600), 130, 9, 4, 17, " Lao động lao động.")
	defer func(p func() int, m uint64) { parallelism, minPartDocs = p, m }(parallelism, minPartDocs)
	minPartDocs = 1
	fields := []string{fieldFile, fieldTitle, fieldProvince, fieldDate, fieldYear, fieldBody}
	ctx := context.Background()
	for _, parts := range []int{1, 2, 3, 8} {
		for _, q := range relevanceQueries {
			bq, _ := buildQuery(q, ix.docFreq(ctx))
			sameAsBleve(t, ix, q, bq, parts, fields)
		}
	}
}

// sameAsBleve runs bq with searchRelevance over parts ranges and with
// bleve's collector, and fails unless both give the same total, hits,
// scores to the bit and facets.
func sameAsBleve(t *testing.T, ix *Index, q Query, bq query.Query, parts int, fields []string) {
	t.Helper()
	ctx := context.Background()
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	want, err := ix.searchBleve(ctx, bleveRequest(bq, limit, q.Offset, fields), true)
	if err != nil {
		t.Fatal(err)
	}
	parallelism = func() int { return parts }
	got, err := ix.searchRelevance(ctx, bq, limit, q.Offset, fields, true)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := summary(got), summary(want); g != w {
		t.Errorf("%d parts: searchRelevance(%+v) =\n%s\nwant\n%s", parts, q, g, w)
	}
	if !reflect.DeepEqual(got.facets, want.facets) {
		t.Errorf("%d parts: searchRelevance(%+v) facets = %v, want %v", parts, q, got.facets, want.facets)
	}
}

// summary prints what a search returns: total, then each hit's id, score
// (exact bits) and fields.
func summary(c collected) string {
	s := fmt.Sprintf("total %d\n", c.total)
	for _, h := range c.hits {
		s += fmt.Sprintf("%s %b %v\n", h.ID, h.Score, h.Fields)
	}
	return s
}

// TestOneWordMatch checks the claim of match and conjunction: a term query
// in place of bleve's match query of one word, or of a conjunction of one
// query, gives the same hits with the same scores, bit for bit, inside a
// larger query as the builder makes them.
func TestOneWordMatch(t *testing.T) {
	ix := mustOpen(t)
	ctx := context.Background()
	matchQuery := func(field, analyzer, s string, boost float64) query.Query {
		m := bleve.NewMatchQuery(s)
		m.Analyzer = analyzer
		m.SetOperator(query.MatchQueryOperatorAnd)
		m.SetField(field)
		m.SetBoost(boost)
		return m
	}
	for _, words := range [][]string{{"việc"}, {"báo", "cáo"}, {"tầng", "hai"}, {"hoà", "giải", "ở"}} {
		var old, cur []query.Query
		for _, w := range words {
			old = append(old, bleve.NewDisjunctionQuery(matchQuery(fieldTextFolded, foldedAnalyzerName, w, 1), matchQuery(fieldText, exactAnalyzerName, w, exactBoost)))
			cur = append(cur, bleve.NewDisjunctionQuery(match(fieldTextFolded, foldedAnalyzerName, w, 1), match(fieldText, exactAnalyzerName, w, exactBoost)))
		}
		pair := termQuery(fieldTextPairs, pair(vntext.Fold(words[0]), "x"))
		build := func(must []query.Query, should query.Query) query.Query {
			bq := bleve.NewBooleanQuery()
			bq.AddMust(must...)
			bq.AddShould(should, matchQuery(fieldTitleFolded, foldedAnalyzerName, words[0], titleBoost))
			return bq
		}
		var got, want collected
		for _, c := range []struct {
			q   query.Query
			out *collected
		}{{build(old, bleve.NewConjunctionQuery(pair)), &want}, {build(cur, conjunction([]query.Query{pair})), &got}} {
			req := bleve.NewSearchRequestOptions(c.q, 20, 0, false)
			var err error
			if *c.out, err = ix.searchBleve(ctx, req, false); err != nil {
				t.Fatal(err)
			}
		}
		if g, w := summary(got), summary(want); g != w || want.total == 0 {
			t.Errorf("%q: with term queries\n%s\nwith match queries\n%s", words, g, w)
		}
	}
}
