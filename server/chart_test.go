package server

import (
	"strings"
	"testing"
)

func TestBarChart(t *testing.T) {
	rows := []chartRow{
		{Label: "Lạng Sơn 2021 <script>", Value: 8095, Target: ptr(6000)},
		{Label: "Hà Giang 2022", Value: 0},
		{Label: "Âm", Value: -5},
	}
	svg := string(barChart(langVI, rows))
	for _, want := range []string{"<svg", "Lạng Sơn 2021 &lt;script&gt;", "8.095 / 6.000", `stroke="#c0392b"`, "</svg>"} {
		if !strings.Contains(svg, want) {
			t.Errorf("barChart lacks %q", want)
		}
	}
	if strings.Contains(svg, "<script") || strings.Contains(svg, `width="-`) {
		t.Errorf("barChart has raw markup or a negative width: %s", svg)
	}
	// the longest bar (the value, 8095) fills the bar area
	full := chartWidth - chartLabelW - chartNumW - 2*chartPad
	if !strings.Contains(svg, `width="`+itoa(full)+`.0"`) {
		t.Errorf("largest bar is not %d wide: %s", full, svg)
	}
	if barChart(langVI, nil) != "" {
		t.Errorf("barChart(nil) draws something")
	}
	many := make([]chartRow, 100)
	if n := strings.Count(string(barChart(langEN, many)), "<text"); n != 2*maxChartRow {
		t.Errorf("barChart of 100 rows has %d labels, want %d", n, 2*maxChartRow)
	}
}
