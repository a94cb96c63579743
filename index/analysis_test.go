package index

import (
	"slices"
	"strings"
	"testing"

	"baocao/vntext"

	"golang.org/x/text/unicode/norm"
)

var analyzerTests = []struct {
	in            string
	exact, folded string // space-separated terms
}{
	{"An ninh, trật tự", "an ninh trật tự", "an ninh trat tu"},
	{"quyền tự do", "quyền tự do", "quyen tu do"},
	{"In ấn tài liệu", "in ấn tài liệu", "in an tai lieu"},
	{"the is a to", "the is a to", "the is a to"}, // no English stop words either
	{"Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%",
		"giải quyết việc làm cho 28.101 38.000 lao động đạt 73,95",
		"giai quyet viec lam cho 28.101 38.000 lao dong dat 73,95"},
	{"ĐẢNG BỘ TỈNH", "đảng bộ tỉnh", "dang bo tinh"},
	{"hoà bình, hòa giải", "hoà bình hoà giải", "hoa binh hoa giai"}, // one tone placement
	{"Thủy lợi, sức khỏe", "thuỷ lợi sức khoẻ", "thuy loi suc khoe"},
	{"hoàng hoa", "hoàng hoa", "hoang hoa"},
	{norm.NFD.String("Lạng Sơn"), "lạng sơn", "lang son"}, // a query typed with combining marks
	{"Kế hoạch số 17/KH-UBND", "kế hoạch số 17 kh ubnd", "ke hoach so 17 kh ubnd"},
	{"... – !!!", "", ""},
}

func analyze(t *testing.T, analyzer, in string) ([]string, [][2]int) {
	t.Helper()
	if err := register(); err != nil {
		t.Fatal(err)
	}
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := im.AnalyzerNamed(analyzer)
	if a == nil {
		t.Fatalf("no analyzer %s", analyzer)
	}
	var terms []string
	var offs [][2]int
	for _, tok := range a.Analyze([]byte(in)) {
		terms = append(terms, string(tok.Term))
		offs = append(offs, [2]int{tok.Start, tok.End})
	}
	return terms, offs
}

func TestAnalyzers(t *testing.T) {
	for _, tt := range analyzerTests {
		exact, exactOffs := analyze(t, exactAnalyzerName, tt.in)
		folded, foldedOffs := analyze(t, foldedAnalyzerName, tt.in)
		if got := strings.Join(exact, " "); got != tt.exact {
			t.Errorf("exact(%q) = %q, want %q", tt.in, got, tt.exact)
		}
		if got := strings.Join(folded, " "); got != tt.folded {
			t.Errorf("folded(%q) = %q, want %q", tt.in, got, tt.folded)
		}
		// Folding must not move offsets: highlights of folded matches
		// use them on the original text.
		if !slices.Equal(exactOffs, foldedOffs) {
			t.Errorf("offsets of %q: exact %v, folded %v", tt.in, exactOffs, foldedOffs)
		}
		for i, o := range exactOffs {
			if got := vntext.Canonical(strings.ToLower(tt.in[o[0]:o[1]])); got != exact[i] {
				t.Errorf("token %d of %q covers %q, want %q", i, tt.in, got, exact[i])
			}
		}
	}
}
