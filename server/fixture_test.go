package server

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/importer"
	"baocao/index"
	"baocao/ingest"
	"baocao/ingest/html"
	"baocao/ingest/txt"
	"baocao/store"
)

// fixtureDoc is one hand-made document of the fixture data folder. Its
// figures are found in its text by the phrase they are written as, so spans
// are right by construction.
type fixtureDoc struct {
	id, province, year, typ, format, encoding string
	text                                      string
	records                                   []fixtureFig
	checks                                    []fixtureFig
	pageStarts                                []int
}

type fixtureFig struct {
	phrase    string // the evidence, found in text
	indicator string // records
	value     float64
	target    float64 // 0: none
	percent   float64 // stated; 0: none
	status    string  // checks
	computed  float64
}

// hostile is the text of a report that tries to run script in the UI.
const hostile = `Báo cáo thử <script>alert(1)</script> và <img src=x onerror=alert(2)> việc làm.
Giải quyết việc làm cho 120/100 lao động, đạt 150% kế hoạch <b>đậm</b>.`

// fixtureDocs have known facet counts: province Lạng Sơn 3, Hà Giang 2,
// Quảng Trị 1; year 2021 4, 2022 2; format txt 4, pdf 1, html 1.
var fixtureDocs = []fixtureDoc{
	{id: "ls1", province: "Lạng Sơn", year: "2021", typ: "Báo cáo", format: "txt", encoding: "utf-8",
		text: "Sở Lao động báo cáo năm 2021.\nGiải quyết việc làm cho 8.095/6.000 lao động, đạt 135% kế hoạch.\nHỗ trợ vay vốn cho 530/600 hộ nghèo, đạt 85,33% kế hoạch.\n",
		records: []fixtureFig{
			{phrase: "Giải quyết việc làm cho 8.095/6.000 lao động, đạt 135%", indicator: "Giải quyết việc làm", value: 8095, target: 6000, percent: 135},
			{phrase: "Hỗ trợ vay vốn cho 530/600 hộ nghèo, đạt 85,33%", indicator: "Hỗ trợ vay vốn", value: 530, target: 600, percent: 85.33},
		},
		checks: []fixtureFig{
			{phrase: "8.095/6.000 lao động, đạt 135% kế hoạch", status: baocao.StatusOK, percent: 135, computed: 134.91666666666666},
			{phrase: "530/600 hộ nghèo, đạt 85,33% kế hoạch", status: baocao.StatusMismatch, percent: 85.33, computed: 88.33333333333333},
		}},
	{id: "ls2", province: "Lạng Sơn", year: "2021", typ: "Kế hoạch", format: "pdf", encoding: "tcvn3",
		text:       "Trang một: kế hoạch năm 2021 về việc làm.\fTrang hai: giải quyết việc làm cho 2.000 lao động.\n",
		records:    []fixtureFig{{phrase: "giải quyết việc làm cho 2.000 lao động", indicator: "Giải quyết việc làm", value: 2000}},
		pageStarts: []int{0, len("Trang một: kế hoạch năm 2021 về việc làm.\f")}},
	{id: "ls3", province: "Lạng Sơn", year: "2022", typ: "Báo cáo", format: "txt", encoding: "vni",
		text:    "Năm 2022 giải quyết việc làm cho 7.500/7.000 lao động, đạt 107% kế hoạch.\n",
		records: []fixtureFig{{phrase: "giải quyết việc làm cho 7.500/7.000 lao động, đạt 107%", indicator: "Giải quyết việc làm", value: 7500, target: 7000, percent: 107}}},
	{id: "hg1", province: "Hà Giang", year: "2021", typ: "Báo cáo", format: "txt", encoding: "utf-8", text: hostile,
		records: []fixtureFig{{phrase: "Giải quyết việc làm cho 120/100 lao động, đạt 150%", indicator: "Giải quyết việc làm", value: 120, target: 100, percent: 150}},
		checks:  []fixtureFig{{phrase: "120/100 lao động, đạt 150% kế hoạch <b>đậm</b>", status: baocao.StatusMismatch, percent: 150, computed: 120}}},
	{id: "hg2", province: "Hà Giang", year: "2022", typ: "Tin tức", format: "html", encoding: "utf-8",
		text: "Tin ngắn về giảm nghèo ở Hà Giang năm 2022.\n"},
	{id: "qt1", province: "Quảng Trị", year: "2021", typ: "Báo cáo", format: "txt", encoding: "utf-8",
		text: "Quảng Trị: đào tạo nghề cho 1.200 người năm 2021.\n"},
}

