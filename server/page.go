package server

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"

	"baocao"
)

// pageNames are the templates under assets/templates, each rendered inside
// layout.html.
var pageNames = []string{"search", "doc", "indicator", "checks", "records_page", "error"}

func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, n := range pageNames {
		t, err := template.ParseFS(assets, "assets/templates/layout.html", "assets/templates/records.html",
			"assets/templates/"+n+".html")
		if err != nil {
			return nil, err
		}
		pages[n] = t
	}
	if _, err := fs.Stat(assets, "assets/static/style.css"); err != nil {
		return nil, err
	}
	return pages, nil
}

// base is what every page template gets.
type base struct {
	L       map[string]string // labels in the page's language
	Lang    string
	Title   string
	Nav     string // the active menu entry
	LangURL string // this page in the other language
}

func newBase(w http.ResponseWriter, r *http.Request, nav string) base {
	l := lang(w, r)
	other := langEN
	if l == langEN {
		other = langVI
	}
	return base{L: dict(l), Lang: l, Nav: nav, LangURL: withParams(r.URL.Path, r.URL.Query(), map[string]string{"lang": other})}
}

// Num, Opt and Round format numbers in the page's language.
func (b base) Num(f float64) string { return number(b.Lang, f) }

func (b base) Opt(f *float64) string {
	if f == nil {
		return ""
	}
	return number(b.Lang, *f)
}

func (b base) Round(f *float64) string {
	if f == nil {
		return ""
	}
	return rounded(b.Lang, *f)
}

func (b base) Int(n int) string { return number(b.Lang, float64(n)) }

// recordTable is what the "records" template (records.html) draws.
type recordTable struct {
	base
	Rows    []recordView
	ShowDoc bool // a column linking each row's document
}

func (b base) RecordTable(rows []recordView, showDoc bool) recordTable {
	return recordTable{b, rows, showDoc}
}

// StatusLabel is a check status in the page's language.
func (b base) StatusLabel(st string) string {
	if s, ok := b.L[st]; ok && st != "" {
		return s
	}
	return st
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		http.Error(w, "template: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

type errorPage struct {
	base
	Message string
}

// fail renders the error page with the status err maps to.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	st := statusOf(err)
	p := errorPage{base: newBase(w, r, ""), Message: err.Error()}
	p.Title = fmt.Sprint(st)
	if st == http.StatusNotFound {
		p.Message = p.L["not_found"]
	}
	s.render(w, st, "error", p)
}

// withParams returns path with query v changed by set ("" deletes a key).
// The language lives in a cookie, so links drop it unless set asks.
func withParams(path string, v url.Values, set map[string]string) string {
	q := url.Values{}
	for k, vs := range v {
		if k != "lang" {
			q[k] = vs
		}
	}
	for k, val := range set {
		if val == "" {
			q.Del(k)
		} else {
			q.Set(k, val)
		}
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

// docURL links to a document page, at anchor when given.
func docURL(id, anchor string) string {
	u := "/doc/" + url.PathEscape(id)
	if anchor != "" {
		u += "#" + anchor
	}
	return u
}

// checkView is one check as the pages show it.
type checkView struct {
	N int // 1-based position in its document
	baocao.Check
	Status     string // the status in the page's language
	Class      string
	Stated     string
	Computed   string
	EvidenceID string
	DocURL     string // the document page at the evidence
	DocTitle   string
}

func newCheckView(b base, n int, c baocao.Check) checkView {
	v := checkView{N: n, Check: c, Status: b.StatusLabel(c.Status), Class: statusClass(c.Status),
		Stated: b.Num(c.Stated), EvidenceID: evidenceID(c)}
	if c.StatedText != "" {
		v.Stated = c.StatedText
	}
	v.Computed = b.Round(c.Computed)
	if v.Computed != "" && strings.HasSuffix(v.Stated, "%") {
		v.Computed += "%" // a percent checked against a percent
	}
	v.DocURL = docURL(c.Doc, v.EvidenceID)
	return v
}

// title is what a page calls a document: its title, else its file's name.
func title(d *baocao.Document) string {
	if strings.TrimSpace(d.Title) != "" {
		return d.Title
	}
	if i := strings.LastIndexAny(d.File, `/\`); i >= 0 {
		return d.File[i+1:]
	}
	return d.File
}
