package html

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"baocao"
	"baocao/ingest"
)

type seg struct {
	text strings.Builder
	font string
}

// renderer turns the chosen subtrees into blocks.
type renderer struct {
	out     []baocao.Block
	segs    []*seg
	space   bool // white space seen since the last text
	fonts   []string
	pre     int
	sup     int   // inside <sup>
	cells   []int // for each open data-table cell, len(out) when it began
	dropped int   // chrome paragraphs left out
	css     *sheet
}

var fontFamily = regexp.MustCompile(`(?i)font-family\s*:\s*([^;]+)`)

// fontOf returns the font an element sets: <font face> or the first
// family of an inline font-family style; "" when it sets none.
func fontOf(n *html.Node) string {
	for _, a := range n.Attr {
		var list string
		switch {
		case a.Key == "face" && n.DataAtom == atom.Font:
			list = a.Val
		case a.Key == "style":
			list, _ = fontFamilyOf(a.Val)
		}
		if list != "" {
			return firstFamily(list)
		}
	}
	return ""
}

func (r *renderer) font() string {
	if len(r.fonts) == 0 {
		return ""
	}
	return r.fonts[len(r.fonts)-1]
}

func (r *renderer) empty() bool {
	for _, s := range r.segs {
		if s.text.Len() > 0 {
			return false
		}
	}
	return true
}

// write adds text in the current font; white space collapses as a browser
// collapses it, except inside <pre>.
func (r *renderer) write(s string) {
	if r.sup > 0 {
		s = ingest.Raised(s, ingest.LegacyFont(r.font()))
	}
	if r.pre > 0 {
		r.add(s)
		return
	}
	// After the first word the line is not empty and the font the same:
	// the other words go straight into the last stretch, a space before
	// each; when the text's only white space is single spaces between
	// words, that is the text itself.
	if first, rest, ok := singleSpaced(s); ok {
		if startsSpace(s) {
			r.space = true
		}
		if r.space && !r.empty() {
			r.add(" ")
		}
		r.space = false
		r.add(first)
		if rest != "" {
			sg := r.segs[len(r.segs)-1]
			sg.text.Grow(len(rest))
			sg.text.WriteString(rest)
		}
	} else {
		r.fields(s)
	}
	if endsSpace(s) || strings.TrimSpace(s) == "" && s != "" {
		r.space = true
	}
}

// singleSpaced splits s, less one leading and one trailing space, into its
// first word and the rest, when its white space (as strings.Fields sees
// it) is only single spaces between words: the rest is then the other
// words each after a space. ok is false for other text, and for text with
// no word.
func singleSpaced(s string) (first, rest string, ok bool) {
	s = strings.TrimPrefix(s, " ")
	s = strings.TrimSuffix(s, " ")
	if s == "" || s[0] == ' ' {
		return "", "", false
	}
	cut := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if s[i-1] == ' ' || i == len(s)-1 {
				return "", "", false
			}
			if cut < 0 {
				cut = i
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return "", "", false
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			// lead bytes of U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return "", "", false
			}
		}
	}
	if cut < 0 {
		return s, "", true
	}
	return s[:cut], s[cut:], true
}

// fields writes the words of s one by one (see write).
func (r *renderer) fields(s string) {
	var sg *seg
	for f := range strings.FieldsSeq(s) {
		if sg != nil {
			sg.text.WriteByte(' ')
			sg.text.WriteString(f)
			continue
		}
		if startsSpace(s) {
			r.space = true
		}
		if r.space && !r.empty() {
			r.add(" ")
		}
		r.space = false
		r.add(f)
		sg = r.segs[len(r.segs)-1]
	}
}

func startsSpace(s string) bool { return s != "" && strings.IndexByte(" \t\n\r\f", s[0]) >= 0 }
func endsSpace(s string) bool   { return s != "" && strings.IndexByte(" \t\n\r\f", s[len(s)-1]) >= 0 }

func (r *renderer) add(s string) {
	f := r.font()
	if n := len(r.segs); n == 0 || r.segs[n-1].font != f {
		r.segs = append(r.segs, &seg{font: f})
	}
	r.segs[len(r.segs)-1].text.WriteString(s)
}

