package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/index"
)

// apiStatus are requests and the status and content type they must get.
var apiStatus = []struct {
	url    string
	status int
	ctype  string
}{
	{"/api/search?q=viec+lam", 200, "application/json"},
	{"/api/search?q=viec&limit=abc", 400, "application/json"},
	{"/api/search?q=viec&offset=-1", 400, "application/json"},
	{"/api/docs", 200, "application/json"},
	{"/api/docs/ls1", 200, "application/json"},
	{"/api/docs/nope", 404, "application/json"},
	{"/api/records", 200, "application/json"},
	{"/api/records?format=csv", 200, "text/csv"},
	{"/api/records?format=xlsx", 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"/api/records?format=jsonl", 200, "application/x-ndjson"},
	{"/api/records?format=pdf", 400, "application/json"},
	{"/api/records?year=x", 400, "application/json"},
	{"/api/records?percent_max=abc", 400, "application/json"},
	{"/api/search?q=viec&sort=date", 200, "application/json"},
	{"/api/search?q=viec&sort=size", 400, "application/json"},
	{"/api/search?q=viec&year_from=2021&year_to=2022", 200, "application/json"},
	{"/api/checks?status=mismatch", 200, "application/json"},
	{"/api/checks?format=xlsx", 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"/api/nothing", 404, "application/json"},
	{"/", 200, "text/html"},
	{"/search?q=viec", 200, "text/html"},
	{"/doc/ls1", 200, "text/html"},
	{"/doc/nope", 404, "text/html"},
	{"/indicator", 200, "text/html"},
	{"/indicator?indicator=viec+lam", 200, "text/html"},
	{"/checks", 200, "text/html"},
	{"/records?year=2021", 200, "text/html"},
	{"/records?year=x", 400, "text/html"},
	{"/static/style.css", 200, "text/css"},
}

func TestAPIStatus(t *testing.T) {
	f := newFixture(t, Config{})
	for _, c := range apiStatus {
		w := f.get(t, c.url)
		if w.Code != c.status || !strings.HasPrefix(w.Header().Get("Content-Type"), c.ctype) {
			t.Errorf("GET %s = %d %q, want %d %q", c.url, w.Code, w.Header().Get("Content-Type"), c.status, c.ctype)
		}
		if w.Code >= 400 && strings.HasPrefix(c.url, "/api/") {
			var e struct{ Error string }
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
				t.Errorf("GET %s: error body %q, want {\"error\": ...}", c.url, w.Body.String())
			}
		}
	}
}

// wantFacets are the fixture's facet counts over every document.
var wantFacets = map[string]map[string]int{
	"province": {"Lạng Sơn": 3, "Hà Giang": 2, "Quảng Trị": 1},
	"year":     {"2021": 4, "2022": 2},
	"format":   {"txt": 4, "pdf": 1, "html": 1},
	"encoding": {"utf-8": 4, "tcvn3": 1, "vni": 1},
	"type":     {"Báo cáo": 4, "Kế hoạch": 1, "Tin tức": 1},
}

