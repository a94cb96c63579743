package odt

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// Lists in ODF carry no numbers in their text: "1.", "a)" and bullets come
// from the list style (text:list-style), so the reader computes them and
// writes them before the first paragraph of each item, followed by a
// space. Numbering restarts with each top-level list unless it says
// text:continue-numbering="true" or text:continue-list.

type listLevel struct {
	bullet         string // set for a bullet level
	format         string // "1", "a", "A", "i", "I", "" for none
	prefix, suffix string
	start, display int
}

// listStyle is a text:list-style: its levels, 1-based (index 0 unused).
type listStyle [11]listLevel

// readListStyle reads a text:list-style element up to its end.
func readListStyle(se xml.StartElement, d *xml.Decoder) *listStyle {
	ls := &listStyle{}
	for i := range ls {
		ls[i].start, ls[i].display = 1, 1
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return ls
		}
		if ee, ok := tok.(xml.EndElement); ok && ee.Name == se.Name {
			return ls
		}
		ce, ok := tok.(xml.StartElement)
		if !ok || ce.Name.Space != nsText {
			continue
		}
		lvl, err := strconv.Atoi(attr(ce, nsText, "level"))
		if err != nil || lvl < 1 || lvl > 10 {
			continue
		}
		l := &ls[lvl]
		switch ce.Name.Local {
		case "list-level-style-bullet":
			l.bullet = bulletText(attr(ce, nsText, "bullet-char"))
		case "list-level-style-number":
			l.format = attr(ce, nsStyle, "num-format")
			l.prefix, l.suffix = attr(ce, nsStyle, "num-prefix"), attr(ce, nsStyle, "num-suffix")
			if v, err := strconv.Atoi(attr(ce, nsText, "start-value")); err == nil {
				l.start = v
			}
			if v, err := strconv.Atoi(attr(ce, nsText, "display-levels")); err == nil && v >= 1 {
				l.display = v
			}
		}
	}
}

func bulletText(c string) string {
	switch c {
	case "-", "–", "—", "+", "*", "•", "o", "·", "":
		return c
	}
	return "•" // symbol-font glyphs
}

// list is an open text:list.
type list struct {
	style    string
	counters *[11]int
}

// listState numbers list items.
type listState struct {
	styles  map[string]*listStyle
	open    []*list
	byStyle map[string]*[11]int // counters, shared by lists that continue
	pending string              // the label of the item whose first paragraph is next
}

func (ls *listState) startList(se xml.StartElement) {
	style := attr(se, nsText, "style-name")
	if style == "" && len(ls.open) > 0 {
		style = ls.open[len(ls.open)-1].style
	}
	l := &list{style: style}
	switch {
	case len(ls.open) > 0:
		l.counters = ls.open[len(ls.open)-1].counters
	case attr(se, nsText, "continue-numbering") == "true" || attr(se, nsText, "continue-list") != "":
		l.counters = ls.byStyle[style]
	}
	if l.counters == nil {
		l.counters = &[11]int{}
	}
	if ls.byStyle == nil {
		ls.byStyle = map[string]*[11]int{}
	}
	ls.byStyle[style] = l.counters
	ls.open = append(ls.open, l)
}

func (ls *listState) endList() {
	if len(ls.open) > 0 {
		ls.open = ls.open[:len(ls.open)-1]
	}
	ls.pending = ""
}

// item advances the counter of the current level and sets the label for
// the item's first paragraph.
func (ls *listState) item(se xml.StartElement) {
	ls.pending = ""
	depth := len(ls.open)
	if depth == 0 || depth > 10 {
		return
	}
	l := ls.open[depth-1]
	st := ls.styles[l.style]
	if st == nil {
		return
	}
	c := l.counters
	if v, err := strconv.Atoi(attr(se, nsText, "start-value")); err == nil {
		c[depth] = v
	} else if c[depth] == 0 {
		c[depth] = st[depth].start
	} else {
		c[depth]++
	}
	for i := depth + 1; i < len(c); i++ {
		c[i] = 0
	}
	lv := st[depth]
	if lv.bullet != "" {
		ls.pending = lv.bullet
		return
	}
	if lv.format == "" {
		return
	}
	var parts []string
	for i := max(1, depth-lv.display+1); i <= depth; i++ {
		f := st[i].format
		if i == depth {
			f = lv.format
		}
		parts = append(parts, numText(f, max(c[i], 1)))
	}
	ls.pending = lv.prefix + strings.Join(parts, ".") + lv.suffix
}

// take returns the pending label once.
func (ls *listState) take() string {
	l := ls.pending
	ls.pending = ""
	return l
}

func numText(f string, v int) string {
	switch f {
	case "a":
		return strings.Repeat(string(rune('a'+(v-1)%26)), (v-1)/26+1)
	case "A":
		return strings.Repeat(string(rune('A'+(v-1)%26)), (v-1)/26+1)
	case "i":
		return strings.ToLower(roman(v))
	case "I":
		return roman(v)
	}
	return strconv.Itoa(v)
}

func roman(v int) string {
	if v <= 0 || v >= 4000 {
		return strconv.Itoa(v)
	}
	var b strings.Builder
	for _, p := range []struct {
		n int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= p.n {
			b.WriteString(p.s)
			v -= p.n
		}
	}
	return b.String()
}
