package html

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sheet holds the font-family rules of a page's <style> elements, for the
// simple selectors word processors write: "p", ".western", "p.MsoNormal",
// "span.x", comma lists of those. Anything fancier (descendants, ids,
// attributes) is ignored: the aim is only the font hint for legacy text.
type sheet struct {
	byTag   map[string]string // "p" → ".VnTime"
	byClass map[string]string // "western" or "p.western" → ".VnTime"
}

var cssRule = regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)

func parseSheets(doc *html.Node) *sheet {
	s := &sheet{byTag: map[string]string{}, byClass: map[string]string{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Style {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					s.add(c.Data)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return s
}

func (s *sheet) add(css string) {
	css = strings.NewReplacer("<!--", " ", "-->", " ").Replace(stripComments(css)) // old pages hide CSS in an HTML comment
	for _, m := range cssRule.FindAllStringSubmatch(css, -1) {
		f, ok := fontFamilyOf(m[2])
		if !ok {
			continue
		}
		font := firstFamily(f)
		for sel := range strings.SplitSeq(m[1], ",") {
			sel = strings.ToLower(strings.TrimSpace(sel))
			if sel == "" || strings.ContainsAny(sel, " >+~#[:*@") {
				continue
			}
			tag, class, hasClass := strings.Cut(sel, ".")
			switch {
			case !hasClass:
				s.byTag[tag] = font
			case tag == "":
				s.byClass[class] = font
			default:
				s.byClass[tag+"."+class] = font
			}
		}
	}
}

func stripComments(css string) string {
	for {
		i := strings.Index(css, "/*")
		if i < 0 {
			return css
		}
		j := strings.Index(css[i+2:], "*/")
		if j < 0 {
			return css[:i]
		}
		css = css[:i] + css[i+2+j+2:]
	}
}

// font returns the font the sheet gives n by its tag and classes; a class
// rule beats a tag rule.
func (s *sheet) font(n *html.Node) string {
	if s == nil {
		return ""
	}
	tag := strings.ToLower(n.Data)
	if len(s.byClass) == 0 {
		return s.byTag[tag]
	}
	for _, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		for _, c := range strings.Fields(strings.ToLower(a.Val)) {
			if f := s.byClass[tag+"."+c]; f != "" {
				return f
			}
			if f := s.byClass[c]; f != "" {
				return f
			}
		}
	}
	return s.byTag[tag]
}

func firstFamily(list string) string {
	first, _, _ := strings.Cut(list, ",")
	return strings.Trim(strings.TrimSpace(first), `"' `)
}
