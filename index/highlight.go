package index

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
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

// fragments cuts passages of text around the spans and marks them: the
// maxFragments passages that hold the most distinct matched words (then the
// most matches), in text order. Without spans (a query with no text) it
// returns the opening of the text.
func fragments(text string, sp []span) []string {
	if text == "" {
		return nil
	}
	sp = merge(text, sp)
	if len(sp) == 0 {
		return []string{squeeze(text[:cut(text, fragmentBytes)])}
	}
	ws := windows(text, sp)
	if len(ws) > maxFragments {
		slices.SortStableFunc(ws, func(a, b window) int { return b.score - a.score })
		ws = ws[:maxFragments]
		slices.SortFunc(ws, func(a, b window) int { return a.from - b.from })
	}
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, w.render(text, sp))
	}
	return out
}

// window is a candidate passage text[from:to] holding spans sp[first:last].
type window struct {
	from, to, first, last int
	score                 int
}

// windows cuts text into candidate passages, each starting a little before
// the first span it holds.
func windows(text string, sp []span) []window {
	var out []window
	for i := 0; i < len(sp); {
		w := window{from: back(text, sp[i].start-leadBytes), first: i}
		w.to = cut(text, w.from+fragmentBytes)
		j := i
		for j < len(sp) && sp[j].end <= w.to {
			j++
		}
		if j == i { // a span longer than a fragment: the window is the span
			w.from, w.to, j = sp[i].start, sp[i].end, i+1
		}
		w.last = j
		distinct := map[string]bool{}
		for _, s := range sp[i:j] {
			distinct[vntext.Fold(text[s.start:s.end])] = true
		}
		w.score = 16*len(distinct) + (j - i)
		out = append(out, w)
		i = j
	}
	return out
}

// render writes the passage with its spans marked, "…" where it cuts the
// text, and white space squeezed.
func (w window) render(text string, sp []span) string {
	var b strings.Builder
	if w.from > 0 {
		b.WriteString("…")
	}
	at := w.from
	for _, s := range sp[w.first:w.last] {
		b.WriteString(squeeze(text[at:s.start]))
		b.WriteString(MarkStart)
		b.WriteString(text[s.start:s.end])
		b.WriteString(MarkEnd)
		at = s.end
	}
	b.WriteString(squeeze(text[at:w.to]))
	if w.to < len(text) {
		b.WriteString("…")
	}
	return strings.TrimSpace(b.String())
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
