package indicator

import (
	"baocao/vntext"
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
// A record it cannot name takes the id of the record before it in the same
// sentence when it has the same unit (a list: "cấp thẻ BHYT cho 6.599
// người nghèo, 78.613 người DTTS") or when its phrase only names an amount
// ("tổng kinh phí", "trị giá", or no phrase) in money (spent on that
// thing) or in a unit that indicator's figures can be in.
// text is the document text the records' offsets point into ("" to use
// each record's Text). Records that already carry an id keep it.
func Assign(text string, recs []baocao.Record) {
	var named phrases
	for i := range recs {
		r := &recs[i]
		if r.IndicatorID != "" {
			continue
		}
		id, known := named.get(r.Indicator, r.Unit)
		if id != "" {
			r.IndicatorID = id
			continue
		}
		var pw *[]string // the words of r.Indicator, read when asked for
		words := func() []string {
			if pw == nil {
				pw = getWords()
				*pw = appendWords((*pw)[:0], r.Indicator)
			}
			return *pw
		}
		if !known { // ForRecord's first try, which needs only the phrase and unit
			if ind, ok := matchWords(words(), r.Unit); ok {
				id = ind.ID
			}
			named.put(r.Indicator, r.Unit, id)
		}
		if id != "" {
			r.IndicatorID = id
		} else if ind, ok := forEvidence(text, r); ok {
			r.IndicatorID = ind.ID
		} else {
			r.IndicatorID = inherited(text, recs[:i], r, words())
		}
		if pw != nil {
			putWords(pw)
		}
	}
}

// phrases remembers what the last phrases of a report named: a report
// states one indicator many times with the same phrase and unit, mostly
// close together. A fixed ring on the stack costs less than a map for
// the few dozen records of a report.
type phrases struct {
	at [64]struct{ indicator, unit, id string } // id "" when the phrase names none
	n  int                                      // phrases put so far
}

// get returns the id remembered for the phrase and unit, and whether one is.
func (p *phrases) get(indicator, unit string) (string, bool) {
	for k := range min(p.n, len(p.at)) {
		if e := &p.at[k]; e.indicator == indicator && e.unit == unit {
			return e.id, true
		}
	}
	return "", false
}

func (p *phrases) put(indicator, unit, id string) {
	p.at[p.n%len(p.at)] = struct{ indicator, unit, id string }{indicator, unit, id}
	p.n++
}

// inherited returns the id r takes from the records before it, or "".
// ws are the words of r.Indicator.
func inherited(text string, before []baocao.Record, r *baocao.Record, ws []string) string {
	if len(before) == 0 {
		return ""
	}
	k := KindOf(r.Unit)
	if last := &before[len(before)-1]; last.IndicatorID != "" && sameSentence(text, last, r) {
		prev, _ := ByID(last.IndicatorID)
		if onlyGeneric(ws) && (k == KindMoney || fits(&prev, k)) {
			return prev.ID // "..., trị giá 9.642.700.000 đồng": the money spent on it
		}
		if k == KindMoney { // the unit first: it spares a match for most records
			if ind, ok := matchWords(ws, ""); ok && ind.ID == prev.ID {
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
	gap := text[a.End:b.Start]
	return !strings.ContainsAny(gap, ";\n") && !strings.Contains(gap, ". ")
}
