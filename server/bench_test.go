package server

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"baocao/index"
	"baocao/internal/cpu"
	"baocao/store"
	"baocao/vntext"
)

// benchURLs are the requests a person makes most, over the sample and seed
// reports.
var benchURLs = []struct{ name, url string }{
	{"APISearch", "/api/search?q=giai+quyet+viec+lam"},
	{"SearchPage", "/search?q=giai+quyet+viec+lam"},
	{"DocPage", "/doc/0f1ba6224bf14bb7"},
	{"IndicatorPage", "/indicator?indicator=giai+quyet+viec+lam"},
	{"ChecksPage", "/checks"},
	{"RecordsXLSX", "/api/records?format=xlsx"},
}

func BenchmarkHandlers(b *testing.B) {
	f := realFixture(b, Config{})
	for _, c := range benchURLs {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				f.srv.ServeHTTP(w, httptest.NewRequest("GET", c.url, nil))
				if w.Code != 200 && w.Code != 404 {
					b.Fatalf("GET %s = %d", c.url, w.Code)
				}
			}
		})
	}
}

// BenchmarkAPISearchDir measures GET /api/search as `baocao serve` answers
// it, handler and JSON included, on a data folder named by
// BAOCAO_BENCH_DATA, with the term and folded queries of `baocao bench`
// (a distinct exclusion per request, so the index's result cache never
// answers):
//
//	BAOCAO_BENCH_DATA=/tmp/data go test ./server -run X -bench APISearchDir -cpu 1
func BenchmarkAPISearchDir(b *testing.B) {
	dir := os.Getenv("BAOCAO_BENCH_DATA")
	if dir == "" {
		b.Skip("BAOCAO_BENCH_DATA not set")
	}
	st, err := store.Open(filepath.Join(dir, "baocao.db"), &store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ix, err := index.OpenReadOnly(filepath.Join(dir, "index"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ix.SetTextSource(st.Text)
	srv, err := New(Config{Store: st, Index: ix})
	if err != nil {
		b.Fatal(err)
	}
	texts := []string{"lao động", "hộ nghèo", "bảo hiểm", "người có công", "đào tạo nghề", "trợ cấp", "việc làm", "cai nghiện"}
	for _, kind := range []string{"term", "folded"} {
		b.Run(kind, func(b *testing.B) {
			i := 0
			cpu0 := cpu.Time()
			for b.Loop() {
				q := texts[i%len(texts)]
				if kind == "folded" {
					q = vntext.Fold(q)
				}
				u := "/api/search?" + url.Values{"q": {fmt.Sprintf("%s -qzx%d%s", q, i, kind)}}.Encode()
				i++
				w := httptest.NewRecorder()
				srv.ServeHTTP(w, httptest.NewRequest("GET", u, nil))
				if w.Code != 200 {
					b.Fatalf("GET %s = %d", u, w.Code)
				}
			}
			b.ReportMetric(float64((cpu.Time()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
