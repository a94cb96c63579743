package indicator

import (
	"strings"

	"baocao"
	"baocao/vntext"
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
// A record it cannot name takes the id of the record before it in the same
// sentence when it has the same unit (a list: "cấp thẻ BHYT cho 6.599
// người nghèo, 78.613 người DTTS") or when its phrase only names an amount
// ("tổng kinh phí", "trị giá", or no phrase) in money (spent on that
// thing) or in a unit that indicator's figures can be in.
// text is the document text the records' offsets point into ("" to use
// each record's Text). Records that already carry an id keep it.
func Assign(text string, recs []baocao.Record) {
	var pw *[]string // the words of an evidence, one array for the report
	defer func() {
		if pw != nil {
			putWords(pw)
		}
	}()
	for i := range recs {
		r := &recs[i]
		if r.IndicatorID != "" {
			continue
		}
		p := phraseOf(r.Indicator, r.Unit) // ForRecord's first try, which needs only the phrase and unit
		if p.id != "" {
			r.IndicatorID = p.id
			continue
		}
		if pw == nil {
			pw = getWords()
		}
		if ind, ok := forEvidence(pw, text, r); ok {
			r.IndicatorID = ind.ID
		} else {
			r.IndicatorID = inherited(text, recs[:i], r, p.generic)
		}
	}
}

// inherited returns the id r takes from the records before it, or "".
// generic tells whether r.Indicator only names an amount.
func inherited(text string, before []baocao.Record, r *baocao.Record, generic bool) string {
	if len(before) == 0 {
		return ""
	}
	k := KindOf(r.Unit)
	if last := &before[len(before)-1]; last.IndicatorID != "" && sameSentence(text, last, r) {
		prev, _ := ByID(last.IndicatorID)
		if generic && (k == KindMoney || fits(&prev, k)) {
			return prev.ID // "..., trị giá 9.642.700.000 đồng": the money spent on it
		}
		if k == KindMoney { // the unit first: it spares a match for most records
			if id := phraseOf(r.Indicator, "").id; id != "" && id == prev.ID {
				return prev.ID // "500 phần quà cho hộ cận nghèo trị giá 250.000.000 đồng"
			}
		}
	}
	if k == "" {
		return ""
	}
	// "thẻ BHYT cho 6.599 người nghèo, 78.613 người DTTS": a list of
	// figures in one unit counts parts of one thing, even with an amount
	// between them.
	for j := len(before) - 1; j >= 0 && j >= len(before)-4 && sameSentence(text, &before[j], r); j-- {
		if sameFold(before[j].Unit, r.Unit) {
			return before[j].IndicatorID
		}
	}
	return ""
}

// onlyGeneric reports whether the words of a phrase all name an amount.
func onlyGeneric(ws []string) bool {
	for _, w := range ws {
		if !generic[w] {
			return false
		}
	}
	return true
}

// sameFold reports whether vntext.Fold(a) == vntext.Fold(b), folding short units on
// the stack.
func sameFold(a, b string) bool {
	if a == b {
		return true
	}
	var ba, bb [64]byte
	return string(vntext.AppendFold(ba[:0], a)) == string(vntext.AppendFold(bb[:0], b))
}

// sameSentence reports whether b follows a closely in one sentence of text.
func sameSentence(text string, a, b *baocao.Record) bool {
	if a.End > b.Start || b.Start-a.End > 200 || b.Start > len(text) || a.End < 0 {
		return false
	}
	// three scans that find a byte with vector instructions cost less
	// than ContainsAny's set lookup of every byte
	gap := text[a.End:b.Start]
	return strings.IndexByte(gap, ';') < 0 && strings.IndexByte(gap, '\n') < 0 && !strings.Contains(gap, ". ")
}