// flush ends the open paragraph or line with br. Inside a data-table cell
// the pieces of a cell are joined by a space instead, so a row stays one
// line. With nothing open, a stronger break upgrades the last block's
// (<br><br> makes a paragraph).
func (r *renderer) flush(br baocao.Break) {
	r.space = false
	inCell := len(r.cells) > 0
	if r.empty() {
		r.segs = r.segs[:0]
		floor := 0
		if inCell {
			return
		}
		if n := len(r.out); n > floor && r.out[n-1].Break < br && r.out[n-1].Break != baocao.BreakCell {
			r.out[n-1].Break = br
		}
		return
	}
	if r.pre == 0 && ingest.IsChrome(r.joined()) {
		r.dropped++
		r.segs = r.segs[:0]
		return
	}
	first := len(r.out)
	for _, s := range r.segs {
		if s.text.Len() > 0 {
			r.out = append(r.out, baocao.Block{Text: s.text.String(), Font: s.font})
		}
	}
	r.segs = r.segs[:0]
	r.out[first].Text = strings.TrimLeft(r.out[first].Text, " ")
	last := &r.out[len(r.out)-1]
	last.Text = strings.TrimRight(last.Text, " ")
	if t, ok := ingest.CutCaption(last.Text); ok {
		last.Text = t
	}
	if inCell {
		last.Text += " "
		last.Break = baocao.BreakNone
	} else {
		last.Break = br
	}
}

// joined returns the open line's text.
func (r *renderer) joined() string {
	if len(r.segs) == 1 {
		return r.segs[0].text.String()
	}
	var all strings.Builder
	for _, s := range r.segs {
		all.WriteString(s.text.String())
	}
	return all.String()
}

// render walks n, writing its text and structure.
func (r *renderer) render(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.write(n.Data)
		return
	case html.DocumentNode:
		r.children(n)
		return
	case html.ElementNode:
	default:
		return
	}
	if dropped[n.DataAtom] {
		return
	}
	f := fontOf(n)
	if f == "" {
		f = r.css.font(n)
	}
	if f != "" {
		r.fonts = append(r.fonts, f)
		defer func() { r.fonts = r.fonts[:len(r.fonts)-1] }()
	}
	switch n.DataAtom {
	case atom.Br:
		switch {
		case len(r.cells) > 0:
			r.space = true
		case r.empty() && len(r.out) > 0 && r.out[len(r.out)-1].Break == baocao.BreakLine:
			r.setBreak(baocao.BreakPara) // <br><br> ends a paragraph
		default:
			r.flush(baocao.BreakLine)
		}
		return
	case atom.Sup:
		r.sup++
		r.children(n)
		r.sup--
		return
	case atom.Pre:
		r.flush(baocao.BreakPara)
		r.pre++
		r.children(n)
		r.pre--
		r.flush(baocao.BreakPara)
		return
	case atom.Table:
		if isDataTable(n) {
			r.flush(baocao.BreakPara)
			r.table(n)
			r.flush(baocao.BreakPara)
			r.setBreak(baocao.BreakPara)
			return
		}
	case atom.Li, atom.Dt, atom.Dd, atom.Tr:
		r.flush(baocao.BreakLine)
		r.children(n)
		r.flush(baocao.BreakLine)
		return
	}
	if blockLevel[n.DataAtom] {
		r.flush(baocao.BreakPara)
		r.children(n)
		r.flush(baocao.BreakPara)
		return
	}
	r.children(n)
}

func (r *renderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.render(c)
	}
}

func (r *renderer) setBreak(b baocao.Break) {
	if n := len(r.out); n > 0 {
		r.out[n-1].Break = b
	}
}

// table renders a data table row by row.
func (r *renderer) table(t *html.Node) {
	for _, row := range rows(t) {
		for c := row.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			r.cells = append(r.cells, len(r.out))
			r.children(c)
			r.flush(baocao.BreakCell)
			began := r.cells[len(r.cells)-1]
			r.cells = r.cells[:len(r.cells)-1]
			if len(r.out) == began {
				r.out = append(r.out, baocao.Block{})
			}
			last := &r.out[len(r.out)-1]
			last.Text = strings.TrimRight(last.Text, " ")
			last.Break = baocao.BreakCell
		}
		r.setBreak(baocao.BreakLine)
	}
}

// rows lists a table's rows, through thead, tbody and tfoot but not into
// nested tables.
func rows(t *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				out = append(out, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c)
			}
		}
	}
	walk(t)
	return out
}

// isDataTable tells a table of figures from a layout table: a data table
// has rows of two or more cells, no table inside it, and no cell holding
// most of its text (a page laid out as one big cell).
func isDataTable(t *html.Node) bool {
	cols, total, biggest := 0, 0, 0
	for _, row := range rows(t) {
		n := 0
		for c := row.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			n++
			if hasTable(c) {
				return false
			}
			l := len(prefix(c, 4000))
			total += l
			biggest = max(biggest, l)
		}
		cols = max(cols, n)
	}
	return cols >= 2 && (total < 400 || biggest*10 < total*8)
}

func hasTable(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Table || hasTable(c)) {
			return true
		}
	}
	return false
}
