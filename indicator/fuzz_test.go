package indicator

import (
	"testing"

	"baocao"
)

func FuzzMatch(f *testing.F) {
	for _, tt := range matchTests {
		f.Add(tt.phrase, tt.unit)
	}
	f.Add("giải quyết việc làm cho 28.101/38.000 lao động", "lao động")
	f.Add("\xff\xfe hộ", "\x00%")
	f.Fuzz(func(t *testing.T, phrase, unit string) {
		ind, ok := Match(phrase, unit)
		if ok {
			if got, found := ByID(ind.ID); !found || got.ID != ind.ID {
				t.Fatalf("Match(%q, %q) = %q, not in the taxonomy", phrase, unit, ind.ID)
			}
		} else if ind.ID != "" {
			t.Fatalf("Match(%q, %q) = %q with false", phrase, unit, ind.ID)
		}
		again, ok2 := Match(phrase, unit)
		if again.ID != ind.ID || ok2 != ok {
			t.Fatalf("Match(%q, %q) not deterministic: %q then %q", phrase, unit, ind.ID, again.ID)
		}
		// Any span, even one outside the text, must be safe.
		r := baocao.Record{Indicator: phrase, Unit: unit, Text: phrase, Start: len(unit) - 3, End: len(phrase)}
		if got, ok := ForRecord(unit+phrase, r); ok {
			if _, found := ByID(got.ID); !found {
				t.Fatalf("ForRecord gave unknown id %q", got.ID)
			}
		}
		// The evidence memo answers as matching the evidence anew does,
		// whatever figures the evidence holds.
		for _, ev := range []string{phrase, "có 1.234 " + phrase, phrase + " 56,7 " + unit} {
			r := baocao.Record{Indicator: "-", Unit: unit, Text: ev, Start: -1}
			pw := getWords()
			got, ok := forEvidence(pw, "", &r)
			*pw = appendWords((*pw)[:0], ev)
			want, wok := matchWords(*pw, unit)
			putWords(pw)
			if got.ID != want.ID || ok != wok {
				t.Fatalf("forEvidence(%q, %q) = %q, %v; matching anew gives %q, %v", ev, unit, got.ID, ok, want.ID, wok)
			}
		}
	})
}
