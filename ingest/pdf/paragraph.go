package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao"
)

// pageBlocks turns one page's lines into blocks: lines are joined into
// paragraphs (BreakPara), table rows end with BreakLine and their cells with
// BreakCell, and the page's last block ends with BreakPage.
func pageBlocks(lines []line, num int) []baocao.Block {
	var out []baocao.Block
	if len(lines) == 0 {
		return nil
	}
	m := measure(lines)
	for i := range lines {
		l := &lines[i]
		var next *line
		if i+1 < len(lines) {
			next = &lines[i+1]
		}
		end := baocao.BreakNone
		switch {
		case next == nil:
			end = baocao.BreakPara
		case isRow(l) || isRow(next):
			end = baocao.BreakLine
		case m.paragraphBetween(l, next):
			end = baocao.BreakPara
		}
		for j, r := range l.Runs {
			t := r.Text
			br := baocao.BreakNone
			switch {
			case r.Cell:
				br = baocao.BreakCell
			case j == len(l.Runs)-1:
				br = end
			}
			if j == len(l.Runs)-1 && end == baocao.BreakNone {
				// The line continues in the next one: undo a hyphenation
				// or put back the space the line break stood for.
				if joined, ok := dehyphenate(t, next); ok {
					t = joined
				} else if !strings.HasSuffix(t, " ") {
					t += " "
				}
			}
			if n := len(out); n > 0 && out[n-1].Break == baocao.BreakNone && out[n-1].Font == r.Font {
				out[n-1].Text += t
				out[n-1].Break = br
				continue
			}
			out = append(out, baocao.Block{Text: t, Font: r.Font, Page: num, Break: br})
		}
	}
	if n := len(out); n > 0 {
		out[n-1].Break = baocao.BreakPage
	}
	return out
}

// isRow reports whether a line is a table row (it has a cell gap).
func isRow(l *line) bool {
	for _, r := range l.Runs {
		if r.Cell {
			return true
		}
	}
	return false
}

// dehyphenate joins a word split across lines by a hyphen ("infor-" +
// "mation": ASCII lower case on both sides). Other line-end hyphens stay,
// followed by the line break's space: Vietnamese does not hyphenate
// syllables, its hyphens join words, and reports often write "Lao động-
// TBXH" with a space that the line break swallowed.
func dehyphenate(t string, next *line) (string, bool) {
	if next == nil || len(next.Runs) == 0 || !strings.HasSuffix(t, "-") || strings.HasSuffix(t, " -") || t == "-" {
		return t, false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, "-"))
	first, _ := utf8.DecodeRuneInString(next.Runs[0].Text)
	if unicode.IsSpace(before) {
		return t, false
	}
	if before >= 'a' && before <= 'z' && first >= 'a' && first <= 'z' {
		return strings.TrimSuffix(t, "-"), true
	}
	return t, false
}

// metrics are a page's typical line spacing and text margins.
type metrics struct {
	spacing     float64 // median baseline distance between consecutive lines
	left, right float64
	known       bool
}

func measure(lines []line) metrics {
	var m metrics
	var gaps, lefts, rights []float64
	for i, l := range lines {
		if !l.Known {
			return m
		}
		lefts = append(lefts, l.X0)
		rights = append(rights, l.X1)
		if i > 0 {
			if d := lines[i-1].Y - l.Y; d > 0 && d < 3*math.Max(l.Size, 1) {
				gaps = append(gaps, d)
			}
		}
	}
	m.known = true
	m.spacing = median(gaps)
	sort.Float64s(lefts)
	sort.Float64s(rights)
	m.left = lefts[len(lefts)/10]
	m.right = rights[len(rights)*9/10]
	return m
}

// paragraphBetween decides whether next starts a new paragraph.
func (m metrics) paragraphBetween(l, next *line) bool {
	if !m.known || !l.Known || !next.Known {
		return next.Blank
	}
	size := math.Max(l.Size, 1)
	d := l.Y - next.Y
	spacing := m.spacing
	if spacing <= 0 {
		spacing = 1.2 * size
	}
	switch {
	case d <= 0 || d > 1.45*spacing: // a blank, a column jump or a new block
		return true
	case math.Abs(l.Size-next.Size) > 0.15*size: // a heading
		return true
	case next.X0 > m.left+1.2*size && next.X0 > l.X0+size: // an indented first line
		return true
	case l.X1 < m.right-0.12*(m.right-m.left): // a short last line
		return true
	}
	return false
}
