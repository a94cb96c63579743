package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// Layout thresholds, in multiples of the font size.
const (
	baselineTol = 0.4  // glyphs whose baselines differ less share a line
	spaceGap    = 0.18 // a wider gap between glyphs is a word space
	spacedGap   = 0.6  // the same where the page writes its spaces as glyphs
	cellGap     = 2.5  // a wider gap is a table column
	superSize   = 0.85 // a glyph this much smaller than the line and raised is a superscript
)

var superDigit = [10]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

// buildLines groups a page's glyphs into lines by baseline, orders each
// line by X and puts spaces where glyphs are further apart than a word
// space. It also returns the font most glyphs use.
func buildLines(gs []glyph) ([]line, string) {
	gs = cleanGlyphs(gs)
	if len(gs) == 0 {
		return nil, ""
	}
	font := dominantFont(gs)
	gap := spaceGap
	if writesSpaces(gs) {
		gap = spacedGap
	}
	if !positioned(gs) {
		return streamLines(gs, gap), font
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Y > gs[j].Y })
	var clusters [][]glyph
	for _, g := range gs {
		if n := len(clusters); n > 0 {
			c := clusters[n-1]
			if c[0].Y-g.Y <= baselineTol*math.Max(c[0].Size, 1) {
				clusters[n-1] = append(c, g)
				continue
			}
		}
		clusters = append(clusters, []glyph{g})
	}
	mergeSuperscripts(clusters)
	var out []line
	for _, c := range clusters {
		if c == nil {
			continue
		}
		markSuperscripts(c)
		sort.SliceStable(c, func(a, b int) bool { return c[a].X < c[b].X })
		if l, ok := makeLine(c, gap); ok {
			out = append(out, l)
		}
	}
	return out, font
}

// cleanGlyphs drops the library's line-feed markers and empty glyphs and
// maps the characters some producers give legacy-font glyphs through their
// glyph names back to the CP1252 character of the byte (TCVN3 "ư" is byte
// 0xAD, which a glyph name turns into U+2212 MINUS SIGN).
func cleanGlyphs(gs []glyph) []glyph {
	out := gs[:0]
	for _, g := range gs {
		if g.S == "" || g.S == "\n" || g.S == "\r" {
			continue
		}
		if math.IsNaN(g.X) || math.IsNaN(g.Y) || math.IsInf(g.X, 0) || math.IsInf(g.Y, 0) {
			g.X, g.Y = 0, 0
		}
		if !utf8.ValidString(g.S) {
			g.S = strings.ToValidUTF8(g.S, "\uFFFD")
		}
		if legacyFont(g.Font) {
			g.S = legacyGlyphs.Replace(g.S)
		}
		if g.Size <= 0 || math.IsNaN(g.Size) || g.Size > 1000 {
			g.Size = 10
		}
		// Turn rotated text (a landscape table drawn on a portrait page)
		// upright, so that its lines run along X.
		switch g.Rot {
		case 1:
			g.X, g.Y = g.Y, -g.X
		case -1:
			g.X, g.Y = -g.Y, g.X
		case 2:
			g.X, g.Y = -g.X, -g.Y
		}
		out = append(out, g)
	}
	return out
}

var legacyGlyphs = strings.NewReplacer("\u2212", "\u00ad", "\u2219", "\u00b7")

// legacyFont reports whether a font is one of the 8-bit Vietnamese font
// families (TCVN3 ".VnTime", "VnTimeH", VNI "VNI-Times", ...).
func legacyFont(name string) bool {
	n := strings.ToLower(strings.TrimPrefix(name, "."))
	return strings.HasPrefix(n, "vn") || strings.HasPrefix(n, "vni")
}

func dominantFont(gs []glyph) string {
	count := map[string]int{}
	best, n := "", 0
	for _, g := range gs {
		count[g.Font]++
		if c := count[g.Font]; c > n || c == n && g.Font < best {
			best, n = g.Font, c
		}
	}
	return best
}

