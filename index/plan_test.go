package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"baocao"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// planWords are the words of planCorpus: spellings that fold alike ("tăng",
// "tầng", "tặng"), so exact and folded clauses score apart, and words in
// most documents next to rare ones.
var planWords = []string{
	"lao", "láo", "động", "đông", "đồng", "dong", "tăng", "tầng", "tặng", "hộ", "hồ", "nghèo",
	"việc", "làm", "giải", "quyết", "bảo", "hiểm", "trợ", "cấp", "người", "có", "công",
	"đào", "tạo", "nghề", "cai", "nghiện", "năm", "nay", "xã", "huyện", "28.101", "73,95",
}

// planCorpus makes n documents of random length and word counts, so that
// term frequencies and field norms vary, with the usual phrases mixed in.
func planCorpus(n int) []baocao.Document {
	rng := rand.New(rand.NewPCG(7, 11))
	phrases := []string{"lao động", "hộ nghèo", "giải quyết việc làm", "bảo hiểm", "người có công", "đào tạo nghề", "trợ cấp", "cai nghiện"}
	docs := make([]baocao.Document, n)
	for i := range docs {
		var b strings.Builder
		for range 1 + rng.IntN(60) {
			if rng.IntN(4) == 0 {
				b.WriteString(phrases[rng.IntN(len(phrases))])
			} else {
				b.WriteString(planWords[rng.IntN(len(planWords))])
			}
			b.WriteString([]string{" ", ", ", ". "}[rng.IntN(3)])
		}
		title := fmt.Sprintf("Báo cáo %d", i)
		if rng.IntN(3) == 0 {
			title += " về " + phrases[rng.IntN(len(phrases))]
		}
		docs[i] = baocao.Document{ID: fmt.Sprintf("p%04d", i), File: fmt.Sprintf("p%d.txt", i), Title: title,
			Province: []string{"Hà Giang", "Nghệ An", "Cà Mau", ""}[i%4], Year: 2015 + i%7,
			Date: fmt.Sprintf("%d-02-%02d", 2015+i%7, 1+i%28), Type: []string{"Báo cáo", "Kế hoạch"}[i%2],
			Format: []string{"txt", "pdf", "docx"}[i%3], Text: b.String()}
	}
	return docs
}

