package extract

import (
	"reflect"
	"strings"
	"testing"

	"baocao"
	"baocao/gen"
)

// recordsRef is Records as it read the clauses before recordsOf found
// them around their figures: every clause of the text split off by
// spans, its figures gathered as the split went.
func recordsRef(text string) []baocao.Record {
	low := lowerText(text)
	ns := scanWith(text, low, true)
	fs := make([]figure, len(ns))
	for i := range ns {
		fs[i] = figure{Number: &ns[i]}
	}
	pl := newSections(text, low)
	rows, taken := tableRows(text, pl, nil, nil, nil) // every cell read again
	var out []baocao.Record
	k := 0
	for cl := range spans(text, true) {
		for k < len(fs) && fs[k].Start < cl.Start {
			k++
		}
		e := k
		for e < len(fs) && fs[e].End <= cl.End {
			e++
		}
		if e > k && !inSpans(taken, cl.Start) {
			out = clauseRecords(out, text, cl, fs[k:e], pl)
		}
		k = e
	}
	if len(out)+len(rows) == 0 {
		return nil
	}
	if len(rows) == 0 {
		return out
	}
	return new(scratch).withRows(out, rows)
}

// TestClausesAround holds Records to recordsRef on the fixtures, the
// seeds, generated reports and the fast paths' edge cases.
func TestClausesAround(t *testing.T) {
	texts := append([]string(nil), fastTexts...)
	for _, s := range goldenInputs(t) {
		texts = append(texts, s)
	}
	texts = append(texts, gen.Texts(40, 7)...)
	texts = append(texts, "đạt 73,95%.\n12 người; 7.000 hộ.", "1.500 người\r\n\t12\t30\r\n3 hộ", strings.Repeat("12 người. ", 5))
	for _, s := range texts {
		if got, want := Records(s), recordsRef(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Records(%.60q) = %d records, want %d as recordsRef", s, len(got), len(want))
		}
	}
}

func FuzzClausesAround(f *testing.F) {
	for _, s := range fastTexts {
		f.Add(s)
	}
	addLines(f)
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Records(s), recordsRef(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Records(%q) = %v, want %v", s, got, want)
		}
	})
}
