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
