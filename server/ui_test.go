package server

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// pageContents are pages of the fixture and what each must show.
var pageContents = []struct {
	url  string
	want []string
}{
	{"/search?q=giai+quyet+viec+lam", []string{`<mark>việc</mark> <mark>làm</mark>`, "Lạng Sơn", `id="facet-province"`,
		"/search?province=L%E1%BA%A1ng&#43;S%C6%A1n&amp;q=giai&#43;quyet&#43;viec&#43;lam", "kết quả"}},
	{"/search?q=viec&province=Lạng+Sơn", []string{"Tỉnh/thành: Lạng Sơn ✕", `<input type="hidden" name="province" value="Lạng Sơn">`}},
	{"/search?limit=2&offset=2", []string{"3–4 trên 6 kết quả", `rel="prev"`, `rel="next"`, "offset=0", "offset=4"}},
	{"/doc/ls1", []string{`<mark class="fig">`, `class="ck ck-mismatch"`, `id="check-2"`, `href="#ev-`, "88,33", "85,33",
		"Số liệu trích xuất", "/api/records?doc=ls1&amp;format=xlsx"}},
	{"/doc/ls2", []string{`id="page-2"`, "trang 2"}},
	{"/doc/ls1?lang=en", []string{"Extracted figures", "88.33", `lang="en"`}},
	{"/indicator?indicator=giai+quyet+viec+lam", []string{"<svg", "8.095 / 6.000", "134,92", "135", "Lạng Sơn",
		`class="mismatch"`, "/api/records?format=xlsx&amp;indicator=giai&#43;quyet&#43;viec&#43;lam"}},
	{"/indicator", []string{"Giải quyết việc làm</a> <span class=\"n\">4</span>"}},
	{"/checks", []string{"không khớp", "/doc/ls1#ev-", "/api/checks?format=xlsx&amp;status=mismatch", "2 kết quả"}},
	{"/checks?status=ok", []string{"1 kết quả"}},
	{"/checks?status=", []string{"3 kết quả"}},
	{"/records", []string{"5 kết quả", "Hỗ trợ vay vốn", "/api/records?format=xlsx\""}},
	{"/records?indicator=viec+lam&province=lang+son&year=2021", []string{"2 kết quả",
		"/api/records?format=csv&amp;indicator=viec&#43;lam&amp;province=lang&#43;son&amp;year=2021"}},
	{"/records?province=lang+son&year=2021", []string{"3 kết quả", `<tr class="mismatch">`, "/doc/ls1#ev-"}},
}

func TestPages(t *testing.T) {
	f := newFixture(t, Config{})
	for _, c := range pageContents {
		body := f.get(t, c.url).Body.String()
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s lacks %q", c.url, w)
			}
		}
	}
}

func TestLanguageCookie(t *testing.T) {
	f := newFixture(t, Config{})
	w := f.get(t, "/?lang=en")
	c := w.Result().Cookies()
	if len(c) != 1 || c[0].Value != "en" {
		t.Fatalf("?lang=en set cookies %v, want %s=en", c, langCookie)
	}
	req := httptest.NewRequest("GET", "/checks", nil)
	req.AddCookie(c[0])
	w = httptest.NewRecorder()
	f.srv.ServeHTTP(w, req)
	if body := w.Body.String(); !strings.Contains(body, "Figure checks") || !strings.Contains(body, `href="/checks?lang=vi"`) {
		t.Errorf("with the cookie the checks page is not in English or lacks the switch back")
	}
}

// numbers are figures as each language writes them.
var numbers = []struct {
	f      float64
	vi, en string
}{
	{28101, "28.101", "28,101"},
	{73.95, "73,95", "73.95"},
	{-1234567.5, "-1.234.567,5", "-1,234,567.5"},
	{0, "0", "0"},
	{100, "100", "100"},
}

func TestNumber(t *testing.T) {
	for _, c := range numbers {
		if got := number(langVI, c.f); got != c.vi {
			t.Errorf("number(vi, %v) = %q, want %q", c.f, got, c.vi)
		}
		if got := number(langEN, c.f); got != c.en {
			t.Errorf("number(en, %v) = %q, want %q", c.f, got, c.en)
		}
	}
}
