package check

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"baocao/extract"
)

// TestRunNumbers holds RunNumbers to Run on every fixture and seed: the
// shared figures must not change a single check.
func TestRunNumbers(t *testing.T) {
	for name, text := range inputs(t) {
		recs, nums := extract.RecordsNumbers(text)
		before := snapshot(nums)
		got := RunNumbers(text, nums, recs)
		want := Run(text, extract.Records(text))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("RunNumbers(%s) = %d checks, want the %d of Run", name, len(got), len(want))
		}
		if after := snapshot(nums); after != before { // the rules share the figures' bounds: they must not write them
			t.Errorf("RunNumbers(%s) changed its numbers", name)
		}
		if again := RunNumbers(text, nums, recs); !reflect.DeepEqual(again, got) {
			t.Errorf("RunNumbers(%s) twice differs", name)
		}
	}
}

// snapshot writes out the values and bounds of ns.
func snapshot(ns []extract.Number) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "%v %v %v;", n.Value, n.Lo, n.Hi)
	}
	return b.String()
}

// wordsBeforeRef is wordsBefore written plainly: split, lower, join.
func wordsBeforeRef(d *doc, i, k int) string {
	n := d.ns[i]
	s := max(0, n.QStart-60)
	for s > 0 && s < len(d.text) && d.text[s]&0xC0 == 0x80 {
		s--
	}
	f := strings.FieldsFunc(d.text[s:n.QStart], func(r rune) bool { return r < 0x80 && wordSep(byte(r)) })
	f = f[max(0, len(f)-k):]
	for j := range f {
		f[j] = strings.ToLower(f[j])
	}
	return strings.Join(f, " ")
}

func TestWordsBefore(t *testing.T) {
	for name, text := range inputs(t) {
		d := newDoc(text, extract.Numbers(text))
		for i := range d.ns {
			for k := 1; k <= 3; k++ {
				if got, want := d.wordsBefore(i, k), wordsBeforeRef(d, i, k); got != want {
					t.Errorf("%s: wordsBefore(%d, %d) = %q, want %q", name, i, k, got, want)
				}
			}
		}
	}
}

// isTargetRef is isTarget lower casing the whole gap.
func isTargetRef(d *doc, i int) bool {
	if i == 0 {
		return false
	}
	gap := strings.ToLower(strings.TrimSpace(d.text[d.ns[i-1].UnitEnd:d.ns[i].QStart]))
	return gap == "/" || strings.HasSuffix(gap, "(kh:") || strings.HasSuffix(gap, "(kh") || strings.HasSuffix(gap, "(kế hoạch:") || strings.HasSuffix(gap, "(kế hoạch")
}

func TestIsTarget(t *testing.T) {
	seen := 0
	for name, text := range inputs(t) {
		d := newDoc(text, extract.Numbers(text))
		for i := range d.ns {
			got, want := d.isTarget(i), isTargetRef(d, i)
			if got != want {
				t.Errorf("%s: isTarget(%d) = %v, want %v", name, i, got, want)
			}
			if got {
				seen++
			}
		}
	}
	if seen == 0 {
		t.Error("no target among the fixtures: the test shows nothing")
	}
}

// TestQuote holds doc.quote to quoteOf on every figure of the fixtures.
func TestQuote(t *testing.T) {
	for name, text := range inputs(t) {
		d := newDoc(text, extract.Numbers(text))
		for i := range d.ns {
			if got, want := d.quote(i), quoteOf(d.ns[i]); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: quote(%d) = %+v, want %+v", name, i, got, want)
			}
		}
		d.release()
	}
}
