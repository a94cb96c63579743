package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readTitle reads the title that follows a type line: the rest of the type
// line itself and the lines after it. A legal caption ("Nghị định / của
// Chính phủ số 28/2003/NĐ-CP ngày 31 tháng 3 năm 2003 / Quy định việc ...")
// also holds the number and the date, which fill h when the header had none.
// after(k) gives the k-th cell below the type line, read on demand: a title
// is a few lines, and the paragraphs below it need not be split.
func (h *header) readTitle(text string, rest Span, after func(k int) (cell, bool)) {
	caption := rest != Span{} && lowerHasPrefix(text[rest.Start:rest.End], "của")
	if rest != (Span{}) && !caption {
		if hasLetters(text[rest.Start:rest.End], 3) {
			h.title, h.titleSpan, h.titleFrom = cleanTitle(text[rest.Start:rest.End]), rest, FromHeader
		}
		return
	}
	span := titleAfter(after, 4)
	if caption {
		span.Start = rest.Start
		if s := titleAfter(after, 5); s != (Span{}) {
			span.End = s.End
		} else {
			span.End = rest.End
		}
	} else if c0, ok := after(0); ok && span.Start == c0.start && lowerHasPrefix(c0.text, "của") {
		caption = true
		span = titleAfter(after, 6)
	}
	if span == (Span{}) {
		return
	}
	if caption {
		span = h.readCaption(text, span)
	}
	if span.Start < span.End && hasLetters(text[span.Start:span.End], 3) {
		t, ok := "", false
		if !caption {
			t, ok = joinCells(text, span, after)
		}
		if !ok {
			t = cleanTitle(text[span.Start:span.End])
		}
		h.title = capitalize(strings.TrimRight(t, "."))
		h.titleSpan, h.titleFrom = span, FromHeader
	}
}

// titleAfter returns the span of the title lines among the cells cs gives: up to the first
// blank line once a title line is taken, a change between capitals and
// running case (the issuing authority of a Quyết định, "ỦY BAN NHÂN DÂN
// TỈNH", under a title in running case), a parenthesis ("(Ban hành kèm
// theo ...)"), a line opening the body ("Căn cứ", "Kính gửi", "I."), or max
// lines.
func titleAfter(cs func(k int) (cell, bool), max int) Span {
	var span Span
	lines, last, caps := 0, -1, false
	for k := 0; ; k++ {
		c, ok := cs(k)
		if !ok {
			break
		}
		if lines > 0 && (c.line != last+1 || isUpper(c.text) != caps) {
			break
		}
		if opensBody(c.text) || len(c.text) > 400 || isRule(c.text) || strings.HasPrefix(c.text, "(") {
			break
		}
		if lines == 0 {
			span.Start, caps = c.start, isUpper(c.text)
		}
		span.End = c.end
		lines++
		last = c.line
		if c.blankAfter || lines == max {
			break
		}
	}
	return span
}

// joinCells returns cleanTitle(text[span]) for a span of whole cells that
// after gives from the first on, when the cells say what it is without
// reading the text again: every cell simple, nothing but ASCII spaces
// (the line breaks) between them. ok is false otherwise.
func joinCells(text string, span Span, after func(k int) (cell, bool)) (title string, ok bool) {
	var b strings.Builder
	prev := span.Start
	for k := 0; ; k++ {
		c, ok := after(k)
		if !ok || !c.simple || c.end > span.End {
			return "", false
		}
		if k == 0 {
			if c.start != span.Start {
				return "", false
			}
		} else {
			for i := prev; i < c.start; i++ {
				if t := text[i]; t >= utf8.RuneSelf || !asciiSpace[t] {
					return "", false
				}
			}
		}
		if c.end == span.End {
			if k == 0 {
				return trimTitleEnd(c.text), true // one line: no copy
			}
			b.WriteByte(' ')
			b.WriteString(c.text)
			return trimTitleEnd(b.String()), true
		}
		if k == 0 {
			b.Grow(span.End - span.Start)
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(c.text)
		prev = c.end
	}
}

// isRule reports a line of dashes or equals signs under a header.
func isRule(s string) bool {
	return strings.Trim(s, "-=_~&:. ") == ""
}

var (
	captionNumberRe = regexp.MustCompile(`(?i)\bsố\s*:?\s*[0-9][^\s,;]*(?:\s*/\s*[^\s,;]+)+`)
	captionDateRe   = regexp.MustCompile(`(?i)\bng[àa]y\s*(\d{1,2})\s*(?:th[áa]ng\s*(\d{1,2})\s*n[ăa]m\s*|[/.-]\s*(\d{1,2})\s*[/.-]\s*)(\d{4})`)
)

// readCaption takes the issuer, number and date off the front of a legal
// caption ("của Bộ Tài chính số 169/1998/TT-BTC ngày 22 tháng 12 năm 1998
// Hướng dẫn ...") and returns the span of what remains, the title. The
// first number and date are the document's own; later ones belong to the
// documents the title cites.
func (h *header) readCaption(text string, span Span) Span {
	s := text[span.Start:span.End]
	line1 := strings.IndexByte(s, '\n') // the issuer fills the first line at least
	if line1 < 0 {
		line1 = len(s)
	}
	cut, numEnd := 0, -1
	if m := captionNumberRe.FindStringIndex(s); m != nil && m[0] < line1 {
		c := cell{text: s[m[0]:m[1]], start: span.Start + m[0], end: span.Start + m[1]}
		if n, ok := parseNumber(c); ok {
			if h.number.text == "" {
				h.number = n
			}
			cut, numEnd = max(cut, m[1]), m[1]
		}
	}
	if m := captionDateRe.FindStringSubmatchIndex(s); m != nil && (m[0] < line1 || numEnd >= 0 && strings.TrimSpace(s[numEnd:m[0]]) == "") {
		month := sub(s, m, 2)
		if month == "" {
			month = sub(s, m, 3)
		}
		if d, ok := makeDate(sub(s, m, 1), month, sub(s, m, 4)); ok {
			if h.date.year == 0 {
				d.span = Span{span.Start + m[0], span.Start + m[1]}
				h.date = d
			}
			cut = max(cut, m[1])
		}
	}
	if cut == 0 {
		cut = line1 // the issuer alone: "của Chính phủ"
	}
	start := span.Start + cut
	for start < span.End && strings.ContainsRune(" \t\n,;:", rune(text[start])) {
		start++
	}
	return Span{start, span.End}
}

func sub(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// lowerHasPrefix is strings.HasPrefix(strings.ToLower(s), prefix), rune
// by rune and without the lower-case copy: ToLower maps rune to rune
// (invalid UTF-8 to U+FFFD, which no prefix holds).
func lowerHasPrefix(s, prefix string) bool {
	i := 0
	for _, want := range prefix {
		if i >= len(s) {
			return false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.ToLower(r) != want {
			return false
		}
		i += n
	}
	return true
}
