package check

import (
	"reflect"
	"sync"
	"testing"

	"baocao"
	"baocao/extract"
	"baocao/gen"
)

// TestRunConcurrent runs texts at once in several goroutines, which share
// the pool of docs, and wants what each gives alone.
func TestRunConcurrent(t *testing.T) {
	texts := gen.Texts(24, 5)
	recs := make([][]baocao.Record, len(texts))
	nums := make([][]extract.Number, len(texts))
	want := make([][]baocao.Check, len(texts))
	for i, s := range texts {
		recs[i], nums[i] = extract.RecordsNumbers(s)
		want[i] = RunNumbers(s, nums[i], recs[i])
	}
	var wg sync.WaitGroup
	got := make([][][]baocao.Check, 4)
	for g := range got {
		got[g] = make([][]baocao.Check, len(texts))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range texts {
				i := (k + 7*g) % len(texts) // each goroutine in its own order
				got[g][i] = RunNumbers(texts[i], nums[i], recs[i])
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for i := range texts {
			if !reflect.DeepEqual(got[g][i], want[i]) {
				t.Errorf("RunNumbers(text %d) in goroutine %d = %d checks, alone %d", i, g, len(got[g][i]), len(want[i]))
			}
		}
	}
}
