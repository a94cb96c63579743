package html

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/ingest"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class and id names that mark the article or the furniture around it, as
// portals in Vietnam name them (Vietnamese without diacritics, English).
var (
	positiveHint = regexp.MustCompile(`(?i)article|content|detail|noidung|noi-dung|chitiet|chi-tiet|news-?detail|main|body|post|entry|story|baiviet|bai-viet|text|tintuc|fulltext|ExternalClass|WordSection`)
	negativeHint = regexp.MustCompile(`(?i)menu|nav|footer|header|sidebar|side-bar|related|lienquan|lien-quan|lien_quan|tinkhac|tin-khac|tin_khac|othernews|other-news|other_news|comment|binhluan|share|social|sharing|facebook|twitter|zalo|breadcrumb|toolbar|tool-bar|banner|advert|quangcao|quang-cao|popup|modal|login|search|timkiem|widget|tags|rating|lienket|weblink|copyright|counter|visitor|hotline|subscribe|pagination|paging|caption|slide|marquee|calendar|weather|poll`)
	// unlikely is what removes a subtree outright before scoring (when no
	// positive hint offsets it).
	unlikely = negativeHint

	// the same as word sets; "news-?detail" needs no word of its own, as
	// "detail" is one
	positiveWords = newWordSet(positiveHint, literals(positiveHint))
	negativeWords = newWordSet(negativeHint, literals(negativeHint))
	unlikelyWords = negativeWords
)

// literals returns the alternatives of a (?i) regexp that are plain words.
func literals(re *regexp.Regexp) []string {
	var out []string
	for _, alt := range strings.Split(strings.TrimPrefix(re.String(), "(?i)"), "|") {
		if regexp.QuoteMeta(alt) == alt && !strings.Contains(alt, "?") {
			out = append(out, alt)
		}
	}
	return out
}

var hiddenStyle = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// boxTitles open a box of links to other articles. A subtree that starts
// with one and is mostly links is not the article.
var boxTitles = []string{"tin liên quan", "tin khác", "các tin khác", "tin cùng chuyên mục", "bài viết liên quan", "bài liên quan", "tin bài liên quan", "các bài viết khác", "xem thêm", "tin mới", "tin mới nhất", "tin đọc nhiều", "tin nổi bật", "văn bản liên quan", "liên kết website", "chia sẻ"}

// boxStarts holds the first letter of each box title.
var boxStarts = ingest.FirstLetters(boxTitles)

// dropped are elements whose text is never article text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Canvas: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Button: true, atom.Option: true,
	atom.Nav: true, atom.Aside: true, atom.Menu: true, atom.Figcaption: true, atom.Img: true,
	atom.Map: true, atom.Audio: true, atom.Video: true,
}

// stats is what scoring needs of a subtree.
type stats struct {
	text, link int // runes of text, runes inside <a>
	commas     int
}

type scorer struct {
	st    map[*html.Node]*stats
	score map[*html.Node]float64
}

// hasHints reports whether n has a class or an id.
func hasHints(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			return true
		}
	}
	return false
}

// hinted reports whether n's class or id holds one of the words. No word
// holds a space, so testing each value is testing them joined by spaces.
func hinted(n *html.Node, words *wordSet) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && words.match(a.Val) {
			return true
		}
	}
	return false
}

func classWeight(n *html.Node) float64 {
	if !hasHints(n) {
		return 0
	}
	w := 0.0
	if hinted(n, negativeWords) {
		w -= 25
	}
	if hinted(n, positiveWords) {
		w += 25
	}
	return w
}

// prune removes what is never the article: dropped elements, page-level
// header and footer, subtrees whose class or id says furniture (unless it
// also says content), and boxes of links to other news.
//
// With office set (a page exported by a word processor, which has no site
// furniture) only what is never shown or is page furniture goes: hidden
// elements, page headers and footers, fields.
//
// The subtrees removed are added to cut, with their parents, so the stats
// can be brought up to date afterwards (unmeasure): decisions are taken on
// the stats of the whole page.
func prune(n *html.Node, st map[*html.Node]*stats, office bool, cut *[]edge) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode {
			n.RemoveChild(c)
			*cut = append(*cut, edge{n, c})
		} else if c.Type == html.ElementNode && removable(c, st, office) {
			n.RemoveChild(c)
			*cut = append(*cut, edge{n, c})
		} else if links := nextElement(c); !office && links != nil && boxHeading(c, st) && st[links].density() >= 0.5 {
			// "Tin liên quan:" as a paragraph of its own, its links in the
			// list after it
			next = links.NextSibling
			n.RemoveChild(c)
			n.RemoveChild(links)
			*cut = append(*cut, edge{n, c}, edge{n, links})
		} else {
			prune(c, st, office, cut)
		}
		c = next
	}
}