// positioned reports whether the glyphs carry usable positions: some
// producers (or the library, on fonts without widths) leave every glyph at
// the origin, and sorting by position would then scramble the text.
func positioned(gs []glyph) bool {
	zero := 0
	for _, g := range gs {
		if g.X == 0 && g.Y == 0 {
			zero++
		}
	}
	return zero*2 < len(gs)
}

// streamLines keeps the content-stream order, starting a line wherever the
// baseline moves.
func streamLines(gs []glyph, gap float64) []line {
	var out []line
	var cur []glyph
	flush := func() {
		if l, ok := makeLine(cur, gap); ok {
			l.Known = false
			out = append(out, l)
		}
		cur = nil
	}
	for _, g := range gs {
		if len(cur) > 0 && math.Abs(cur[len(cur)-1].Y-g.Y) > baselineTol*g.Size {
			flush()
		}
		cur = append(cur, g)
	}
	flush()
	return out
}

// mergeSuperscripts folds a cluster of small raised glyphs (footnote marks,
// exponents) into the line below it when they sit within that line's
// extent, marking them as superscripts by a negative Size.
func mergeSuperscripts(clusters [][]glyph) {
	for i := 0; i+1 < len(clusters); i++ {
		c, below := clusters[i], clusters[i+1]
		if c == nil || below == nil {
			continue
		}
		size := medianSize(below)
		if maxSize(c) >= superSize*size || c[0].Y-below[0].Y > 0.75*size {
			continue
		}
		if minX(c) < minX(below)-size || maxX(c) > maxX(below)+4*size {
			continue
		}
		for _, g := range c {
			g.Size = -math.Abs(g.Size)
			below = append(below, g)
		}
		clusters[i+1], clusters[i] = below, nil
	}
}

// markSuperscripts flags the small glyphs of a line that sit above its
// baseline: a footnote mark raised less than baselineTol shares the
// cluster of the text it follows.
func markSuperscripts(c []glyph) {
	var sizes, ys []float64
	for _, g := range c {
		if g.Size > 0 {
			sizes = append(sizes, g.Size)
			ys = append(ys, g.Y)
		}
	}
	size, y := median(sizes), median(ys)
	for i, g := range c {
		if g.Size > 0 && g.Size < superSize*size && g.Y > y+0.15*size {
			c[i].Size = -g.Size
		}
	}
}

// writesSpaces reports whether a page draws its word spaces as glyphs (most
// word processors' PDFs do). Gaps without a space glyph are then letter
// spacing of justified text ("24,3%" spread out), not word breaks, unless
// they are wide.
func writesSpaces(gs []glyph) bool {
	spaces := 0
	for _, g := range gs {
		if strings.TrimSpace(g.S) == "" {
			spaces++
		}
	}
	return spaces*25 >= len(gs)-spaces && spaces > 0
}

