package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/cpu"
	"baocao/store"
)

// BenchmarkServeDir measures the four query kinds of `baocao bench`
// (bench/measures.go searchLatency) the way `baocao serve` runs them: on a
// data folder named by BAOCAO_BENCH_DATA (store and index, as imported),
// texts from the store, facets on, and every query text new (a distinct
// exclusion) so the result cache never answers:
//
//	BAOCAO_BENCH_DATA=/tmp/data go test ./index -run X -bench ServeDir -cpu 1
func BenchmarkServeDir(b *testing.B) {
	dir := os.Getenv("BAOCAO_BENCH_DATA")
	if dir == "" {
		b.Skip("BAOCAO_BENCH_DATA not set")
	}
	st, err := store.Open(filepath.Join(dir, "baocao.db"), &store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ix, err := OpenReadOnly(filepath.Join(dir, "index"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ix.SetTextSource(st.Text)
	terms := []string{"lao động", "hộ nghèo", "bảo hiểm", "người có công", "đào tạo nghề", "trợ cấp", "việc làm", "cai nghiện"}
	folded := []string{"lao dong", "ho ngheo", "bao hiem", "nguoi co cong", "dao tao nghe", "tro cap", "viec lam", "cai nghien"}
	provinces := []string{"Hà Giang", "Nghệ An", "Cà Mau"}
	kinds := []struct {
		name string
		q    func(i int) Query
	}{
		{"term", func(i int) Query { return Query{Text: terms[i%len(terms)]} }},
		{"phrase", func(i int) Query { return Query{Text: `"` + terms[i%len(terms)] + `"`} }},
		{"folded", func(i int) Query { return Query{Text: folded[i%len(folded)]} }},
		{"faceted", func(i int) Query { return Query{Text: terms[i%len(terms)], Province: provinces[i%3]} }},
	}
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			i := 0
			cpu0 := cpu.Time()
			for b.Loop() {
				q := k.q(i)
				q.Text = fmt.Sprintf("%s -qzx%d%s", q.Text, i, k.name)
				q.Facets = true // as GET /api/search asks
				i++
				if _, err := ix.Search(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
			// CPU time rather than wall time: the machine is shared
			b.ReportMetric(float64((cpu.Time()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkRelevanceDir measures the relevance search alone (no texts, no
// fragments) of the term and folded queries of BenchmarkServeDir, on the
// plan's cursors and on bleve's searchers:
//
//	BAOCAO_BENCH_DATA=/tmp/data go test ./index -run X -bench RelevanceDir -cpu 1
func BenchmarkRelevanceDir(b *testing.B) {
	dir := os.Getenv("BAOCAO_BENCH_DATA")
	if dir == "" {
		b.Skip("BAOCAO_BENCH_DATA not set")
	}
	ix, err := OpenReadOnly(filepath.Join(dir, "index"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	texts := []string{"lao động", "hộ nghèo", "bảo hiểm", "người có công", "đào tạo nghề", "trợ cấp", "việc làm", "cai nghiện",
		"lao dong", "ho ngheo", "bao hiem", "nguoi co cong", "dao tao nghe", "tro cap", "viec lam", "cai nghien"}
	ctx := context.Background()
	defer func(u bool) { usePlan = u }(usePlan)
	for _, plan := range []bool{true, false} {
		b.Run(map[bool]string{true: "plan", false: "searchers"}[plan], func(b *testing.B) {
			usePlan = plan
			i := 0
			cpu0 := cpu.Time()
			for b.Loop() {
				bq, _ := buildQuery(Query{Text: texts[i%len(texts)] + " -qzx"}, ix.docFreq(ctx))
				i++
				if _, err := ix.searchRelevance(ctx, bq, DefaultLimit, 0, nil, true); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpu.Time()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
