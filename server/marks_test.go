package server

import (
	"strings"
	"testing"

	"baocao"
)

// markCases are texts with spans and the HTML markText must give.
var markCases = []struct {
	name   string
	text   string
	recs   [][2]int
	checks []baocao.Check
	pages  []int
	want   string
}{
	{name: "plain escaped", text: "a <b> & c", want: "a &lt;b&gt; &amp; c"},
	{name: "one record", text: "cho 28.101 lao động", recs: [][2]int{{4, 10}},
		want: `cho <mark class="fig">28.101</mark> lao động`},
	{name: "record inside a mismatch check", text: "đạt 85,33% kế hoạch", recs: [][2]int{{7, 13}}, // byte offsets
		checks: []baocao.Check{{Start: 0, End: 13, Status: baocao.StatusMismatch, Reason: "<x>"}},
		want: `<a id="ev-0-13" class="ref ref-mismatch" href="#check-1" title="&lt;x&gt;">1</a>` +
			`<span class="ck ck-mismatch">đạt </span><span class="ck ck-mismatch"><mark class="fig">85,33%</mark></span> kế hoạch`},
	{name: "overlapping checks: mismatch wins", text: "abcdef",
		checks: []baocao.Check{{Start: 0, End: 4, Status: baocao.StatusOK}, {Start: 2, End: 6, Status: baocao.StatusMismatch}},
		want: `<a id="ev-0-4" class="ref ref-ok" href="#check-1" title="">1</a><span class="ck ck-ok">ab</span>` +
			`<a id="ev-2-6" class="ref ref-mismatch" href="#check-2" title="">2</a><span class="ck ck-mismatch">cd</span>` +
			`<span class="ck ck-mismatch">ef</span>`},
	{name: "same span twice: one anchor", text: "xy",
		checks: []baocao.Check{{Start: 0, End: 2, Status: baocao.StatusOK}, {Start: 0, End: 2, Status: "weird\"status"}},
		want: `<a id="ev-0-2" class="ref ref-ok" href="#check-1" title="">1</a><a class="ref ref-other" href="#check-2" title="">2</a>` +
			`<span class="ck ck-ok">xy</span>`},
	{name: "spans off the text or inside a rune are dropped", text: "việc", recs: [][2]int{{1, 3}, {0, 99}, {-1, 2}, {3, 3}},
		want: "việc"},
	{name: "pages", text: "một\fhai", pages: []int{0, 6},
		want: `<span class="pg" id="page-1">trang 1</span>một` + "\f" + `<span class="pg" id="page-2">trang 2</span>hai`},
	{name: "record at the very end", text: "ab", recs: [][2]int{{1, 2}}, want: `a<mark class="fig">b</mark>`},
}

func TestMarkText(t *testing.T) {
	for _, c := range markCases {
		var recs []baocao.Record
		for _, r := range c.recs {
			recs = append(recs, baocao.Record{Start: r[0], End: r[1]})
		}
		if got := string(markText(langVI, c.text, recs, c.checks, c.pages)); got != c.want {
			t.Errorf("%s: markText(%q) =\n%s\nwant\n%s", c.name, c.text, got, c.want)
		}
	}
}

// FuzzMarkText: whatever the spans, the output is the text escaped with
// only our own elements, balanced.
func FuzzMarkText(f *testing.F) {
	f.Add("Giải quyết <script> 28.101/38.000", 3, 9, 0, 20, 5)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, p int) {
		recs := []baocao.Record{{Start: a, End: b}}
		checks := []baocao.Check{{Start: c, End: d, Status: baocao.StatusMismatch}, {Start: a, End: d, Status: baocao.StatusOK}}
		out := string(markText(langEN, text, recs, checks, []int{0, p}))
		for _, tag := range []string{"mark", "span", "a"} {
			if strings.Count(out, "<"+tag+" ") != strings.Count(out, "</"+tag+">") {
				t.Fatalf("unbalanced <%s> in %q", tag, out)
			}
		}
		if strings.Contains(stripTags(out), "<") {
			t.Fatalf("raw < left in %q", out)
		}
	})
}

// stripTags removes our own elements, leaving the escaped text.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<' && !in:
			in = true
		case r == '>' && in:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func BenchmarkMarkText(b *testing.B) {
	text := strings.Repeat("Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch. ", 2000)
	var recs []baocao.Record
	var checks []baocao.Check
	for i := 0; i < len(text); i += 80 {
		recs = append(recs, baocao.Record{Start: i, End: i + 20})
		checks = append(checks, baocao.Check{Start: i, End: i + 60, Status: baocao.StatusMismatch})
	}
	for b.Loop() {
		markText(langVI, text, recs, checks, nil)
	}
}
