package server

import (
	"net/http/httptest"
	"testing"
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