// edge is a subtree cut from its parent.
type edge struct{ parent, child *html.Node }

// unmeasure takes the subtrees cut under root out of the stats of their
// ancestors, which measuring the pruned tree again would give (stats are
// sums over the children).
func unmeasure(st map[*html.Node]*stats, root *html.Node, cut []edge) {
	for _, e := range cut {
		s := st[e.child]
		if s == nil || *s == (stats{}) {
			continue
		}
		for p := e.parent; p != nil; p = p.Parent {
			if ps := st[p]; ps != nil {
				ps.text -= s.text
				ps.link -= s.link
				ps.commas -= s.commas
			}
			if p == root {
				break
			}
		}
	}
}

func removable(n *html.Node, st map[*html.Node]*stats, office bool) bool {
	if dropped[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	if (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) && !insideArticle(n) {
		return true
	}
	if n.Data == "sdfield" {
		return true // a LibreOffice field (page number) in exported HTML
	}
	for _, a := range n.Attr {
		if a.Key == "hidden" || a.Key == "aria-hidden" && a.Val == "true" ||
			a.Key == "style" && isHidden(a.Val) {
			return true // not shown to a reader: mobile menus, templates
		}
		// LibreOffice exports a page header or footer as <div title="header">.
		if a.Key == "title" && (a.Val == "header" || a.Val == "footer") && n.DataAtom == atom.Div {
			return true
		}
	}
	if office {
		return false
	}
	switch n.DataAtom {
	case atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Th:
		// a table's own parts: "header" on a thead names a heading row
	default:
		if hinted(n, unlikelyWords) && !hinted(n, positiveWords) {
			return true
		}
	}
	s := st[n]
	if s != nil && s.text > 0 && s.link*2 >= s.text && isBox(n) {
		return true
	}
	return false
}

// nextElement returns the element after n, past white space; nil when text
// or nothing comes first.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode:
			return c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		}
	}
	return nil
}

// boxHeading reports whether n is nothing but a box title ("Tin liên
// quan:", "Các tin khác").
func boxHeading(n *html.Node, st map[*html.Node]*stats) bool {
	if n.Type != html.ElementNode || st[n] == nil || st[n].text == 0 || st[n].text > 40 {
		return false
	}
	text := prefix(n, 80)
	// The heading's first letter, past white space and the trimmed marks,
	// must start a box title; most short elements (cells of figures, links)
	// fail here.
	i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsSpace(r) && !strings.ContainsRune(":.-»>", r) })
	if i < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[i:]); !strings.ContainsRune(boxStarts, unicode.ToLower(r)) {
		return false
	}
	head := strings.ToLower(strings.Trim(strings.Join(strings.Fields(text), " "), " :.-»>"))
	for _, t := range boxTitles {
		if head == t {
			return true
		}
	}
	return false
}

func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// isBox reports whether the subtree's text starts with a box title.
func isBox(n *html.Node) bool {
	head := strings.ToLower(strings.Join(strings.Fields(prefix(n, 60)), " "))
	for _, t := range boxTitles {
		if strings.HasPrefix(head, t) {
			return true
		}
	}
	return false
}

// prefix returns the first text of a subtree, up to max bytes or so.
func prefix(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < max; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case html.ElementNode:
				if !dropped[c.DataAtom] {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return b.String()
}

// measureTree returns the stats of every node under root (measure), the
// map sized and the stats allocated at once.
func measureTree(root *html.Node) map[*html.Node]*stats {
	n := count(root)
	m := &measurer{st: make(map[*html.Node]*stats, n), slab: make([]stats, n)}
	m.measure(root, false)
	return m.st
}

func count(n *html.Node) int {
	k := 1
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += count(c)
	}
	return k
}

type measurer struct {
	st   map[*html.Node]*stats
	slab []stats
}

// measure fills st for every node of the tree, bottom up.
func (m *measurer) measure(n *html.Node, inLink bool) *stats {
	s := &m.slab[0]
	m.slab = m.slab[1:]
	m.st[n] = s
	if n.Type == html.TextNode {
		t := strings.TrimSpace(n.Data)
		s.text = utf8.RuneCountInString(t)
		s.commas = strings.Count(t, ",")
		if inLink {
			s.link = s.text
		}
		return s
	}
	if n.Type == html.ElementNode && dropped[n.DataAtom] {
		return s
	}
	link := inLink || n.DataAtom == atom.A
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs := m.measure(c, link)
		s.text += cs.text
		s.link += cs.link
		s.commas += cs.commas
	}
	return s
}

