package server

import (
	"fmt"
	"html"
	"html/template"
	"strings"
)

// chartRow is one bar: a record's value, and its target when it has one.
type chartRow struct {
	Label  string
	Value  float64
	Target *float64
}

// Chart geometry, in SVG user units; the SVG scales to the page width.
const (
	chartWidth  = 720
	chartLabelW = 230
	chartRowH   = 24
	chartBarH   = 14
	chartPad    = 8
	chartNumW   = 110
	maxChartRow = 40
)

// barChart draws rows as horizontal bars, the value filled and the target
// as an outline on the same scale, with the figures written beside them. It
// is drawn on the server, so the page needs no script; all text is escaped
// and colours are presentation attributes, which the CSP allows.
func barChart(l string, rows []chartRow) template.HTML {
	if len(rows) == 0 {
		return ""
	}
	if len(rows) > maxChartRow {
		rows = rows[:maxChartRow]
	}
	max := 0.0
	for _, r := range rows {
		max = maxf(max, r.Value)
		if r.Target != nil {
			max = maxf(max, *r.Target)
		}
	}
	if max <= 0 {
		max = 1
	}
	barW := float64(chartWidth - chartLabelW - chartNumW - 2*chartPad)
	h := len(rows)*chartRowH + 2*chartPad
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">`, chartWidth, h)
	for i, r := range rows {
		y := chartPad + i*chartRowH
		mid := y + chartRowH/2 + 4
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" fill="#333">%s</text>`,
			chartLabelW-6, mid, html.EscapeString(clipRunes(r.Label, 34)))
		x0 := chartLabelW
		by := y + (chartRowH-chartBarH)/2
		if w := barW * maxf(r.Value, 0) / max; w > 0 {
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="#2f6db5"/>`, x0, by, w, chartBarH)
		}
		label := number(l, r.Value)
		end := barW * maxf(r.Value, 0) / max
		if r.Target != nil && *r.Target > 0 {
			tw := barW * *r.Target / max
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="none" stroke="#c0392b" stroke-width="1.5"/>`,
				x0, by-2, tw, chartBarH+4)
			end = maxf(end, tw)
			label += " / " + number(l, *r.Target)
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" fill="#222">%s</text>`, float64(x0)+end+4, mid, html.EscapeString(label))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// clipRunes shortens s to n runes with an ellipsis.
func clipRunes(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
