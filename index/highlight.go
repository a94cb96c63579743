package index

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
)

// Markers around a match inside Hit.Fragments.
const (
	MarkStart = "<mark>"
	MarkEnd   = "</mark>"
)

// Fragment shape: up to maxFragments passages of about fragmentBytes bytes,
// each starting a little before its first match.
const (
	maxFragments  = 3
	fragmentBytes = 240
	leadBytes     = 60
)

// HTMLFragment escapes a fragment for HTML, keeping its markers as <mark>
// elements.
func HTMLFragment(frag string) string {
	s := html.EscapeString(frag)
	s = strings.ReplaceAll(s, html.EscapeString(MarkStart), MarkStart)
	return strings.ReplaceAll(s, html.EscapeString(MarkEnd), MarkEnd)
}

type span struct{ start, end int }

// spans collects the match locations of the exact and folded text fields:
// both are byte offsets into the same stored text, because folding happens
// in a token filter and leaves offsets alone.
func spans(fields ...search.TermLocationMap) []span {
	var out []span
	for _, tlm := range fields {
		for _, locs := range tlm {
			for _, l := range locs {
				out = append(out, span{int(l.Start), int(l.End)})
			}
		}
	}
	return out
}

// merge sorts spans and joins the overlapping ones (a word matched both
// exact and folded), after dropping any that do not fit text.
func merge(text string, sp []span) []span {
	sp = slices.DeleteFunc(slices.Clone(sp), func(s span) bool {
		return s.start < 0 || s.end > len(text) || s.start >= s.end ||
			!utf8.RuneStart(text[s.start]) || s.end < len(text) && !utf8.RuneStart(text[s.end])
	})
	slices.SortFunc(sp, func(a, b span) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	merged := sp[:0]
	for _, s := range sp {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// fragments cuts passages of text around the spans and marks them. Without
// spans (a query with no text) it returns the opening of the text.
func fragments(text string, sp []span) []string {
	if text == "" {
		return nil
	}
	sp = merge(text, sp)
	if len(sp) == 0 {
		return []string{squeeze(text[:cut(text, fragmentBytes)])}
	}
	var out []string
	for i := 0; i < len(sp) && len(out) < maxFragments; {
		from := back(text, sp[i].start-leadBytes)
		to := cut(text, from+fragmentBytes)
		var b strings.Builder
		if from > 0 {
			b.WriteString("…")
		}
		at := from
		for ; i < len(sp) && sp[i].end <= to; i++ {
			b.WriteString(squeeze(text[at:sp[i].start]))
			b.WriteString(MarkStart)
			b.WriteString(text[sp[i].start:sp[i].end])
			b.WriteString(MarkEnd)
			at = sp[i].end
		}
		if at == from { // a span longer than a fragment: show it whole
			b.WriteString(MarkStart + text[sp[i].start:sp[i].end] + MarkEnd)
			at = sp[i].end
			i++
			to = at
		}
		b.WriteString(squeeze(text[at:to]))
		if to < len(text) {
			b.WriteString("…")
		}
		out = append(out, strings.TrimSpace(b.String()))
	}
	return out
}

// back moves offset i back to the start of a word (after a space), so a
// fragment does not open mid-syllable; it never goes below 0.
func back(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for j := i; j > 0 && i-j < 20; j-- {
		if text[j-1] == ' ' || text[j-1] == '\n' {
			return j
		}
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// cut moves offset i forward to the end of a word, bounded by len(text).
func cut(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for j := i; j < len(text) && j-i < 20; j++ {
		if text[j] == ' ' || text[j] == '\n' {
			return j
		}
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// squeeze turns runs of white space (line breaks, tabs) into one space, so a
// fragment reads as one line.
func squeeze(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