// makeLine joins X-ordered glyphs into runs, inserting word spaces where
// the gap is wider than spaceAt em, and marking table gaps. A negative Size
// marks a superscript glyph.
func makeLine(gs []glyph, spaceAt float64) (line, bool) {
	var l line
	var b strings.Builder
	font := ""
	cell := false
	var prev *glyph
	prevEnd := 0.0
	inkEnd := 0.0 // where the last glyph that is not a space ends
	space := false
	bracket := false // a "[" of legacy-font footnote digits is open
	avg := typicalWidth(gs)
	sizes := make([]float64, 0, len(gs))
	ys := make([]float64, 0, len(gs))
	flush := func() {
		if b.Len() > 0 || cell {
			l.Runs = append(l.Runs, run{Text: b.String(), Font: font, Cell: cell})
		}
		b.Reset()
		cell = false
	}
	for i := range gs {
		g := &gs[i]
		super := g.Size < 0
		size := math.Abs(g.Size)
		if bracket && !(super && len(g.S) == 1 && g.S[0] >= '0' && g.S[0] <= '9') {
			b.WriteByte(']')
			bracket = false
		}
		if strings.TrimSpace(g.S) == "" {
			space = true
			if prev != nil {
				prevEnd = math.Max(prevEnd, g.X+width(g, size, avg))
			}
			continue
		}
		if prev != nil {
			// A glyph drawn again a hair to the right is a fake bold.
			if g.S == prev.S && math.Abs(g.X-prev.X) < 0.2*size {
				l.dropped++
				continue
			}
			gap := g.X - prevEnd
			switch {
			case gap > cellGap*size:
				firstWord(&l, inkEnd, g.X)
				if bracket {
					b.WriteByte(']')
					bracket = false
				}
				cell = true
				flush()
				space = false
			case space || gap > spaceAt*size:
				firstWord(&l, inkEnd, g.X)
				if b.Len() > 0 {
					b.WriteByte(' ')
				} else if len(l.Runs) > 0 && !l.Runs[len(l.Runs)-1].Cell {
					l.Runs[len(l.Runs)-1].Text += " "
				}
			}
		} else {
			l.X0 = g.X
		}
		space = false
		if g.Font != font && b.Len() > 0 {
			if bracket {
				b.WriteByte(']')
				bracket = false
			}
			flush()
		}
		font = g.Font
		s := g.S
		digit := super && len(s) == 1 && s[0] >= '0' && s[0] <= '9'
		switch {
		case digit && legacyFont(g.Font):
			// Superscript digits ¹²³ are Latin-1 characters, which vntext
			// would read as TCVN3 letters in a legacy font: bracket instead.
			if !bracket {
				s = "[" + s
				bracket = true
			}
		case digit:
			s = superDigit[s[0]-'0']
		}
		b.WriteString(s)
		if !super {
			sizes = append(sizes, size)
			ys = append(ys, g.Y)
		}
		prev = g
		prevEnd = g.X + width(g, size, avg)
		inkEnd = prevEnd
	}
	if bracket {
		b.WriteByte(']')
	}
	flush()
	if len(l.Runs) == 0 {
		return l, false
	}
	if n := len(l.Runs); l.Runs[n-1].Cell {
		l.Runs[n-1].Cell = false
	}
	l.X1 = prevEnd
	if l.First == 0 {
		l.First = inkEnd - l.X0
	}
	l.Size = median(sizes)
	l.Y = median(ys)
	l.Known = true
	return l, true
}

// firstWord records the width of a line's first word and the space after
// it, when the word that ends at inkEnd is the first: paragraphBetween asks
// whether that word would have fitted at the end of the line above.
func firstWord(l *line, inkEnd, next float64) {
	if l.First == 0 {
		l.First = inkEnd - l.X0
		l.Space = next - inkEnd
	}
}

// width is a glyph's advance, estimated when the font gave none (the
// library gives CID fonts none) from avg, the line's typical advance per
// em.
func width(g *glyph, size, avg float64) float64 {
	if g.W > 0 && g.W < 5*size {
		return g.W
	}
	return avg * size * float64(utf8.RuneCountInString(g.S))
}

// typicalWidth is the median advance of a line's glyphs, in ems.
func typicalWidth(gs []glyph) float64 {
	var ws []float64
	for _, g := range gs {
		if size := math.Abs(g.Size); g.W > 0 && g.W < 5*size && strings.TrimSpace(g.S) != "" {
			ws = append(ws, g.W/size)
		}
	}
	if len(ws) == 0 {
		return 0.5
	}
	return median(ws)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func medianSize(gs []glyph) float64 {
	s := make([]float64, len(gs))
	for i, g := range gs {
		s[i] = math.Abs(g.Size)
	}
	return median(s)
}

func maxSize(gs []glyph) float64 {
	m := 0.0
	for _, g := range gs {
		m = math.Max(m, math.Abs(g.Size))
	}
	return m
}

func minX(gs []glyph) float64 {
	m := math.Inf(1)
	for _, g := range gs {
		m = math.Min(m, g.X)
	}
	return m
}

func maxX(gs []glyph) float64 {
	m := math.Inf(-1)
	for _, g := range gs {
		m = math.Max(m, g.X)
	}
	return m
}
