package html

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"baocao"
	"baocao/ingest"
)

// maxTags bounds the elements of a page: each becomes a tree node of a few
// hundred bytes, and real pages have well under a hundred thousand.
const maxTags = 4 << 20

// Reader reads HTML pages. The zero value keeps only the main content;
// set WholePage to keep all visible text. Safe for concurrent use.
type Reader struct {
	WholePage bool
}

var _ baocao.Reader = (*Reader)(nil)

// Formats lists the HTML extensions.
func (*Reader) Formats() []string {
	return []string{"html", "htm", "xhtml", "shtml", "asp", "aspx", "php", "jsp", "mht", "mhtml"}
}

// Read decodes, parses and extracts the page (see the package comment).
// Errors wrap baocao.ErrEmpty or baocao.ErrCorrupt; a page with no text is
// not an error.
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer ingest.Recover(&err, "html")
	if len(src.Data) == 0 {
		return nil, fmt.Errorf("html: %w", baocao.ErrEmpty)
	}
	data, label := src.Data, ""
	format := "html"
	if IsMHTML(data) {
		if data, label, err = fromMHTML(data); err != nil {
			return nil, fmt.Errorf("html: %v: %w", err, baocao.ErrCorrupt)
		}
		format = "mht"
	}
	if n := bytes.Count(data, []byte("<")); n > maxTags {
		return nil, fmt.Errorf("html: %d tags, limit %d: %w", n, maxTags, baocao.ErrTooLarge)
	}
	text, enc, warning := decode(data, label)
	c = &baocao.Content{Format: format, Reader: "html", Encoding: enc}
	if warning != "" {
		c.Warnings = append(c.Warnings, warning)
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		c.Blocks = flat(text)
		c.Warnings = append(c.Warnings, fmt.Sprintf("html: %v; read as flat text, menus and boxes not removed", err))
		return c, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.Title = title(doc)
	body := find(doc, atom.Body)
	if body == nil {
		body = doc
	}
	st := measureTree(body)
	roots := []*html.Node{body}
	switch {
	case r.WholePage:
	case officeExport(doc):
		prune(body, st, true, new([]edge))
	default:
		var cut []edge
		prune(body, st, false, &cut)
		unmeasure(st, body, cut)
		roots = mainContent(body, st)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	css := parseSheets(doc)
	rd := &renderer{css: css}
	for _, n := range roots {
		rd.render(n)
		rd.flush(baocao.BreakPara)
	}
	if len(rd.out) == 0 && roots[0] != body {
		rd = &renderer{css: css}
		rd.render(body)
		rd.flush(baocao.BreakPara)
	}
	c.Blocks = rd.out
	if rd.dropped > 0 {
		c.Warnings = append(c.Warnings, fmt.Sprintf("html: dropped %d web-portal chrome lines", rd.dropped))
	}
	return c, nil
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// title returns the page's <title>, white space collapsed.
func title(doc *html.Node) string {
	t := find(doc, atom.Title)
	if t == nil {
		return ""
	}
	var b strings.Builder
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
