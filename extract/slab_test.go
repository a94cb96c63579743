package extract

import (
	"fmt"
	"reflect"
	"testing"

	"baocao"
	"baocao/gen"
)

// TestSlabsHeld keeps what every call handed out while later calls carve
// their pieces from the same slabs, writes into each piece and appends to
// it as a caller may, and then checks every piece against a fresh
// reading: no piece may be written by another call, nor share room with
// one.
func TestSlabsHeld(t *testing.T) {
	texts := gen.Texts(60, 3)
	for _, s := range goldenInputs(t) {
		texts = append(texts, s, s[:len(s)/3])
	}
	texts = append(texts, fastTexts...)
	type held struct {
		recs, both []baocao.Record
		nums       []Number
	}
	var hs []held
	for _, s := range texts {
		recs := Records(s)
		both, nums := RecordsNumbers(s)
		for i := range recs {
			recs[i].Doc = "mine" // as the importer fills Doc
		}
		_ = append(recs, baocao.Record{Doc: "appended"})
		_ = append(nums, Number{Text: "appended"})
		hs = append(hs, held{recs, both, nums})
	}
	for i, s := range texts {
		recs := Records(s)
		for k := range recs {
			recs[k].Doc = "mine"
		}
		both, nums := RecordsNumbers(s)
		if !reflect.DeepEqual(hs[i].recs, recs) || !reflect.DeepEqual(hs[i].both, both) {
			t.Errorf("text %d: records held differ from a fresh reading", i)
		}
		if fmt.Sprint(numStrings(hs[i].nums)) != fmt.Sprint(numStrings(nums)) {
			t.Errorf("text %d: Numbers held differ from a fresh reading", i)
		}
		if cap(recs) != len(recs) || cap(both) != len(both) || cap(nums) != len(nums) {
			t.Errorf("text %d: handed out with room past the end", i)
		}
	}
}
