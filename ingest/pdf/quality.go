package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quality summarises how much a page's text looks like text.
type quality struct {
	good   int // letters and digits (Latin-1 symbols count: TCVN3 letters look like them)
	bad    int // replacement characters, controls, private-use characters
	glued  int // characters in tokens too long to be words
	tokens int
}

func measureText(s string) quality {
	var q quality
	for _, tok := range strings.Fields(s) {
		q.tokens++
		n := utf8.RuneCountInString(tok)
		if n > 24 && !strings.ContainsAny(tok, "./-_:=…") {
			q.glued += n
		}
		for _, r := range tok {
			switch {
			case r == utf8.RuneError, r >= 0xE000 && r <= 0xF8FF, unicode.IsControl(r) && r != 0xAD && (r < 0x80 || r > 0x9F):
				q.bad++
			case unicode.IsLetter(r), unicode.IsDigit(r), r >= 0xA0 && r <= 0xFF:
				q.good++
			}
		}
	}
	return q
}

// score is a single figure for comparing two readings of the same page.
func (q quality) score() float64 {
	return float64(q.good) - 4*float64(q.bad) - 0.5*float64(q.glued)
}

// preferPoppler decides, for one page, whether pdftotext's reading is
// clearly better than the library's: the library failed, lost a good part
// of the text, produced unreadable characters or glued words together.
func preferPoppler(lib, pop quality, libFailed bool) bool {
	if pop.good == 0 {
		return false
	}
	if libFailed || lib.good == 0 {
		return true
	}
	return pop.score() > 1.1*lib.score()+10
}

// pageText is the plain text of a page's lines, for measuring.
func pageText(lines []line) string {
	var b strings.Builder
	for i := range lines {
		b.WriteString(lines[i].text())
		b.WriteByte('\n')
	}
	return b.String()
}

// libraryEnough reports whether the library read every page of d so
// cleanly that preferPoppler would keep its text whatever pdftotext gave:
// no warnings (fonts without a Unicode map, a short page tree, repaired
// filters, truncation), no page it failed on or may have read only in part
// (Partial: skipped content, annotations that draw text), no page without
// text (a scan, or text the library missed), no unreadable characters or
// glued words, and no legacy Vietnamese font, whose glyph codes the two
// tools may render differently.
func libraryEnough(d *docText) bool {
	if len(d.Warnings) > 0 || d.Truncated || len(d.Pages) == 0 || len(d.Pages) != d.Count {
		return false
	}
	for i := range d.Pages {
		p := &d.Pages[i]
		if p.Err != "" || p.Partial || legacyFont(p.Font) {
			return false
		}
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				if legacyFont(r.Font) {
					return false
				}
			}
		}
		if q := measureText(pageText(p.Lines)); q.good == 0 || q.bad > 0 || q.glued > 0 {
			return false
		}
	}
	return true
}
