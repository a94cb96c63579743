package indicator

import (
	"strings"
	"testing"
	"unicode"

	"baocao/extract"
	"baocao/gen"
	"baocao/vntext"
)

// TestEvidenceMemoSafe guards the reasoning of evidenceKey: it must hold
// for the phrasings, and no rune but an ASCII digit may fold to one.
func TestEvidenceMemoSafe(t *testing.T) {
	if !evidenceMemoSafe {
		t.Fatal("a phrasing word of five letters or more holds a digit: the evidence memo is off")
	}
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if strings.ContainsAny(vntext.FoldRune(r), "0123456789") {
			t.Fatalf("FoldRune(%U) = %q holds an ASCII digit", r, vntext.FoldRune(r))
		}
	}
}

// evidenceTests are evidences whose keys must be equal or differ.
var evidenceTests = []struct {
	a, b string
	same bool
}{
	{"có 10.371 lao động làm việc", "có 12.935 lao động làm việc", true},
	{"có 10.371 lao động", "có 10.37 lao động", false},
	{"12.34 người", "12.12 người", false}, // a word written twice counts once
	{"12.12 người", "34.34 người", true},
	{"Nghị quyết 68 cho 120 người", "Nghị quyết 67 cho 120 người", false},
	{"Nghị quyết 68 cho 120 người", "Nghị quyết 68 cho 130 người", true},
	{"1\u0301 2 người", "3\u0301 4 người", false}, // no key: a mark joins the runs
}

func TestEvidenceKey(t *testing.T) {
	for _, tt := range evidenceTests {
		ka, oka := evidenceKey(nil, tt.a, "người")
		kb, okb := evidenceKey(nil, tt.b, "người")
		if got := oka && okb && string(ka) == string(kb); got != tt.same {
			t.Errorf("evidenceKey(%q) == evidenceKey(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestEvidenceMemoGenerated checks the memo against matching anew on the
// records of generated reports, which repeat sentences with other figures.
func TestEvidenceMemoGenerated(t *testing.T) {
	for _, s := range gen.Texts(200, 7) {
		for _, r := range extract.Records(s) {
			pw := getWords()
			got, ok := forEvidence(pw, s, &r)
			ev := s[r.Start : r.End+len(tail(s[r.End:]))]
			want, wok := Indicator{}, false
			if ev != "" && ev != r.Indicator {
				*pw = appendWords((*pw)[:0], ev)
				want, wok = matchWords(*pw, r.Unit)
			}
			putWords(pw)
			if got.ID != want.ID || ok != wok {
				t.Fatalf("forEvidence(%q, %q) = %q, %v; matching anew gives %q, %v", ev, r.Unit, got.ID, ok, want.ID, wok)
			}
		}
	}
}
