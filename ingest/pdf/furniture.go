package pdf

import (
	"math"
	"regexp"
	"strings"
	"unicode"
)

// pageNumberRE matches a bare page number line: "3", "- 3 -", "Trang 3",
// "3/58", "Page 3 of 58".
var pageNumberRE = regexp.MustCompile(`(?i)^[\s\-–—]*(trang|page)?\s*\d{1,4}(\s*(/|of|trên)\s*\d{1,4})?[\s\-–—]*$`)

// A line is a candidate for a running header or footer when it is one of
// the furnitureEdge first or last lines of its page and, where positions
// are known, lies in the top or bottom furnitureBand of the page.
const (
	furnitureEdge = 3
	furnitureBand = 0.12
)

// removeFurniture drops running headers and footers (a line repeated, digits
// aside, at the same height on at least half the pages, three at least) and
// bare page numbers at the top or bottom of a page. It returns how many
// lines it removed.
func removeFurniture(pages []page) int {
	type key struct {
		text string
		y    int
	}
	count := map[key]int{}
	keyOf := func(l *line) key {
		k := key{text: furnitureText(l.text()), y: -1}
		if l.Known {
			k.y = int(math.Round(l.Y / 6))
		}
		return k
	}
	edge := func(p *page, lines []line, i int) bool {
		if i >= furnitureEdge && i < len(lines)-furnitureEdge {
			return false
		}
		l := &lines[i]
		if !l.Known || p.Height <= 0 {
			return true
		}
		return l.Y > (1-furnitureBand)*p.Height || l.Y < furnitureBand*p.Height
	}
	for pi := range pages {
		p := &pages[pi]
		seen := map[key]bool{}
		for i := range p.Lines {
			if !edge(p, p.Lines, i) {
				continue
			}
			k := keyOf(&p.Lines[i])
			if k.text != "" && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	need := max(3, (len(pages)+1)/2)
	removed := 0
	for pi := range pages {
		p := &pages[pi]
		kept := p.Lines[:0]
		n := len(p.Lines)
		for i := range p.Lines {
			l := p.Lines[i]
			if edge(p, p.Lines[:n], i) {
				k := keyOf(&l)
				first, last := i == 0, i == n-1
				if count[k] >= need || (first || last) && pageNumberRE.MatchString(l.text()) {
					removed++
					continue
				}
			}
			kept = append(kept, l)
		}
		p.Lines = kept
	}
	return removed
}

// furnitureText is a line's text with digits and spacing folded, so that
// "Trang 3" and "Trang 4" compare equal.
func furnitureText(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('#')
		case unicode.IsSpace(r):
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
