package index

import (
	"context"
	"strings"
	"testing"
)

// parseTests show parsed groups as [a|b] (a OR b), with "phrases",
// prefix*, field:value and -exclusions.
var parseTests = []struct {
	in   string
	want string
}{
	{`giai quyet`, `[giai] [quyet]`},
	{`"giải quyết việc làm" 2021`, `["giải quyết việc làm"] [2021]`},
	{`“an ninh” -"trật tự" -xa`, `["an ninh"] [-"trật tự"] [-xa]`},
	{`"một`, `[một]`},
	{`"chưa đóng`, `["chưa đóng"]`},
	{`- ... "" tăng`, `[tăng]`},
	{`lao động OR việc làm`, `[lao] [động|việc] [làm]`},
	{`"hộ nghèo" OR "cận nghèo" OR nghèo`, `["hộ nghèo"|"cận nghèo"|nghèo]`},
	{`OR việc OR`, `[việc]`},
	{`a or b`, `[a] [or] [b]`}, // only upper-case OR is the operator
	{`-tầng OR tăng`, `[-tầng] [tăng]`},
	{`tăng OR -tầng`, `[tăng] [-tầng]`},
	{`đào* tạo`, `[đào*] [tạo]`},
	{`a* 28.1* ***`, `[a] [28.1]`}, // too short, not a word: plain words
	{`province:"Lạng Sơn" year:2021`, `[province:Lạng Sơn] [year:2021]`},
	{`type:"Báo cáo" format:pdf encoding:tcvn3 indicator:job_creation`, `[type:Báo cáo] [format:pdf] [encoding:tcvn3] [indicator:job_creation]`},
	{`Province:Hà -format:pdf`, `[province:Hà] [-format:pdf]`},
	{`format:pdf OR format:docx`, `[format:pdf|format:docx]`},
	{`year:2019..2021 lúc 10:30 ghi:chú`, `[year:2019..2021] [lúc] [10:30] [ghi:chú]`},
	{`province: x province:`, `[province:] [x] [province:]`},
	{`--x`, `[--x]`},
	{`“hòa giải”`, `["hòa giải"]`},
}

func TestParseQuery(t *testing.T) {
	for _, tt := range parseTests {
		var parts []string
		for _, g := range parseQuery(tt.in) {
			var alts []string
			for _, c := range g {
				s := c.text
				switch c.kind {
				case kindPhrase:
					s = `"` + s + `"`
				case kindPrefix:
					s += "*"
				case kindField:
					s = c.field + ":" + s
				}
				if c.not {
					s = "-" + s
				}
				alts = append(alts, s)
			}
			parts = append(parts, "["+strings.Join(alts, "|")+"]")
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("parseQuery(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

var yearRangeTests = []struct {
	in       string
	from, to int
	ok       bool
}{
	{"2021", 2021, 2021, true},
	{"2019..2021", 2019, 2021, true},
	{"2019-2021", 2019, 2021, true},
	{">=2020", 2020, 0, true},
	{"<=2020", 0, 2020, true},
	{"hai", 0, 0, false},
	{"2019..", 0, 0, false},
	{"99999", 0, 0, false},
}

func TestYearRange(t *testing.T) {
	for _, tt := range yearRangeTests {
		from, to, ok := yearRange(tt.in)
		if ok != tt.ok || ok && (from != tt.from || to != tt.to) {
			t.Errorf("yearRange(%q) = %d, %d, %v; want %d, %d, %v", tt.in, from, to, ok, tt.from, tt.to, tt.ok)
		}
	}
}

var onlySpellingTests = []struct {
	word string
	want bool
}{
	{"việc", true},  // d1, d6: every "viec" is "việc"
	{"tăng", false}, // d2 "tăng", d3 "tầng", "tặng"
	{"hòa", false},  // d4, d5 "hòa"/"hoà", d3 "hoá"
	{"Lạng", true},
	{"việc làm", false}, // two words: keep the exact clause
}

func TestOnlySpelling(t *testing.T) {
	ix := mustOpen(t)
	df := ix.docFreq(context.Background())
	for _, tt := range onlySpellingTests {
		if got := onlySpelling(tt.word, df); got != tt.want {
			t.Errorf("onlySpelling(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