// segmentedIndex indexes docs in commits of commitEvery documents, deletes
// every deleteEvery-th, replaces every replaceEvery-th from replaceFrom with
// its text plus extra, and reopens the index read-only (no merge can
// renumber documents between two searches compared).
func segmentedIndex(t *testing.T, docs []baocao.Document, commitEvery, deleteEvery, replaceFrom, replaceEvery int, extra string) *Index {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := ix.NewBatch()
	for i := range docs {
		if err := b.Add(&docs[i], nil); err != nil {
			t.Fatal(err)
		}
		if b.Len() == commitEvery {
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := 0; i < len(docs); i += deleteEvery {
		b.Delete(docs[i].ID)
	}
	for i := replaceFrom; i < len(docs); i += replaceEvery {
		d := docs[i]
		d.Text += extra
		if err := b.Add(&d, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if ix, err = OpenReadOnly(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if n, err := ix.segments(); err != nil || n < 2 {
		t.Fatalf("segments = %d, %v; want several", n, err)
	}
	return ix
}

// planQueries makes n query texts of the shapes users type: words with and
// without diacritics, phrases, OR, exclusions, prefixes and filters.
func planQueries(n int) []Query {
	rng := rand.New(rand.NewPCG(3, 5))
	word := func() string {
		w := planWords[rng.IntN(len(planWords))]
		if rng.IntN(3) == 0 {
			w = strings.ToLower(foldWord(w))
		}
		return w
	}
	var out []Query
	for range n {
		var parts []string
		for range 1 + rng.IntN(4) {
			switch rng.IntN(10) {
			case 0:
				parts = append(parts, `"`+word()+" "+word()+`"`)
			case 1:
				parts = append(parts, word(), "OR", word())
			case 2:
				parts = append(parts, "-"+word())
			case 3:
				parts = append(parts, "-qzx"+word())
			default:
				parts = append(parts, word())
			}
		}
		q := Query{Text: strings.Join(parts, " "), Limit: []int{0, 5, 50, 1000}[rng.IntN(4)], Offset: []int{0, 0, 3, 40}[rng.IntN(4)]}
		switch rng.IntN(6) {
		case 0:
			q.Province = "Nghệ An"
		case 1:
			q.Type = "ke hoach"
		case 2:
			q.Text += " format:pdf"
		}
		out = append(out, q)
	}
	return out
}

// TestPlanScores checks the plan's cursors against bleve's collector on
// hundreds of queries: same total, same hits in the same order, the same
// scores to the bit, the same facets; for one range and for several.
func TestPlanScores(t *testing.T) {
	ix := segmentedIndex(t, planCorpus(900), 170, 13, 5, 19, " Lao động tăng, lao động tầng.")
	defer func(p func() int, m uint64) { parallelism, minPartDocs = p, m }(parallelism, minPartDocs)
	minPartDocs = 1
	fields := []string{fieldFile, fieldTitle, fieldProvince, fieldDate, fieldYear, fieldBody}
	ctx := context.Background()
	planned := 0
	queries := append(planQueries(400), relevanceQueries...)
	for i, q := range queries {
		bq, mk := buildQuery(q, ix.docFreq(ctx))
		if mk.empty() {
			continue // not sorted by relevance
		}
		if ok, err := ix.planned(bq); err != nil {
			t.Fatal(err)
		} else if ok {
			planned++
		}
		sameAsBleve(t, ix, q, bq, 1+i%3, fields)
	}
	t.Logf("%d of %d queries planned", planned, len(queries))
	if planned < len(queries)*3/4 {
		t.Errorf("%d of %d queries planned, want most", planned, len(queries))
	}
}

// planShapes are queries whose every form buildQuery makes must run on
// the plan, not fall back to bleve's searchers.
var planShapes = []Query{
	{Text: "lao động"},
	{Text: "lao dong"},
	{Text: "lao động -qzx1term"},
	{Text: `"lao động"`},
	{Text: `"lao dong" -qzx2phrase`},
	{Text: "đào tạo nghề", Province: "Nghệ An"},
	{Text: "tăng OR tầng -láo"},
	{Text: `"giai quyet viec lam" hộ nghèo`},
	{Text: `"hộ nghèo" -qzx3phrase`}, // a boolean query under a conjunction of one
}

func TestPlanShapes(t *testing.T) {
	ix := segmentedIndex(t, planCorpus(400), 170, 13, 5, 19, " Lao động tăng, lao động tầng.")
	for _, q := range planShapes {
		bq, _ := buildQuery(q, ix.docFreq(context.Background()))
		if ok, err := ix.planned(bq); !ok || err != nil {
			t.Errorf("planned(%q) = %v, %v; want true", q.Text, ok, err)
		}
	}
}

// planned reports whether bq runs on the plan.
func (ix *Index) planned(bq query.Query) (bool, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return false, err
	}
	r, err := adv.Reader()
	if err != nil {
		return false, err
	}
	defer r.Close()
	_, ok, err := compilePlan(bq, r, ix.bi.Mapping())
	return ok, err
}

func bleveRequest(bq query.Query, size, from int, fields []string) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(bq, size, from, false)
	req.Fields = fields
	return req
}

// TestSpansFilter checks that marking folds only the words that may match
// and still finds every span: the same spans as folding every word, for
// the marks of many queries over texts with capitals, đ, digits and
// decomposed letters.
func TestSpansFilter(t *testing.T) {
	texts := []string{"Đào tạo nghề ĐÀO TẠO; Lao Động lao động 28.101 đ Ðông", "Hoa\u0300 gia\u0309i Ấp ẤP ấp", "x"}
	for _, d := range planCorpus(60) {
		texts = append(texts, d.Text, strings.ToUpper(d.Text))
	}
	queries := append(planQueries(200), Query{Text: "đào* ĐÔNG ho\u0300a"}, Query{Text: `"Lao Động" 28*`})
	for _, q := range queries {
		_, mk := buildQuery(q, nil)
		for _, text := range texts {
			if got, want := mk.spans(text), mk.scan(text, nil); !reflect.DeepEqual(got, want) {
				t.Fatalf("marks of %q: spans(%q) = %v, want %v", q.Text, text, got, want)
			}
		}
	}
}
