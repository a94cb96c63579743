package pdf

import (
	"strings"
	"testing"
)

// g makes a glyph of size 10, 5 points wide.
func g(x, y float64, s string) glyph { return glyph{X: x, Y: y, W: 5, Size: 10, Font: "F", S: s} }

// str lays out a string from x at y, one 5-point glyph per rune.
func str(x, y float64, s string) []glyph {
	var out []glyph
	for _, r := range s {
		out = append(out, g(x, y, string(r)))
		x += 5
	}
	return out
}

func cat(parts ...[]glyph) []glyph {
	var out []glyph
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func linesText(ls []line) string {
	var parts []string
	for i := range ls {
		parts = append(parts, ls[i].text())
	}
	return strings.Join(parts, " / ")
}

var lineTests = []struct {
	name string
	in   []glyph
	want string
}{
	{"gap is a space", cat(str(0, 100, "ab"), str(13, 100, "cd")), "ab cd"},
	{"small gap is not", cat(str(0, 100, "ab"), str(11, 100, "cd")), "abcd"},
	{"stream order does not matter", cat(str(13, 100, "cd"), str(0, 100, "ab")), "ab cd"},
	{"two lines top first", cat(str(0, 80, "low"), str(0, 100, "high")), "high / low"},
	{"baseline jitter", cat(str(0, 100, "ab"), str(10, 101.5, "cd")), "abcd"},
	{"raised small digits are superscript", cat(str(0, 100, "2020"), []glyph{{X: 20, Y: 104, W: 3, Size: 6, Font: "F", S: "6"}}), "2020⁶"},
	{"superscript on its own cluster", cat(str(0, 100, "m"), []glyph{{X: 5, Y: 106, W: 3, Size: 6, Font: "F", S: "2"}}, str(20, 100, "xx")), "m² xx"},
	{"legacy superscript bracketed", []glyph{{X: 0, Y: 100, W: 5, Size: 10, Font: ".VnTime", S: "9"}, {X: 5, Y: 104, W: 3, Size: 6, Font: ".VnTime", S: "1"}, {X: 8, Y: 104, W: 3, Size: 6, Font: ".VnTime", S: "2"}}, "9[12]"},
	{"all at origin keeps stream order", cat([]glyph{{S: "b", Size: 10}, {S: "a", Size: 10}}), "ba"},
	{"minus sign in a legacy font", []glyph{{X: 0, Y: 100, W: 5, Size: 10, Font: ".VnTime", S: "n"}, {X: 5, Y: 100, Size: 10, Font: ".VnTime", S: "\u2212"}}, "n\u00ad"},
	{"text rotated upwards", []glyph{{X: 100, Y: 0, W: 5, Size: 10, S: "a", Rot: 1}, {X: 100, Y: 5, W: 5, Size: 10, S: "b", Rot: 1}, {X: 100, Y: 13, W: 5, Size: 10, S: "c", Rot: 1}, {X: 112, Y: 0, W: 5, Size: 10, S: "d", Rot: 1}}, "ab c / d"},
	{"line-feed markers dropped", cat(str(0, 100, "a"), []glyph{{X: 5, Y: 100, Size: 10, S: "\n"}}, str(5, 100, "b")), "ab"},
	{"zero-width glyph takes the line's typical width", cat(str(0, 100, "tr"), []glyph{{X: 10, Y: 100, Size: 10, Font: "F", S: "ư"}}, str(15.5, 100, "ng")), "trưng"},
}

func TestBuildLines(t *testing.T) {
	for _, tt := range lineTests {
		ls, _ := buildLines(append([]glyph(nil), tt.in...))
		if got := linesText(ls); got != tt.want {
			t.Errorf("%s: buildLines = %q, want %q", tt.name, got, tt.want)
		}
	}
}

var dehyphenTests = []struct {
	line, next, want string
	joined           bool
}{
	{"infor-", "mation", "infor", true},
	{"a infor-", "mation", "a infor", true},
	{"KH-", "SLĐTBXH", "KH-", false},
	{"kinh tế-", "xã hội", "kinh tế-", false},
	{"2020 -", "2025", "2020 -", false},
	{"-", "x", "-", false},
}

func TestDehyphenate(t *testing.T) {
	for _, tt := range dehyphenTests {
		next := &line{Runs: []run{{Text: tt.next}}}
		got, joined := dehyphenate(tt.line, next)
		if got != tt.want || joined != tt.joined {
			t.Errorf("dehyphenate(%q, %q) = %q, %v, want %q, %v", tt.line, tt.next, got, joined, tt.want, tt.joined)
		}
	}
}

var pageNumberTests = []struct {
	in   string
	want bool
}{
	{"3", true}, {"- 12 -", true}, {"Trang 4", true}, {"3/58", true}, {"Page 2 of 9", true},
	{"2020", true}, {"Điều 3", false}, {"1. Mục tiêu", false}, {"28.101", false},
}

func TestPageNumberRE(t *testing.T) {
	for _, tt := range pageNumberTests {
		if got := pageNumberRE.MatchString(tt.in); got != tt.want {
			t.Errorf("pageNumberRE.MatchString(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

var qualityTests = []struct {
	name     string
	lib, pop string
	failed   bool
	want     bool
}{
	{"same text", "Giải quyết việc làm", "Giải quyết việc làm", false, false},
	{"library failed", "", "Giải quyết", true, true},
	{"library lost text", "Giải", "Giải quyết việc làm cho 28.101 lao động", false, true},
	{"replacement characters", "Gi\uFFFD\uFFFDi quy\uFFFDt vi\uFFFDc", "Giải quyết việc", false, true},
	{"glued words", "Giảiquyếtviệclàmcholaođộngđạt", "Giải quyết việc làm cho lao động đạt", false, true},
	{"pdftotext empty", "Giải quyết", "", false, false},
	{"legacy text counts as text", "Gi¶i quyÕt viÖc lµm", "Gi¶i quyÕt viÖc lµm", false, false},
}

func TestPreferPoppler(t *testing.T) {
	for _, tt := range qualityTests {
		if got := preferPoppler(measureText(tt.lib), measureText(tt.pop), tt.failed); got != tt.want {
			t.Errorf("%s: preferPoppler(%q, %q, %v) = %v, want %v", tt.name, tt.lib, tt.pop, tt.failed, got, tt.want)
		}
	}
}

func TestPageList(t *testing.T) {
	for _, tt := range []struct {
		in   []int
		want string
	}{
		{[]int{4}, "page 4"}, {[]int{1, 2, 3}, "pages 1-3"}, {[]int{1, 2, 5, 7, 8}, "pages 1-2, 5, 7-8"},
	} {
		if got := pageList(tt.in); got != tt.want {
			t.Errorf("pageList(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPopplerLines(t *testing.T) {
	ls := popplerLines("Gi\u00b6i quy\u00d5t\nn\u2212\u00edc\n\nPh\u00c7n hai\n", ".VnTime")
	if len(ls) != 3 || ls[1].text() != "n\u00ad\u00edc" || !ls[2].Blank || ls[0].Runs[0].Font != ".VnTime" {
		t.Errorf("popplerLines = %+v, want 3 lines, U+2212 mapped back, a blank before the third", ls)
	}
}

var firstWordTests = []struct {
	name         string
	in           []glyph
	first, space float64
}{
	{"positioned words", cat(str(0, 100, "ab"), str(13, 100, "cde")), 10, 3},
	{"space glyph", str(0, 100, "ab cd"), 10, 5},
	{"one word", str(0, 100, "abcd"), 20, 0},
	{"table cell after the first word", cat(str(0, 100, "ab"), str(100, 100, "cd")), 10, 90},
}

func TestFirstWord(t *testing.T) {
	for _, tt := range firstWordTests {
		ls, _ := buildLines(append([]glyph(nil), tt.in...))
		if len(ls) != 1 {
			t.Errorf("%s: buildLines gave %d lines, want 1", tt.name, len(ls))
			continue
		}
		if ls[0].First != tt.first || ls[0].Space != tt.space {
			t.Errorf("%s: First, Space = %g, %g, want %g, %g", tt.name, ls[0].First, ls[0].Space, tt.first, tt.space)
		}
	}
}
