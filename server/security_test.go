package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao"
	"baocao/importer"
	"baocao/index"
	"baocao/ingest"
	"baocao/ingest/txt"
)

// escapedPages must show the hostile document's markup as text.
var escapedPages = []string{
	"/doc/hg1",
	"/search?q=alert",
	"/search?q=giai+quyet+viec+lam&province=Hà+Giang",
	"/checks",
	"/indicator?indicator=viec+lam",
	"/search?q=%3Cscript%3Ealert(4)%3C/script%3E",
	"/checks?kind=%3Cscript%3Ealert(5)%3C/script%3E&province=%22%3E%3Cimg%20src=x%20onerror=alert(6)%3E",
}

var forbiddenMarkup = []string{"<script", "<img", "<b>đậm"}

func TestPagesEscapeDocumentText(t *testing.T) {
	f := newFixture(t, Config{})
	for _, u := range escapedPages {
		w := f.get(t, u)
		body := w.Body.String()
		if w.Code != 200 {
			t.Errorf("GET %s = %d", u, w.Code)
		}
		for _, bad := range forbiddenMarkup {
			if strings.Contains(body, bad) {
				i := strings.Index(body, bad)
				t.Errorf("GET %s: page holds raw %q: …%s…", u, bad, body[max(0, i-60):min(len(body), i+60)])
			}
		}
	}
	body := f.get(t, "/doc/hg1").Body.String()
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
		"Tiêu đề &lt;script&gt;alert(3)&lt;/script&gt;"} {
		if !strings.Contains(body, want) {
			t.Errorf("document page lacks the escaped %q", want)
		}
	}
	body = f.get(t, "/search?q=alert").Body.String()
	if !strings.Contains(body, "&lt;script&gt;<mark>alert</mark>(1)") {
		t.Errorf("search page lacks the escaped fragment with its mark")
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t, Config{})
	for _, u := range []string{"/", "/api/docs", "/api/docs/nope", "/static/style.css"} {
		h := f.get(t, u).Header()
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: CSP %q, want one without inline scripts", u, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options = %q", u, h.Get("X-Content-Type-Options"))
		}
	}
}

// traversals are ids and paths that must never reach a file.
var traversals = []string{
	"/api/docs/..%2F..%2Fetc%2Fpasswd",
	"/api/docs/%2e%2e",
	"/doc/..%2F..%2Fetc%2Fpasswd",
	"/doc/../../etc/passwd",
	"/static/../../../../etc/passwd",
	"/static/..%2f..%2fserver.go",
	"/api/records?doc=../../etc/passwd",
}

func TestTraversal(t *testing.T) {
	f := newFixture(t, Config{})
	for _, u := range traversals {
		w := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.RawPath, req.URL.Path = "", ""
		req = httptest.NewRequest("GET", u, nil)
		f.srv.ServeHTTP(w, req)
		body := w.Body.String()
		if strings.Contains(body, "root:") || strings.Contains(body, "package server") {
			t.Errorf("GET %s read a file: %d %.80q", u, w.Code, body)
		}
		if w.Code == 200 && !strings.HasPrefix(u, "/api/records") {
			t.Errorf("GET %s = 200, want 404 or a redirect", u)
		}
	}
	var recs []baocao.Record
	decode(t, f.get(t, "/api/records?doc=../../etc/passwd"), &recs)
	if len(recs) != 0 {
		t.Errorf("records of a traversal id: %d, want 0", len(recs))
	}
}

// upload builds a multipart request with files name → content.
func upload(t testing.TB, auth string, files map[string]string) *http.Request {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for name, content := range files {
		fw, err := mw.CreateFormFile("file", name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(content))
	}
	mw.Close()
	req := httptest.NewRequest("POST", "/api/import", &b)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	return req
}

// importAuth are import requests and the status they get.
var importAuth = []struct {
	name   string
	token  string // the server's
	auth   string // the request's Authorization
	status int
}{
	{"read-only server", "", "", http.StatusForbidden},
	{"read-only server, any token", "", "Bearer x", http.StatusForbidden},
	{"no token", "s3cret", "", http.StatusUnauthorized},
	{"not bearer", "s3cret", "Basic czNjcmV0", http.StatusUnauthorized},
	{"wrong token", "s3cret", "Bearer s3cre", http.StatusForbidden},
	{"right token", "s3cret", "Bearer s3cret", http.StatusOK},
}

func TestImportAuth(t *testing.T) {
	for _, c := range importAuth {
		var got []string
		cfg := Config{Token: c.token, Import: func(ctx context.Context, paths []string) ([]ImportResult, error) {
			got = paths
			out := make([]ImportResult, len(paths))
			for i, p := range paths {
				out[i] = ImportResult{File: p, Status: "imported", Doc: "x"}
			}
			return out, nil
		}}
		f := newFixture(t, cfg)
		w := httptest.NewRecorder()
		f.srv.ServeHTTP(w, upload(t, c.auth, map[string]string{"../../a.txt": "xin chào"}))
		if w.Code != c.status {
			t.Errorf("%s: POST /api/import = %d %s, want %d", c.name, w.Code, w.Body.String(), c.status)
		}
		if c.status != http.StatusOK {
			if got != nil {
				t.Errorf("%s: import ran", c.name)
			}
			continue
		}
		uploads := filepath.Join(f.dir, uploadsDir) + string(filepath.Separator)
		if len(got) != 1 || !strings.HasPrefix(got[0], uploads) || filepath.Base(got[0]) != "a.txt" {
			t.Errorf("%s: imported %q, want one a.txt under %s", c.name, got, uploads)
		}
		var res []ImportResult
		json.Unmarshal(w.Body.Bytes(), &res)
		if len(res) != 1 || res[0].File != "a.txt" {
			t.Errorf("%s: results %+v, want the uploaded name", c.name, res)
		}
	}
}

