package server

import (
	"bytes"
	"context"
	"flag"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

var screenshots = flag.String("screenshots", "", "save the browser test's screenshots (PNG) in this `folder`, e.g. ../docs/screenshots")

const chromiumPath = "/usr/bin/chromium"

// browser drives headless Chromium one URL at a time: --dump-dom gives the
// DOM after load, --screenshot a PNG of the viewport. No script is needed
// in the pages, so following links found in the DOM is what a person
// clicking does.
type browser struct {
	t       *testing.T
	profile string
	shots   string
}

func (b *browser) run(args ...string) []byte {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + b.profile}
	cmd := exec.CommandContext(ctx, chromiumPath, append(base, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		b.t.Fatalf("chromium %v: %v\n%s", args, err, errb.String())
	}
	return out.Bytes()
}

// dom loads u and returns the DOM as Chromium serialised it.
func (b *browser) dom(u string) string {
	b.t.Helper()
	return string(b.run("--dump-dom", u))
}

// shot saves a screenshot of u at the window size w×h as name.png.
func (b *browser) shot(u, name string, w, h int) {
	b.t.Helper()
	p := filepath.Join(b.shots, name+".png")
	b.run("--screenshot="+p, "--window-size="+itoa(w)+","+itoa(h), u)
	if st, err := os.Stat(p); err != nil || st.Size() < 1000 {
		b.t.Errorf("screenshot %s missing or empty (%v)", p, err)
	}
}

var hrefRE = regexp.MustCompile(`href="([^"]*)"`)

// link returns the first href inside the part of dom that starts at the
// first match of after, made absolute against base.
func link(t *testing.T, base, dom, after string) string {
	t.Helper()
	i := strings.Index(dom, after)
	if i < 0 {
		t.Fatalf("page has no %q", after)
	}
	m := hrefRE.FindStringSubmatch(dom[i:])
	if m == nil {
		t.Fatalf("no link after %q", after)
	}
	return base + html.UnescapeString(m[1])
}

// TestBrowser walks the UI in headless Chromium over the sample and seed
// reports: search, narrow to a province, open a document, see a marked
// figure and its check, open the indicator page, download its XLSX.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skip("no chromium at " + chromiumPath)
	}
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	f := realFixture(t, Config{})
	ts := httptest.NewServer(f.srv)
	defer ts.Close()
	b := &browser{t: t, profile: t.TempDir(), shots: t.TempDir()}
	if *screenshots != "" {
		b.shots = *screenshots
		os.MkdirAll(b.shots, 0o755)
	}

	// 1. search
	u := ts.URL + "/search?q=" + url.QueryEscape("giai quyet viec lam")
	dom := b.dom(u)
	if !strings.Contains(dom, "<mark>") || !strings.Contains(dom, `class="hit"`) {
		t.Fatalf("search page shows no highlighted hits")
	}
	b.shot(u, "search", 1280, 900)
	b.shot(u, "search-phone", 390, 844)

	// 2. narrow to a province: the first facet value (the most frequent)
	u = link(t, ts.URL, dom, `id="facet-province"`)
	dom = b.dom(u)
	chip := regexp.MustCompile(`class="chip"[^>]*>([^<]*)`).FindStringSubmatch(dom)
	if chip == nil {
		t.Fatalf("narrowed search shows no active filter chip")
	}
	t.Logf("narrowed to %s", chip[1])
	b.shot(u, "search-province", 1280, 900)

	// 3. open the first document found
	u = link(t, ts.URL, dom, `class="hit"`)
	dom = b.dom(u)
	for _, want := range []string{`<mark class="fig">`, `class="check `, `<h2>`} {
		if !strings.Contains(dom, want) {
			t.Errorf("document page %s lacks %q", u, want)
		}
	}
	// a figure's check: the reference in the text points at a check entry
	ref := regexp.MustCompile(`class="ref ref-[a-z]+" href="#(check-\d+)"`).FindStringSubmatch(dom)
	if ref == nil || !strings.Contains(dom, `id="`+ref[1]+`"`) {
		t.Errorf("document page has no reference from the text to a check entry")
	}
	b.shot(u, "document", 1280, 1000)
	b.shot(u, "document-phone", 390, 844)

	// 4. the indicator page, from the document's records table when it
	// links to job creation, else by name
	u = ts.URL + "/indicator?indicator=" + url.QueryEscape("giải quyết việc làm")
	if m := regexp.MustCompile(`class="ind" href="([^"]*)">Giải quyết việc làm<`).FindStringSubmatch(dom); m != nil {
		u = ts.URL + html.UnescapeString(m[1])
	}
	dom = b.dom(u)
	if !strings.Contains(dom, "<svg") || !strings.Contains(dom, `<table class="records">`) {
		t.Errorf("indicator page %s lacks its chart or table", u)
	}
	b.shot(u, "indicator", 1280, 1000)

	// 5. download the XLSX the indicator page links to
	res, err := http.Get(link(t, ts.URL, dom, `id="xlsx"`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	x, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("downloaded XLSX does not open: %v", err)
	}
	rows, err := x.GetRows("records")
	x.Close()
	if err != nil || len(rows) < 2 {
		t.Errorf("downloaded XLSX has %d rows (%v), want a header and records", len(rows), err)
	}

	b.shot(ts.URL+"/records?indicator="+url.QueryEscape("việc làm"), "records", 1280, 900)

	// 6. the checks page, and a mismatch's evidence in its document
	dom = b.dom(ts.URL + "/checks")
	b.shot(ts.URL+"/checks", "checks", 1280, 900)
	if strings.Contains(dom, `class="check st-mismatch"`) {
		u = link(t, ts.URL, dom, `class="check st-mismatch"`)
		if !strings.Contains(u, "#ev-") {
			t.Errorf("a mismatch links to %s, want its evidence anchor", u)
		}
		// headless Chromium paints nothing when the URL scrolls to a
		// fragment, so the first mismatch's document is shot from the top
		b.shot(strings.Split(u, "#")[0], "document-mismatch", 1280, 1300)
	}
	// and the English switch
	b.shot(ts.URL+"/checks?lang=en", "checks-en", 1280, 900)
}
