package ocr

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// line is one text line as tesseract found it, with its box.
type line struct {
	Page, Block, Par         int
	Left, Top, Right, Bottom int
	Words                    []string
}

func (l *line) height() int { return l.Bottom - l.Top }

// lines groups words into lines by tesseract's page/block/par/line numbers.
func lines(words []word) []line {
	var out []line
	for i, w := range words {
		if i == 0 || w.Page != words[i-1].Page || w.Block != words[i-1].Block || w.Par != words[i-1].Par || w.Line != words[i-1].Line {
			out = append(out, line{Page: w.Page, Block: w.Block, Par: w.Par,
				Left: w.Left, Top: w.Top, Right: w.Left + w.Width, Bottom: w.Top + w.Height})
		}
		l := &out[len(out)-1]
		l.Words = append(l.Words, w.Text)
		l.Left, l.Top = min(l.Left, w.Left), min(l.Top, w.Top)
		l.Right, l.Bottom = max(l.Right, w.Left+w.Width), max(l.Bottom, w.Top+w.Height)
	}
	return out
}

// para is one paragraph of OCR text.
type para struct {
	Page int
	Text string
}

// paragraphs joins lines into paragraphs. Tesseract's own paragraphs
// (block and par numbers) are the starting point; inside one, a line is
// still taken to start a new paragraph when the gap above it is much
// larger than the page's usual gap between lines (paragraph spacing that
// tesseract's paragraph finder does not use). Lines are joined with a
// space, except after a word broken with a hyphen at the line end
// ("Covid-" + "19"). The text is made valid UTF-8 in NFC.
func paragraphs(ls []line) []para {
	gap := usualGaps(ls)
	var out []para
	var b strings.Builder
	flush := func(page int) {
		if b.Len() > 0 {
			out = append(out, para{Page: page, Text: norm.NFC.String(strings.ToValidUTF8(b.String(), "\uFFFD"))})
			b.Reset()
		}
	}
	for i := range ls {
		l := &ls[i]
		if i > 0 {
			p := &ls[i-1]
			if newParagraph(p, l, gap[l.Page]) {
				flush(p.Page)
			} else if !brokenWord(b.String()) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(strings.Join(l.Words, " "))
	}
	if len(ls) > 0 {
		flush(ls[len(ls)-1].Page)
	}
	return out
}

// newParagraph says whether l starts a paragraph after p.
func newParagraph(p, l *line, usual int) bool {
	if l.Page != p.Page || l.Block != p.Block || l.Par != p.Par {
		return true
	}
	return usual > 0 && 5*pitch(p, l) > 6*usual
}

// pitch is the vertical distance from line p to line l. Tops move with the
// stacked marks of Vietnamese capitals (Ễ) and bottoms with descenders, so
// the smaller of the two distances is the steadier one.
func pitch(p, l *line) int { return min(l.Top-p.Top, l.Bottom-p.Bottom) }

// usualGaps returns, per page, the median pitch between consecutive lines
// of the same tesseract paragraph, or 0 when a page has too few lines to
// tell.
func usualGaps(ls []line) map[int]int {
	gaps := map[int][]int{}
	for i := 1; i < len(ls); i++ {
		p, l := &ls[i-1], &ls[i]
		if l.Page == p.Page && l.Block == p.Block && l.Par == p.Par && pitch(p, l) > 0 {
			gaps[l.Page] = append(gaps[l.Page], pitch(p, l))
		}
	}
	out := map[int]int{}
	for page, g := range gaps {
		if len(g) < 4 {
			continue
		}
		slices.Sort(g)
		out[page] = g[len(g)/2]
	}
	return out
}

// brokenWord reports whether text ends with a word broken across lines by
// a hyphen: a letter or digit, then "-".
func brokenWord(text string) bool {
	if !strings.HasSuffix(text, "-") || len(text) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:len(text)-1])
	return r != ' ' && r != '-'
}