func TestBodyLimits(t *testing.T) {
	f := newFixture(t, Config{Token: "t", MaxUpload: 1000, MaxBody: 100,
		Import: func(ctx context.Context, paths []string) ([]ImportResult, error) { return nil, nil }})
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, upload(t, "Bearer t", map[string]string{"big.txt": strings.Repeat("x", 5000)}))
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized upload = %d, want 413", w.Code)
	}
	// without a Content-Length the limit bites while reading
	req := upload(t, "Bearer t", map[string]string{"big.txt": strings.Repeat("x", 5000)})
	req.ContentLength = -1
	w = httptest.NewRecorder()
	f.srv.ServeHTTP(w, req)
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized chunked upload = %d %s, want 413", w.Code, w.Body.String())
	}
	w = httptest.NewRecorder()
	f.srv.ServeHTTP(w, httptest.NewRequest("GET", "/api/docs", strings.NewReader(strings.Repeat("y", 500))))
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("GET with a 500-byte body = %d, want 413", w.Code)
	}
	entries, _ := os.ReadDir(filepath.Join(f.dir, uploadsDir))
	for _, e := range entries {
		if left, _ := os.ReadDir(filepath.Join(f.dir, uploadsDir, e.Name())); len(left) > 0 {
			t.Errorf("refused upload left files in %s", e.Name())
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	f := newFixture(t, Config{})
	for _, m := range []string{"POST", "PUT", "DELETE"} {
		w := httptest.NewRecorder()
		f.srv.ServeHTTP(w, httptest.NewRequest(m, "/api/docs/ls1", nil))
		if w.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s /api/docs/ls1 = %d, want 405", m, w.Code)
		}
	}
}

// TestImportPipeline uploads a report through the real pipeline: the
// read-write store and index the server reads take the new document.
func TestImportPipeline(t *testing.T) {
	f := openFixture(t)
	cfg := Config{Token: "t", Import: func(ctx context.Context, paths []string) ([]ImportResult, error) {
		var out []ImportResult
		opt := importer.Options{Config: importer.Config{Readers: []baocao.Reader{&txt.Reader{}}, Limits: ingest.DefaultLimits},
			Progress: func(r importer.Result) {
				out = append(out, ImportResult{File: r.File, Doc: r.Doc, Status: r.Status, Reason: r.Reason})
			}}
		_, err := importer.Run(ctx, paths, f.st, f.ix, opt)
		if err != nil && !errors.Is(err, importer.ErrSomeFailed) {
			return out, err
		}
		return out, nil
	}}
	f.serve(t, cfg)
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, upload(t, "Bearer t", map[string]string{
		"báo cáo.txt": "UBND tỉnh Lạng Sơn\nBÁO CÁO\nGiải quyết việc làm cho 1.234/1.000 lao động, đạt 123,4% kế hoạch năm 2023.\n"}))
	var res []ImportResult
	if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil || w.Code != 200 {
		t.Fatalf("import = %d %s", w.Code, w.Body.String())
	}
	if len(res) != 1 || res[0].Status != "imported" || res[0].File != "báo cáo.txt" {
		t.Fatalf("import results %+v, want báo cáo.txt imported", res)
	}
	var docs []baocao.Document
	decode(t, f.get(t, "/api/docs"), &docs)
	if len(docs) != 1 || docs[0].ID != res[0].Doc {
		t.Errorf("docs after import = %d, want the imported one", len(docs))
	}
	var found index.Result
	decode(t, f.get(t, "/api/search?q=giai+quyet"), &found)
	if found.Total != 1 {
		t.Errorf("search after import: total %d, want 1", found.Total)
	}
}

// safeNames are uploaded names and the file names they are saved as.
var safeNames = []struct{ in, want string }{
	{"báo cáo.docx", "báo cáo.docx"},
	{"../../etc/passwd", "passwd"},
	{`..\..\windows\x.doc`, "x.doc"},
	{"C:\\Users\\a\\b.xls", "b.xls"},
	{"", "upload"},
	{"..", "upload"},
	{"...", "upload"},
	{"/", "upload"},
	{".htaccess", "htaccess"},
	{"a\x00b\nc.txt", "abc.txt"},
	{"c:evil.txt", "cevil.txt"},
	{strings.Repeat("ạ", 100) + ".pdf", strings.Repeat("ạ", 48) + ".pdf"},
}

func TestSafeName(t *testing.T) {
	for _, c := range safeNames {
		if got := safeName(c.in); got != c.want {
			t.Errorf("safeName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTimeout(t *testing.T) {
	f := newFixture(t, Config{Timeout: time.Nanosecond})
	for _, u := range []string{"/api/docs", "/search?q=viec"} {
		if w := f.get(t, u); w.Code != http.StatusServiceUnavailable {
			t.Errorf("GET %s with a 1ns budget = %d, want 503", u, w.Code)
		}
	}
}
