package check

import (
	"reflect"
	"testing"

	"baocao/extract"
)

// TestRunNumbers holds RunNumbers to Run on every fixture and seed: the
// shared figures must not change a single check.
func TestRunNumbers(t *testing.T) {
	for name, text := range inputs(t) {
		recs, nums := extract.RecordsNumbers(text)
		got := RunNumbers(text, nums, recs)
		want := Run(text, extract.Records(text))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("RunNumbers(%s) = %d checks, want the %d of Run", name, len(got), len(want))
		}
	}
}
