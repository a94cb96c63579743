package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"baocao"
)

// flat reads a page the tree parser refused (x/net/html gives up on
// elements nested more than 512 deep, which broken pages full of unclosed
// <font> tags reach). It walks the tokens instead: text outside scripts and
// styles, block tags as paragraph breaks, <br> and rows as line breaks,
// cells as cell breaks. No main-content choice is made.
func flat(text string) []baocao.Block {
	z := html.NewTokenizer(strings.NewReader(text))
	r := &renderer{}
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			r.flush(baocao.BreakPara)
			return r.out
		case html.TextToken:
			if skip == 0 {
				r.write(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Template || a == atom.Head || a == atom.Svg:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case a == atom.Br:
				r.flush(baocao.BreakLine)
			case a == atom.Td || a == atom.Th:
				if tt == html.EndTagToken {
					r.flush(baocao.BreakCell)
				}
			case a == atom.Tr || a == atom.Li:
				r.flush(baocao.BreakLine)
			case blockLevel[a]:
				r.flush(baocao.BreakPara)
			}
		}
	}
}