func TestSearchFacets(t *testing.T) {
	f := newFixture(t, Config{})
	var res index.Result
	decode(t, f.get(t, "/api/search?limit=100"), &res)
	if res.Total != uint64(len(fixtureDocs)) {
		t.Errorf("total = %d, want %d", res.Total, len(fixtureDocs))
	}
	for name, want := range wantFacets {
		got := map[string]int{}
		for _, c := range res.Facets[name] {
			got[c.Value] = c.Count
		}
		if !equalCounts(got, want) {
			t.Errorf("facet %s = %v, want %v", name, got, want)
		}
	}
	// narrowing to a province (typed without diacritics) narrows the facets
	decode(t, f.get(t, "/api/search?province=lang+son&year=2021"), &res)
	if res.Total != 2 {
		t.Errorf("Lạng Sơn 2021: total = %d, want 2", res.Total)
	}
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestSearchPaging(t *testing.T) {
	f := newFixture(t, Config{})
	seen := map[string]bool{}
	for off := 0; off < 6; off += 2 {
		var res index.Result
		decode(t, f.get(t, "/api/search?limit=2&offset="+itoa(off)), &res)
		if len(res.Hits) != 2 {
			t.Fatalf("offset %d: %d hits, want 2", off, len(res.Hits))
		}
		for _, h := range res.Hits {
			if seen[h.Doc] {
				t.Errorf("offset %d: %s seen on an earlier page", off, h.Doc)
			}
			seen[h.Doc] = true
		}
	}
}

func TestDocJSON(t *testing.T) {
	f := newFixture(t, Config{})
	var d struct {
		baocao.Document
		Text    string          `json:"text"`
		Records []baocao.Record `json:"records"`
		Checks  []baocao.Check  `json:"checks"`
	}
	decode(t, f.get(t, "/api/docs/ls1"), &d)
	if d.ID != "ls1" || d.Province != "Lạng Sơn" || d.Text != fixtureDocs[0].text {
		t.Errorf("doc = %q %q text %q, want ls1 Lạng Sơn and its text", d.ID, d.Province, d.Text)
	}
	if len(d.Records) != 2 || len(d.Checks) != 2 {
		t.Fatalf("doc has %d records %d checks, want 2 2", len(d.Records), len(d.Checks))
	}
	for _, r := range d.Records {
		if d.Text[r.Start:r.End] != r.Text {
			t.Errorf("record span %d:%d = %q, want %q", r.Start, r.End, d.Text[r.Start:r.End], r.Text)
		}
	}
}

// recordQueries are filters and how many fixture records they select.
var recordQueries = []struct {
	query string
	want  int
}{
	{"", 5},
	{"indicator=giai+quyet+viec+lam", 4},
	{"indicator=Giải+quyết+việc+làm&province=lang+son", 3},
	{"indicator=viec+lam&year=2022", 1},
	{"doc=ls1", 2},
	{"limit=2", 2},
	{"offset=4", 1},
	{"offset=50", 0},
	{"percent_max=100", 1},                 // 85,33%
	{"percent_min=107&percent_max=135", 2}, // ends included
	{"value_min=1000&value_max=8000", 2},   // 2.000 and 7.500
}

func TestRecordsFilters(t *testing.T) {
	f := newFixture(t, Config{})
	for _, c := range recordQueries {
		var recs []baocao.Record
		decode(t, f.get(t, "/api/records?"+c.query), &recs)
		if len(recs) != c.want {
			t.Errorf("records?%s: %d records, want %d", c.query, len(recs), c.want)
		}
	}
	var checks []baocao.Check
	decode(t, f.get(t, "/api/checks?status=mismatch"), &checks)
	if len(checks) != 2 {
		t.Errorf("checks?status=mismatch: %d, want 2", len(checks))
	}
}

func TestExports(t *testing.T) {
	f := newFixture(t, Config{})
	w := f.get(t, "/api/records?format=csv&indicator=viec+lam")
	if !bytes.HasPrefix(w.Body.Bytes(), []byte("\xef\xbb\xbf")) {
		t.Errorf("CSV starts %q, want a BOM", w.Body.String()[:min(10, w.Body.Len())])
	}
	if lines := strings.Count(w.Body.String(), "\n"); lines != 5 {
		t.Errorf("CSV has %d lines, want header + 4", lines)
	}
	if cd := w.Header().Get("Content-Disposition"); !strings.Contains(cd, "attachment") {
		t.Errorf("CSV Content-Disposition = %q, want an attachment", cd)
	}
	w = f.get(t, "/api/records?format=xlsx&indicator=viec+lam")
	x, err := excelize.OpenReader(w.Body)
	if err != nil {
		t.Fatalf("XLSX does not open: %v", err)
	}
	defer x.Close()
	rows, err := x.GetRows("records")
	if err != nil || len(rows) != 5 {
		t.Fatalf("XLSX rows = %d (%v), want 5", len(rows), err)
	}
	if rows[1][2] != "Giải quyết việc làm" {
		t.Errorf("XLSX B2 indicator = %q, want Giải quyết việc làm", rows[1][2])
	}
}

func decode(t testing.TB, w interface {
	Result() *http.Response
}, v any) {
	t.Helper()
	res := w.Result()
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
