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
// BreakCell. The page's last block ends with BreakPage, or with BreakNone
// when its paragraph goes on at the top of the following page (following
// is that page's lines). doc are the whole document's metrics, which a
// page with too few full lines to show its right margin borrows.
func pageBlocks(lines []line, num int, following []line, doc metrics) []baocao.Block {
	var out []baocao.Block
	if len(lines) == 0 {
		return nil
	}
	m := measure(lines).or(doc)
	for i := range lines {
		l := &lines[i]
		var next *line
		if i+1 < len(lines) {
			next = &lines[i+1]
		}
		end := baocao.BreakNone
		switch {
		case next == nil:
			end = baocao.BreakPage
			if len(following) > 0 && !isRow(l) && !isRow(&following[0]) && m.continuesOn(l, &following[0], measure(following).or(doc)) {
				end, next = baocao.BreakNone, &following[0]
			}
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
	left, right float64 // most lines start after left and end before right
	// edge is where the longest text lines end: the right margin, which
	// the fit of a word is measured against. It is trusted when at least
	// minEdgeLines lines end within an em of it.
	edge    float64
	trusted bool
	size    float64 // median font size
	known   bool
}

const minEdgeLines = 3

func measure(lines []line) metrics {
	var m metrics
	var gaps, lefts, rights []float64
	for i, l := range lines {
		if !l.Known {
			return m
		}
		if !isRow(&l) {
			lefts = append(lefts, l.X0)
			rights = append(rights, l.X1)
		}
		if i > 0 {
			if d := lines[i-1].Y - l.Y; d > 0 && d < 3*math.Max(l.Size, 1) {
				gaps = append(gaps, d)
			}
		}
	}
	if len(lefts) == 0 {
		return m
	}
	m.known = true
	m.spacing = median(gaps)
	sort.Float64s(lefts)
	sort.Float64s(rights)
	m.left = lefts[len(lefts)/10]
	m.right = rights[len(rights)*9/10]
	// The margin is where the longest lines end, the few lines wider
	// than the text aside (a wide table row, a long URL, a trailing
	// space): it is trusted when minEdgeLines of the longest tenth of the
	// lines end within half an em of each other, and put at the shortest
	// of them, so that a word is never thought to fit where it did not.
	size := math.Max(median(lineSizes(lines)), 1)
	m.size = size
	ends := make([]float64, 0, len(rights))
	for i := len(rights) - 1; i >= 0; i-- {
		if rights[i] <= m.right+size {
			ends = append(ends, rights[i])
		}
	}
	for i := 0; i+minEdgeLines-1 < len(ends) && i <= len(ends)/10; i++ {
		if ends[i]-ends[i+minEdgeLines-1] <= size/2 {
			m.edge, m.trusted = ends[i+minEdgeLines-1], true
			break
		}
	}
	if !m.trusted && len(ends) > 0 {
		m.edge = ends[0]
	}
	return m
}

// or gives a page whose right margin is not trusted the document's, when
// the page has the document's left margin and is no wider.
func (m metrics) or(doc metrics) metrics {
	if m.trusted || !m.known || !doc.trusted {
		return m
	}
	if math.Abs(m.left-doc.left) > doc.size/2 || m.edge > doc.edge+doc.size {
		return m
	}
	m.edge, m.trusted = doc.edge, true
	return m
}

// documentMetrics measures the lines of all pages with known positions
// together.
func documentMetrics(pages []page) metrics {
	var all []line
	for _, p := range pages {
		for _, l := range p.Lines {
			if l.Known {
				all = append(all, l)
			}
		}
	}
	return measure(all)
}

func lineSizes(lines []line) []float64 {
	s := make([]float64, len(lines))
	for i := range lines {
		s[i] = lines[i].Size
	}
	return s
}

// paragraphBetween decides whether next, the line below l on the same
// page, starts a new paragraph.
func (m metrics) paragraphBetween(l, next *line) bool {
	if !m.known || !l.Known || !next.Known {
		return next.Blank
	}
	d := l.Y - next.Y
	spacing := m.spacing
	if spacing <= 0 {
		spacing = 1.2 * math.Max(l.Size, 1)
	}
	if d <= 0 || d > 1.45*spacing { // a blank, a column jump or a new block
		return true
	}
	return m.endsParagraph(l, next, m)
}

// continuesOn decides whether next, the first line of the following page
// (whose metrics are nm), continues the paragraph of l, the last line of
// this page. A line that ends a sentence before one that starts with a
// capital is taken for a paragraph end, as before: across a page there is
// no spacing to tell them apart.
func (m metrics) continuesOn(l, next *line, nm metrics) bool {
	if !m.known || !nm.known || !m.trusted || !l.Known || !next.Known {
		return false
	}
	if endsSentence(l.text()) && !startsLower(next.text()) {
		return false
	}
	return !m.endsParagraph(l, next, nm)
}

// endsParagraph decides from the lines' shapes whether l, measured by m,
// ends its paragraph before next, measured by nm (the same page's metrics
// or the next page's).
func (m metrics) endsParagraph(l, next *line, nm metrics) bool {
	size := math.Max(l.Size, 1)
	indent, nextIndent := l.X0-m.left, next.X0-nm.left
	text := next.text()
	switch mark := listMarker(text); {
	case math.Abs(l.Size-next.Size) > 0.15*size: // a heading
		return true
	case nextIndent > 1.2*size && nextIndent > indent+size: // an indented first line
		return true
	case mark == bulletMarker:
		return true
	case mark != noMarker && endsClause(l.text()):
		// A list item: a dash or number after a line that closes a
		// clause. After a word, a dash at the start of a line is the
		// dash of "Lao động - Thương binh" that did not fit.
		return true
	case !m.trusted:
		return l.X1 < m.right-0.12*(m.right-m.left) // a short last line
	case m.centred(l) && nm.centred(next):
		// A title set in centred lines of one size: its lines are cut
		// by hand where the sense allows, not where the width runs out.
		return false
	}
	// The line ended on purpose when the next line's first word would
	// have fitted after it; a line that is short only because that word
	// was too long does not end the paragraph.
	return next.First+wordSpace(l, next) <= m.edge-l.X1
}

// centred reports whether l is centred between the page's margins, well
// clear of both.
func (m metrics) centred(l *line) bool {
	size := math.Max(l.Size, 1)
	left, right := l.X0-m.left, m.edge-l.X1
	return left > 2*size && right > 2*size && math.Abs(left-right) < 2*size
}

// wordSpace is the width of the space a word would need after l: the
// narrower of the two lines' first word gaps (a justified line stretches
// its spaces), a quarter em when neither line has one.
func wordSpace(l, next *line) float64 {
	size := math.Max(l.Size, 1)
	s := 0.0
	for _, w := range []float64{l.Space, next.Space} {
		if w > 0 && (s == 0 || w < s) {
			s = w
		}
	}
	if s == 0 {
		return 0.25 * size
	}
	return min(s, 0.6*size)
}
