package meta

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// cell is one piece of a header line: readers write the two columns of the
// header table as tab-separated cells or pad them with runs of spaces.
type cell struct {
	text       string // trimmed of spaces and markdown markers
	start, end int    // byte span of text in the document
	line       int    // index of the line it is on
	blankAfter bool   // the line after it is blank (a paragraph ends)
	// simple: text is words and single ' ' between them, without '<',
	// '*', '_' or '|' (cleanTitle only trims its end). False says nothing.
	simple bool
}

// cells splits text[:limit] into cells, skipping blank ones. Markdown
// markers at either end ("## ", "**", "*", "_", "> ") are not part of a cell.
func cells(text string, limit int) []cell {
	r := newCellReader(nil, text, limit, -1)
	r.fill(-1)
	return r.out
}

// cellReader splits a text into cells a line at a time, on demand: the
// header search stops at the type line, and splitting the body paragraphs
// below it would cost more than all the rest of Read.
type cellReader struct {
	text      string // the text, cut to the limit
	pos, line int    // where the next line starts, and its index
	max       int    // stop after the line holding the max-th cell (max < 0: no bound)
	out       []cell
}

// newCellReader reads text[:limit] (cut on a rune boundary, so a one-line
// megabyte text stays bounded) appending to out.
func newCellReader(out []cell, text string, limit, max int) cellReader {
	return cellReader{text: prefix(text, limit), max: max, out: out}
}

// fill reads lines until at least n cells are out (n < 0: all of them),
// the text ends or the line holding the max-th cell was read. Cells come
// out the same whatever the calls: a line is read whole or not at all.
func (r *cellReader) fill(n int) {
	text := r.text
	for r.pos < len(text) && (r.max < 0 || len(r.out) < r.max) && (n < 0 || len(r.out) < n) {
		pos := r.pos
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		k := len(r.out)
		r.out = splitCells(r.out, text, pos, end)
		for i := k; i < len(r.out); i++ {
			r.out[i].line = r.line
		}
		if k < len(r.out) {
			next := end + 1
			nextEnd := len(text)
			if next < len(text) {
				if i := strings.IndexByte(text[next:], '\n'); i >= 0 {
					nextEnd = next + i
				}
			}
			blank := next >= len(text) || isBlank(text[next:nextEnd])
			for i := k; i < len(r.out); i++ {
				r.out[i].blankAfter = blank
			}
		}
		r.pos = end + 1
		r.line++
	}
}

// isBlank reports whether s holds nothing but isTrim characters.
func isBlank(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiTrim[c] {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isTrim(r) {
			return false
		}
		i += n
	}
	return true
}

// asciiTrim and asciiSpace are isTrim and isSpace on ASCII bytes.
var asciiTrim, asciiSpace = func() (t, s [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c], s[c] = isTrim(rune(c)), isSpace(rune(c))
	}
	return t, s
}()

// splitCells appends to out the cells of the line text[start:end], cut at
// tabs, at the bars of a markdown table and at runs of three or more
// spaces.
func splitCells(out []cell, text string, start, end int) []cell {
	from := start
	simple := true // of the cell from from on
	emit := func(to int) {
		s, e := trimSpan(text, from, to)
		if s < e {
			out = append(out, cell{text: text[s:e], start: s, end: e, simple: simple})
		}
	}
	for i := start; i < end; {
		// 0xE1 leads most Vietnamese letters (U+1EA0-U+1EF9), and a
		// space between two words is no run of three
		for i < end {
			if c := text[i]; !cellByte[c] && !(c == 0xE1 && !spaceLead(text, i)) && !(c == ' ' && i+1 < end && cellByte[text[i+1]]) {
				break
			}
			i++
		}
		if i == end {
			break
		}
		c := text[i]
		if c == '\t' || c == '|' {
			emit(i)
			from = i + 1
			simple = true
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				simple = false // '<', '*' or '_'
				i++
				continue
			}
		} else if !spaceLead(text, i) {
			i++
			continue
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !isSpace(r) {
			i += n
			continue
		}
		{ // a run of spaces starts at i
			j, spaces := i, 0
			for j < end {
				if b := text[j]; b < utf8.RuneSelf {
					if !asciiSpace[b] || b == '\t' {
						break
					}
					j++
				} else {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !isSpace(r2) {
						break
					}
					j += n2
				}
				spaces++
			}
			if spaces >= 3 {
				emit(i)
				from = j
				simple = true
			} else if j-i != 1 || text[i] != ' ' {
				simple = false // kept only if it is at either end
			}
			i = j
		}
	}
	emit(end)
	return out
}

