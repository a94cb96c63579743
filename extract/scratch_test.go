package extract

import (
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentScratch reads the same texts from several goroutines at
// once, in different orders, so that scratches pass from text to text:
// each must read as a fresh call does.
func TestConcurrentScratch(t *testing.T) {
	var texts []string
	for _, s := range goldenInputs(t) {
		texts = append(texts, s, s[:len(s)/2])
	}
	texts = append(texts, fastTexts...)
	type want struct {
		recs, both []any
		nums       []string
	}
	wants := make([]want, len(texts))
	for i, s := range texts {
		r, n := RecordsNumbers(s)
		wants[i] = want{recs: anyOf(Records(s)), both: anyOf(r), nums: numStrings(n)}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				for k := range texts {
					i := (k*(g+1) + round) % len(texts)
					s := texts[i]
					if got := anyOf(Records(s)); !reflect.DeepEqual(got, wants[i].recs) {
						t.Errorf("Records(text %d) in goroutine %d differs from a call alone", i, g)
					}
					r, n := RecordsNumbers(s)
					if !reflect.DeepEqual(anyOf(r), wants[i].both) || !reflect.DeepEqual(numStrings(n), wants[i].nums) {
						t.Errorf("RecordsNumbers(text %d) in goroutine %d differs from a call alone", i, g)
					}
				}
			}
		}()
	}
	wg.Wait()
}

func anyOf[T any](xs []T) (out []any) {
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func numStrings(ns []Number) (out []string) {
	for _, n := range ns {
		out = append(out, n.String()+" "+Format(n.Lo, -1)+" "+Format(n.Hi, -1)+" "+n.Unit)
	}
	return out
}
