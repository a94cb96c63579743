package html

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"baocao/gen"
	"baocao/ingest/internal/readertest"
)

// The byte matchers must answer as the regular expressions they stand for
// (and IsMHTML as it did with bytes.ToLower): these tests compare them on
// tables of edge cases and in FuzzMatchers.

var matchCases = []string{
	"", " ", "menu", "MENU", "main-menu", "news-detail", "newsdetail", "NewsDetail", "chi-tiet", "ExternalClass0A1B",
	"box tin-khac", "tinkhac", "ſocial", "faceboo\u212a", "facebook", "sidebar \u017fhare", "Kelvin \u212a", "zalo-share",
	"display:none", "display :  none", "DISPLAY:\tNONE;color:red", "display: block", "display\n:\fnone", "display:\vnone",
	"visibility:hidden", "visibility : HIDDEN", "visibility:visible", "di\u017fplay:none", "color:red;display:none",
	"displaydisplay:none", "display:nonex", "visibility:", "display", "nhiễu display:none",
	"font-family:VNI-Times", "font-family: .VnTime, serif; color: red", "FONT-FAMILY :Arial", "font-family:;", "font-family: ;",
	"font-family:  ", "font-family:", "font-family", "font-family-x:a;font-family:b", "font-familyfont-family:c", "font-family:\t;x",
	"x:font-family:'Times New Roman'", "font-family:\"Tiếng Việt\"", "font-family: ;font-family:a", "margin:0;font-family:Times;font-size:12pt",
	"font-family :\n;", "font-\u212aamily:x", "font-family:a;b",
}

func TestMatchers(t *testing.T) {
	for _, s := range matchCases {
		checkMatchers(t, s)
	}
}

func checkMatchers(t *testing.T, s string) {
	t.Helper()
	if got, want := positiveWords.match(s), positiveHint.MatchString(s); got != want {
		t.Errorf("positiveWords.match(%q) = %v, want %v", s, got, want)
	}
	if got, want := negativeWords.match(s), negativeHint.MatchString(s); got != want {
		t.Errorf("negativeWords.match(%q) = %v, want %v", s, got, want)
	}
	if got, want := isHidden(s), hiddenStyle.MatchString(s); got != want {
		t.Errorf("isHidden(%q) = %v, want %v", s, got, want)
	}
	got, ok := fontFamilyOf(s)
	m := fontFamily.FindStringSubmatch(s)
	if ok != (m != nil) || ok && got != m[1] {
		t.Errorf("fontFamilyOf(%q) = %q, %v; want %q", s, got, ok, m)
	}
	if got, want := IsMHTML([]byte(s)), refIsMHTML([]byte(s)); got != want {
		t.Errorf("IsMHTML(%q) = %v, want %v", s, got, want)
	}
}

// refIsMHTML is IsMHTML as it was.
func refIsMHTML(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	return bytes.Contains(head, []byte("mime-version:")) && bytes.Contains(head, []byte("multipart/related"))
}

var mhtmlCases = []string{
	"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n",
	"mime-version: 1.0\ncontent-type: MULTIPART/RELATED",
	"M\u0130ME-VERS\u0130ON: 1.0\nContent-Type: multipart/related",
	"MIME-Version: 1.0\nContent-Type: multipart/alternative",
	"<html>multipart/related</html>",
	"mime-version:" + strings.Repeat("x", 4090) + "multipart/related",
	"\xffMIME-Version:\xfe multipart/related\xc4",
}

func TestIsMHTMLSame(t *testing.T) {
	for _, s := range mhtmlCases {
		if got, want := IsMHTML([]byte(s)), refIsMHTML([]byte(s)); got != want {
			t.Errorf("IsMHTML(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzMatchers(f *testing.F) {
	for _, s := range matchCases {
		f.Add(s)
	}
	for _, s := range mhtmlCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMatchers(t, s)
	})
}

// pages returns the fixture pages and some generated portal pages.
func pages(t *testing.T) map[string][]byte {
	out := map[string][]byte{}
	for _, in := range readertest.Inputs(t, "*.input") {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(in)] = data
	}
	dir := t.TempDir()
	if _, err := gen.Generate(gen.Options{Dir: dir, N: 40, Seed: 11, Formats: map[string]int{"html": 1}}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, gen.ReportsDir, "*", "*.html"))
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(fn)] = data
	}
	return out
}

// TestUnmeasure checks that taking the pruned subtrees out of the stats
// gives what measuring the pruned tree again gives.
func TestUnmeasure(t *testing.T) {
	for name, data := range pages(t) {
		text, _, _ := decode(data, "")
		doc, err := html.Parse(strings.NewReader(text))
		if err != nil {
			continue
		}
		body := find(doc, atom.Body)
		if body == nil {
			body = doc
		}
		st := measureTree(body)
		var cut []edge
		prune(body, st, false, &cut)
		unmeasure(st, body, cut)
		fresh := measureTree(body)
		for n, want := range fresh {
			if got := st[n]; got == nil || *got != *want {
				t.Errorf("%s: stats of <%s> after pruning = %+v, measured again %+v", name, n.Data, got, want)
				break
			}
		}
	}
}

// refBoxHeading is boxHeading as it was, without the first-letter test.
func refBoxHeading(n *html.Node, st map[*html.Node]*stats) bool {
	if n.Type != html.ElementNode || st[n] == nil || st[n].text == 0 || st[n].text > 40 {
		return false
	}
	head := strings.ToLower(strings.Trim(strings.Join(strings.Fields(prefix(n, 80)), " "), " :.-»>"))
	for _, t := range boxTitles {
		if head == t {
			return true
		}
	}
	return false
}

// TestBoxHeadingSame compares boxHeading with its reference on every
// element of the test pages and of headings made to test the first-letter
// shortcut.
func TestBoxHeadingSame(t *testing.T) {
	all := pages(t)
	all["made"] = []byte(`<html><body><p>» Tin liên quan:</p><p>- - XEM THÊM</p><h4>:Bài liên quan</h4><p>  Chia sẻ </p><p>.» Tin khác</p>` +
		`<p>Liên kết website</p><p>1. Tin khác</p><p>İn</p><p>Ván bản</p><p>\xffTin khác</p><td>Tin mới</td><p>&nbsp;Tin mới nhất</p></body></html>`)
	headings := 0
	for name, data := range all {
		text, _, _ := decode(data, "")
		doc, err := html.Parse(strings.NewReader(text))
		if err != nil {
			continue
		}
		st := measureTree(doc)
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			got, want := boxHeading(n, st), refBoxHeading(n, st)
			if got {
				headings++
			}
			if got != want {
				t.Errorf("%s: boxHeading(<%s> %q) = %v, want %v", name, n.Data, prefix(n, 80), got, want)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
	if headings < 5 {
		t.Errorf("boxHeading found %d box headings in the test pages, want 5 or more", headings)
	}
}
