package indicator

import (
	"strings"

	"baocao"
)

// generic are the folded words of phrases that name an amount, not what
// it is for: "tổng kinh phí", "trị giá", "với số tiền". A record so
// named speaks of the record before it in its sentence ("12.893 phần quà
// trị giá 9.642.700.000 đồng").
var generic = map[string]bool{
	"tong": true, "kinh": true, "phi": true, "tri": true, "gia": true, "so": true, "tien": true,
	"voi": true, "la": true, "dat": true, "bang": true, "chiem": true, "voi tong": true, "von": true,
}

// Assign sets IndicatorID on each record of recs that ForRecord names.
// A record it cannot name whose phrase only names an amount ("tổng kinh
// phí", "trị giá", or no phrase) takes the id of the record before it in
// the same sentence, when it is money (spent on that thing) or a unit that
// indicator's figures can be in.
// text is the document text the records' offsets point into ("" to use
// each record's Text). Records that already carry an id keep it.
func Assign(text string, recs []baocao.Record) {
	for i := range recs {
		r := &recs[i]
		if r.IndicatorID != "" {
			continue
		}
		if ind, ok := ForRecord(text, *r); ok {
			r.IndicatorID = ind.ID
			continue
		}
		if i == 0 || recs[i-1].IndicatorID == "" || !onlyGeneric(r.Indicator) || !sameSentence(text, recs[i-1], *r) {
			continue
		}
		prev, _ := ByID(recs[i-1].IndicatorID)
		if k := KindOf(r.Unit); k == KindMoney || fits(&prev, k) { // the money spent on it
			r.IndicatorID = prev.ID
		}
	}
}

func onlyGeneric(phrase string) bool {
	for _, w := range words(phrase) {
		if !generic[w] {
			return false
		}
	}
	return true
}

// sameSentence reports whether b follows a closely in one sentence of text.
func sameSentence(text string, a, b baocao.Record) bool {
	if a.End > b.Start || b.Start-a.End > 200 || b.Start > len(text) || a.End < 0 {
		return false
	}
	gap := text[a.End:b.Start]
	return !strings.ContainsAny(gap, ";\n") && !strings.Contains(gap, ". ")
}
