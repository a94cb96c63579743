package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

// benchDocs returns n documents built from the real seed reports (skipping
// when they are absent), each with its own id and province.
func benchDocs(tb testing.TB, n int) []baocao.Document {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		tb.Skip("no shared seeds")
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	provinces := []string{"Lạng Sơn", "Hà Nội", "Cao Bằng", "Điện Biên", "Sơn La"}
	docs := make([]baocao.Document, n)
	for i := range docs {
		docs[i] = baocao.Document{
			ID: fmt.Sprintf("doc%05d", i), File: fmt.Sprintf("f%05d.txt", i), Title: fmt.Sprintf("Báo cáo số %d", i),
			Province: provinces[i%len(provinces)], Year: 2015 + i%8, Type: "Báo cáo", Format: "txt", Encoding: "utf-8",
			Text: texts[i%len(texts)],
		}
	}
	return docs
}

// BenchmarkBatch indexes 100 seed-sized documents (about 20 kB each) per
// commit.
func BenchmarkBatch(b *testing.B) {
	docs := benchDocs(b, 100)
	ix, err := Create(filepath.Join(b.TempDir(), "index"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Text))
	}
	b.SetBytes(bytes)
	for b.Loop() {
		batch := ix.NewBatch()
		for i := range docs {
			if err := batch.Add(&docs[i], []string{"viec_lam"}); err != nil {
				b.Fatal(err)
			}
		}
		if err := batch.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs)), "µs/doc")
}

// BenchmarkSearch measures query latency on 500 seed-sized documents.
func BenchmarkSearch(b *testing.B) {
	docs := benchDocs(b, 500)
	ix, err := Create(filepath.Join(b.TempDir(), "index"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	batch := ix.NewBatch()
	for i := range docs {
		batch.Add(&docs[i], nil)
		if batch.Len() == 100 {
			if err := batch.Commit(); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := batch.Commit(); err != nil {
		b.Fatal(err)
	}
	for _, q := range []Query{
		{Text: "giải quyết việc làm"},
		{Text: "giai quyet viec lam", Facets: true},
		{Text: `"giải quyết việc làm"`},
		{Text: "lao động", Province: "Lạng Sơn", Year: 2016},
		{Facets: true},
	} {
		b.Run(fmt.Sprintf("%q/facets=%v", q.Text, q.Facets), func(b *testing.B) {
			for b.Loop() {
				ix.results.clear() // the cost of a search, not of a lookup
				if _, err := ix.Search(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSearchDir measures the query kinds of `baocao bench` on an index
// built elsewhere (by baocao import or reindex), named by the environment
// variable BAOCAO_BENCH_INDEX, with facets as the web API asks for them:
//
//	BAOCAO_BENCH_INDEX=/tmp/data/index go test ./index -run X -bench SearchDir
func BenchmarkSearchDir(b *testing.B) {
	dir := os.Getenv("BAOCAO_BENCH_INDEX")
	if dir == "" {
		b.Skip("BAOCAO_BENCH_INDEX not set")
	}
	ix, err := OpenReadOnly(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []Query{
		{Text: "lao động"},
		{Text: `"lao động"`},
		{Text: "lao dong"},
		{Text: "lao động", Province: "Nghệ An"},
		{Text: "người có công"},
		{Text: "đào tạo nghề"},
	} {
		q.Facets = true
		b.Run(q.Text+"/"+q.Province, func(b *testing.B) {
			for b.Loop() {
				ix.results.clear() // the cost of a search, not of a lookup
				if _, err := ix.Search(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMarks measures marking the words of a query in 20 texts of
// about 10 kB, folding only the words that may match and folding every
// word.
func BenchmarkMarks(b *testing.B) {
	var texts []string
	corpus := planCorpus(1000)
	for i := range 20 {
		var t strings.Builder
		for _, d := range corpus[i*50 : i*50+50] {
			t.WriteString(d.Text)
		}
		texts = append(texts, t.String())
	}
	_, mk := buildQuery(Query{Text: `lao động "việc làm"`}, nil)
	var bytes int64
	for _, t := range texts {
		bytes += int64(len(t))
	}
	set, _ := mk.firstBytes()
	for _, c := range []struct {
		name   string
		firsts *[256]bool
	}{{"filtered", &set}, {"every", nil}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(bytes)
			for b.Loop() {
				for _, t := range texts {
					mk.scan(t, c.firsts)
				}
			}
		})
	}
}