// cellByte is plainByte but for the bytes of markup cleanTitle removes,
// which splitCells marks a cell not simple by.
var cellByte = func() (t [256]bool) {
	t = plainByte
	t['<'], t['*'], t['_'] = false, false, false
	return t
}()

// plainByte marks the bytes splitCells steps over one at a time: not a tab,
// a bar or an ASCII space, and not a byte that may start a space rune
// (spaceLead).
var plainByte = func() (t [256]bool) {
	for c := range t {
		switch {
		case c < utf8.RuneSelf:
			t[c] = c != '\t' && c != '|' && !asciiSpace[c]
		default:
			t[c] = c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF
		}
	}
	return t
}()

func isSpace(r rune) bool {
	if 0xFF < r && r < 0x1680 {
		return false // Vietnamese letters: skip unicode's table search
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// spaceLead reports whether the non-ASCII byte text[i] may start a space
// rune (U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000, U+FEFF): the
// letters of Vietnamese (U+00C0-U+01B0, U+0300-U+0323, U+1EA0-U+1EF9)
// never do, so a cell split need not decode them.
func spaceLead(text string, i int) bool {
	switch text[i] {
	case 0xC2, 0xE2, 0xE3, 0xEF:
		return true
	case 0xE1:
		return i+1 < len(text) && text[i+1] == 0x9A
	}
	return false
}

// isTrim reports the characters cut from the ends of a cell: spaces and
// markdown emphasis and heading markers.
func isTrim(r rune) bool {
	return isSpace(r) || r == '#' || r == '*' || r == '_' || r == '>' || r == '|'
}

// trimSpan narrows [s, e) past isTrim characters at both ends; a ">" is
// markup only at the start (a quote), at the end it closes a tag.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isTrim(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isTrim(r) || r == '>' {
			break
		}
		e -= n
	}
	return s, e
}

// isUpper reports whether s has letters and none of them is lower case: a
// header line in capitals.
func isUpper(s string) bool {
	letters := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				return false
			case 'A' <= c && c <= 'Z':
				letters++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		var kind uint8
		if r < caseTableLimit {
			kind = caseTable()[r]
		} else {
			kind = caseOf(r)
		}
		if kind == caseLower {
			return false
		}
		if kind == caseLetter {
			letters++
		}
	}
	return letters > 0
}

// What isUpper asks of a rune: lower case, another letter, or neither.
const (
	caseOther uint8 = iota
	caseLower
	caseLetter
)

func caseOf(r rune) uint8 {
	switch {
	case unicode.IsLower(r):
		return caseLower
	case unicode.IsLetter(r):
		return caseLetter
	}
	return caseOther
}

// caseTable holds caseOf of the runes below caseTableLimit: the letters
// of Vietnamese (U+1EA0-U+1EF9) would each cost two searches of unicode's
// tables, and isUpper asks it of every header line.
const caseTableLimit = 0x2000

var caseTable = sync.OnceValue(func() *[caseTableLimit]uint8 {
	var t [caseTableLimit]uint8
	for r := range rune(caseTableLimit) {
		t[r] = caseOf(r)
	}
	return &t
})

// cleanTitleMarkup is cleanTitle for titles with markup: footnote marks,
// emphasis, table bars.
func cleanTitleMarkup(s string) string {
	if strings.Contains(s, "<su") {
		s = footnoteRe.ReplaceAllString(s, "")
	}
	for _, tag := range []string{"**", "__"} {
		s = strings.ReplaceAll(s, tag, "")
	}
	s = strings.ReplaceAll(s, "|", " ")
	s = oneSpaced(s)
	return strings.TrimRight(s, " :;,")
}

// footnoteRe matches a footnote mark as HTML-ish readers write it.
var footnoteRe = regexp.MustCompile(`<su[pb]>[^<]{0,20}</su[pb]>`)
