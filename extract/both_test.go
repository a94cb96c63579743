package extract

import (
	"reflect"
	"testing"

	"baocao/gen"
)

// TestRecordsNumbers holds RecordsNumbers to Records and Numbers on every
// golden input and seed.
func TestRecordsNumbers(t *testing.T) {
	for name, text := range goldenInputs(t) {
		recs, nums := RecordsNumbers(text)
		if want := Records(text); !reflect.DeepEqual(recs, want) {
			t.Errorf("RecordsNumbers(%s) records = %d, want %d", name, len(recs), len(want))
		}
		if want := Numbers(text); !reflect.DeepEqual(nums, want) {
			t.Errorf("RecordsNumbers(%s) numbers = %d, want %d", name, len(nums), len(want))
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	var all []byte
	for _, text := range goldenInputs(b) {
		all = append(all, text...)
	}
	text := string(all)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
		ClauseAt(text, len(text)/2)
	}
}

// BenchmarkRecordsNumbers reads generated reports one by one, as import
// and the extraction measure do: the scratches and slabs pass from report
// to report.
func BenchmarkRecordsNumbers(b *testing.B) {
	texts := gen.Texts(100, 1)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range texts {
			RecordsNumbers(s)
		}
	}
}