// fixture is a data folder with its store and index open, served.
type fixture struct {
	dir string
	st  *store.Store
	ix  *index.Index
	srv *Server
}

// newFixture builds the hand-made data folder and a Server over it;
// cfg's Store, Index and DataDir are filled in.
func newFixture(t testing.TB, cfg Config) *fixture {
	t.Helper()
	f := openFixture(t)
	f.put(t, fixtureDocs)
	f.serve(t, cfg)
	return f
}

func openFixture(t testing.TB) *fixture {
	t.Helper()
	f := &fixture{dir: t.TempDir()}
	var err error
	if f.st, err = store.Open(filepath.Join(f.dir, "baocao.db"), &store.Options{NoSync: true}); err != nil {
		t.Fatal(err)
	}
	if f.ix, err = index.OpenOrCreate(filepath.Join(f.dir, "index")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.ix.Close(); f.st.Close() })
	return f
}

func (f *fixture) serve(t testing.TB, cfg Config) {
	t.Helper()
	cfg.Store, cfg.Index, cfg.DataDir = f.st, f.ix, f.dir
	var err error
	if f.srv, err = New(cfg); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) put(t testing.TB, docs []fixtureDoc) {
	t.Helper()
	b := &store.Batch{}
	ib := f.ix.NewBatch()
	for _, fd := range docs {
		year := 0
		for _, c := range fd.year {
			year = year*10 + int(c-'0')
		}
		d := &baocao.Document{ID: fd.id, File: "fixture/" + fd.id + "." + fd.format, Title: "Văn bản " + fd.id,
			Province: fd.province, Year: year, Date: fd.year + "-06-30", Type: fd.typ, Format: fd.format,
			Encoding: fd.encoding, Text: fd.text, Chars: len([]rune(fd.text)), PageStarts: fd.pageStarts,
			Pages: len(fd.pageStarts), Hash: fd.id}
		if strings.Contains(fd.text, "<script>") {
			d.Title = "Tiêu đề <script>alert(3)</script>"
		}
		var recs []baocao.Record
		var checks []baocao.Check
		for _, r := range fd.records {
			s, e := span(t, fd.text, r.phrase)
			rec := baocao.Record{Doc: d.ID, File: d.File, Indicator: r.indicator, Unit: "lao động", Value: r.value,
				Year: year, Province: fd.province, Text: r.phrase, Start: s, End: e, Page: d.Page(s)}
			if r.target != 0 {
				rec.Target = ptr(r.target)
			}
			if r.percent != 0 {
				rec.Percent = ptr(r.percent)
			}
			recs = append(recs, rec)
		}
		for _, c := range fd.checks {
			s, e := span(t, fd.text, c.phrase)
			checks = append(checks, baocao.Check{Doc: d.ID, File: d.File, Kind: "percent", Status: c.status,
				Stated: c.percent, Computed: ptr(c.computed), Text: c.phrase, Start: s, End: e,
				Reason: "tính lại " + c.phrase, Page: d.Page(s)})
		}
		b.Put(d, recs, checks)
		if err := ib.Add(d, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.st.Commit(b); err != nil {
		t.Fatal(err)
	}
	if err := ib.Commit(); err != nil {
		t.Fatal(err)
	}
}

func span(t testing.TB, text, phrase string) (int, int) {
	t.Helper()
	i := strings.Index(text, phrase)
	if i < 0 {
		t.Fatalf("fixture: %q not in its text", phrase)
	}
	return i, i + len(phrase)
}

func ptr(f float64) *float64 { return &f }

// realFixture imports the repo's sample reports and, when present, the
// shared seed reports with the real pipeline (txt and html readers).
func realFixture(t testing.TB, cfg Config) *fixture {
	t.Helper()
	f := openFixture(t)
	paths := []string{filepath.Join("..", "testdata", "sample")}
	if _, err := os.Stat(seedsDir); err == nil {
		paths = append(paths, seedsDir)
	}
	opt := importer.Options{Config: importer.Config{Readers: []baocao.Reader{&txt.Reader{}, &html.Reader{}},
		Limits: ingest.DefaultLimits}, Workers: 2}
	if _, err := importer.Run(context.Background(), paths, f.st, f.ix, opt); err != nil {
		t.Fatalf("import fixture: %v", err)
	}
	f.serve(t, cfg)
	return f
}

var seedsDir = filepath.Join("..", "..", "shared", "seeds")

// get runs one request against the fixture's server.
func (f *fixture) get(t testing.TB, url string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, httptest.NewRequest("GET", url, nil))
	return w
}