func (s *stats) density() float64 {
	if s == nil || s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// paragraphLike elements carry the article's sentences.
var paragraphLike = map[atom.Atom]bool{atom.P: true, atom.Td: true, atom.Pre: true, atom.Blockquote: true, atom.Li: true, atom.Dd: true}

var blockLevel = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Ul: true, atom.Caption: true, atom.Body: true, atom.Html: true, atom.Summary: true,
}

// hasBlockChild reports whether n has an element child that starts a block.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockLevel[c.DataAtom] {
			return true
		}
	}
	return false
}

// mainContent returns the element holding the article and the siblings
// that belong with it, in document order; body when nothing scores.
func mainContent(body *html.Node, st map[*html.Node]*stats) []*html.Node {
	sc := map[*html.Node]float64{}
	var order []*html.Node // candidates in the order met, for a stable choice
	init := func(n *html.Node) {
		if _, ok := sc[n]; ok {
			return
		}
		order = append(order, n)
		w := classWeight(n)
		switch n.DataAtom {
		case atom.Div, atom.Article, atom.Main, atom.Section:
			w += 5
		case atom.Pre, atom.Td, atom.Blockquote:
			w += 3
		case atom.Form, atom.Ol, atom.Ul, atom.Dl, atom.Address:
			w -= 3
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
			w -= 5
		}
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			w += 10
		}
		sc[n] = w
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			// A cell or div holding paragraphs is a container, not a paragraph.
			isPara := (paragraphLike[c.DataAtom] || c.DataAtom == atom.Div || c.DataAtom == atom.Span || c.DataAtom == atom.Font) && !hasBlockChild(c)
			if s := st[c]; isPara && s != nil && s.text >= 25 {
				score := (1 + float64(s.commas) + min(float64(s.text)/100, 3)) * (1 - s.density())
				if (c.DataAtom == atom.Td || c.DataAtom == atom.Div) && s.text >= 200 {
					// Old portals put the whole article in one cell as text
					// and <br>s: the cell is then a container too.
					init(c)
					sc[c] += score
				}
				if p := c.Parent; p != nil && p.Type == html.ElementNode {
					init(p)
					sc[p] += score
					if g := p.Parent; g != nil && g.Type == html.ElementNode {
						init(g)
						sc[g] += score / 2
					}
				}
			}
			visit(c)
		}
	}
	visit(body)
	var best *html.Node
	bestScore := 0.0
	final := map[*html.Node]float64{}
	for _, n := range order {
		f := sc[n] * (1 - st[n].density())
		final[n] = f
		if best == nil || f > bestScore || f == bestScore && depth(n) > depth(best) {
			best, bestScore = n, f
		}
	}
	if best == nil || bestScore <= 0 {
		return []*html.Node{body}
	}
	// A candidate that is the only element child of its parent brings
	// nothing by itself: climb so the article's title next to it can join.
	for best.Parent != nil && best.Parent != body && best.Parent.Type == html.ElementNode && onlyElementChild(best) {
		best = best.Parent
	}
	if best == body || best.Parent == nil {
		return []*html.Node{best}
	}
	var out []*html.Node
	threshold := max(10, bestScore*0.2)
	for s := best.Parent.FirstChild; s != nil; s = s.NextSibling {
		switch {
		case s == best:
			out = append(out, s)
		case s.Type != html.ElementNode:
		case final[s] >= threshold:
			out = append(out, s)
		case s.DataAtom == atom.P || isHeading(s) || (s.DataAtom == atom.Div || s.DataAtom == atom.Span) && !hasBlockChild(s):
			// A heading, date line, summary or short paragraph right by the
			// article.
			if st := st[s]; st != nil && st.text > 0 && st.density() < 0.25 {
				out = append(out, s)
			}
		}
	}
	return out
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3:
		return true
	}
	return false
}

func onlyElementChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// officeExport reports whether a word processor wrote the page (Word's or
// LibreOffice's generator tag, Word's WordSection divs): such a page is a
// document, all of it the text.
func officeExport(doc *html.Node) bool {
	var found bool
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found || n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			var name, content string
			for _, a := range n.Attr {
				switch strings.ToLower(a.Key) {
				case "name":
					name = strings.ToLower(a.Val)
				case "content":
					content = strings.ToLower(a.Val)
				}
			}
			if (name == "generator" || name == "progid") && (strings.Contains(content, "microsoft word") ||
				strings.Contains(content, "libreoffice") || strings.Contains(content, "openoffice") || content == "word.document") {
				found = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}
