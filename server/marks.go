package server

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"

	"baocao"
)

// markText renders a document's text as HTML: every character escaped,
// record spans in <mark class="fig">, check spans underlined by their worst
// status, a numbered link at the start of each check to its entry in the
// checks list, and a page marker where each page starts.
//
// Spans overlap (a check's sentence holds several records), and HTML
// elements must nest, so the text is cut at every span boundary and each
// elementary piece gets the classes of the spans covering it: no element
// ever crosses another. A sweep over sorted boundaries keeps this linear in
// text plus spans.
func markText(l string, text string, recs []baocao.Record, checks []baocao.Check, pageStarts []int) template.HTML {
	type event struct {
		at    int
		open  bool
		rec   bool
		check int // index into checks, for check events
	}
	ok := func(s, e int) bool {
		return 0 <= s && s < e && e <= len(text) && utf8.RuneStart(text[s]) && (e == len(text) || utf8.RuneStart(text[e]))
	}
	var ev []event
	for _, r := range recs {
		if ok(r.Start, r.End) {
			ev = append(ev, event{r.Start, true, true, -1}, event{r.End, false, true, -1})
		}
	}
	for i, c := range checks {
		if ok(c.Start, c.End) {
			ev = append(ev, event{c.Start, true, false, i}, event{c.End, false, false, i})
		}
	}
	// at one offset, closes come before opens
	slices.SortStableFunc(ev, func(a, b event) int {
		if c := cmp.Compare(a.at, b.at); c != 0 {
			return c
		}
		switch {
		case !a.open && b.open:
			return -1
		case a.open && !b.open:
			return 1
		}
		return 0
	})
	pages := pageMarks(pageStarts, text)

	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	recDepth := 0
	open := map[string]int{} // check status → open spans
	seenAnchor := map[string]bool{}
	pos, ei, pi := 0, 0, 0
	for pos < len(text) || ei < len(ev) || pi < len(pages) {
		// apply every event and page start at pos
		for ; pi < len(pages) && pages[pi].at <= pos; pi++ {
			fmt.Fprintf(&b, `<span class="pg" id="page-%d">%s %d</span>`, pages[pi].n, pageWord(l), pages[pi].n)
		}
		for ; ei < len(ev) && ev[ei].at <= pos; ei++ {
			e := ev[ei]
			switch {
			case e.rec && e.open:
				recDepth++
			case e.rec:
				recDepth--
			case e.open:
				c := checks[e.check]
				open[c.Status]++
				id := evidenceID(c)
				attr := ""
				if !seenAnchor[id] {
					seenAnchor[id] = true
					attr = ` id="` + id + `"`
				}
				fmt.Fprintf(&b, `<a%s class="ref ref-%s" href="#check-%d" title="%s">%d</a>`,
					attr, statusClass(c.Status), e.check+1, html.EscapeString(c.Reason), e.check+1)
			default:
				open[checks[e.check].Status]--
			}
		}
		if pos >= len(text) {
			if ei >= len(ev) && pi >= len(pages) {
				break
			}
			continue
		}
		next := len(text)
		if ei < len(ev) {
			next = min(next, ev[ei].at)
		}
		if pi < len(pages) {
			next = min(next, pages[pi].at)
		}
		piece := html.EscapeString(text[pos:next])
		if recDepth > 0 {
			piece = `<mark class="fig">` + piece + `</mark>`
		}
		if st := worst(open); st != "" {
			piece = `<span class="ck ck-` + statusClass(st) + `">` + piece + `</span>`
		}
		b.WriteString(piece)
		pos = next
	}
	return template.HTML(b.String())
}

// evidenceID is the anchor of a check's evidence in the document page; the
// checks page links to it.
func evidenceID(c baocao.Check) string {
	return fmt.Sprintf("ev-%d-%d", c.Start, c.End)
}

// worst is the status that decides how a piece of text covered by several
// checks looks: a mismatch stands out over everything.
func worst(open map[string]int) string {
	for _, st := range []string{baocao.StatusMismatch, baocao.StatusUnverifiable, baocao.StatusOK} {
		if open[st] > 0 {
			return st
		}
	}
	return ""
}

// statusClass keeps unknown statuses out of class names.
func statusClass(st string) string {
	switch st {
	case baocao.StatusOK, baocao.StatusMismatch, baocao.StatusUnverifiable:
		return st
	}
	return "other"
}

type pageMark struct{ at, n int }

// pageMarks lists the page starts inside the text; page 1 is marked too
// when the format has pages, so every figure sits under a page number.
func pageMarks(starts []int, text string) []pageMark {
	var pm []pageMark
	for i, s := range starts {
		inside := s >= 0 && (s == len(text) || s < len(text) && utf8.RuneStart(text[s]))
		if inside && (len(pm) == 0 || s > pm[len(pm)-1].at) {
			pm = append(pm, pageMark{s, i + 1})
		}
	}
	return pm
}

func pageWord(l string) string {
	if l == langEN {
		return "page"
	}
	return "trang"
}
