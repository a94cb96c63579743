package check

import (
	"baocao/vntext"
	"strings"

	"baocao/extract"
)

// complements are pairs of labels that between them cover everything
// counted: a "trong đó" list naming both ("trong tỉnh khoảng 7.000 người,
// ngoài tỉnh 8.000 người") is the whole breakdown of its total, not a part
// of it, so its parts must add up to the total. ("Trong tỉnh" and "nước
// ngoài" leave out the other provinces: they are no such pair.)
var complements = [][2][]string{
	{{"trong tỉnh"}, {"ngoài tỉnh"}},
	{{"trong nước"}, {"ngoài nước", "nước ngoài"}},
	{{"thành thị"}, {"nông thôn"}},
	{{" nam "}, {" nữ "}},
}

// complementParts returns the pair of complementary labels that the two
// parts of the "trong đó" list at pos are labelled with, one each, as
// written for a reason ("trong tỉnh, ngoài tỉnh"); "" when the list has
// other parts or other labels, and may be partial.
func (d *doc) complementParts(pos int, parts []int) string {
	if len(parts) != 2 {
		return ""
	}
	first := " " + vntext.Lower(d.text[pos:d.ns[parts[0]].UnitEnd]) + " "
	second := " " + vntext.Lower(d.text[d.ns[parts[0]].UnitEnd:d.ns[parts[1]].UnitEnd]) + " "
	first = strings.ReplaceAll(first, "việt nam", "") // not the "nam" of "nam, nữ"
	second = strings.ReplaceAll(second, "việt nam", "")
	for _, c := range complements {
		a1, b1 := firstOf(first, c[0]), firstOf(first, c[1])
		a2, b2 := firstOf(second, c[0]), firstOf(second, c[1])
		switch {
		case a1 != "" && b1 == "" && b2 != "" && a2 == "":
			return trimSpace(a1) + ", " + trimSpace(b2)
		case b1 != "" && a1 == "" && a2 != "" && b2 == "":
			return trimSpace(b1) + ", " + trimSpace(a2)
		}
	}
	return ""
}

func firstOf(s string, subs []string) string {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return sub
		}
	}
	return ""
}

// beneficiaryGroups are the groups of the monthly social allowance. Each
// beneficiary is paid under one group only (a person who qualifies under
// several receives the highest one allowance: Nghị định 20/2021/NĐ-CP,
// Điều 8), so these groups do not overlap when they break down such a
// total, though "cao tuổi" or "khuyết tật" may cut across other lists.
var beneficiaryGroups = []string{"cao tuổi", "khuyết tật", "trẻ em", "mồ côi", "đơn thân", "tâm thần", "hiv", "nghèo đơn thân"}

// beneficiaryTotals name a total of social allowance beneficiaries.
var beneficiaryTotals = []string{"trợ cấp xã hội", "bảo trợ xã hội", "trợ cấp hằng tháng", "trợ cấp hàng tháng", "đối tượng bảo trợ"}

// disjointCategories reports whether the "trong đó" list breaks down a
// total of social allowance beneficiaries into allowance groups only: the
// words of the total's clause up to the list name the allowance, and every
// group word the list names is an allowance group.
func (d *doc) disjointCategories(total int, list string) bool {
	from := d.clauseAt(d.ns[total].Start).Start // the allowance may be named before the total
	head := vntext.Lower(d.text[from:min(len(d.text), d.ns[total].UnitEnd+200)])
	if k := strings.Index(head, "trong đó"); k >= 0 {
		head = head[:k]
	}
	if !containsAny(head, beneficiaryTotals...) {
		return false
	}
	for _, w := range overlapping {
		if strings.Contains(list, w) && !containsAny(w, beneficiaryGroups...) {
			return false
		}
	}
	return true
}

// completeReason rewrites the reason of a mismatch of a complete
// breakdown (its labels name both sides of pair) so a reader sees why
// the parts must reach the total: "“trong tỉnh” và “ngoài tỉnh” là toàn
// bộ nên phải bằng tổng; cộng lại chỉ được [14.300; 15.700], chưa tới
// trên 16.000 người".
func completeReason(reason, pair string, total extract.Number, parts []int, d *doc) string {
	expr, _, _ := strings.Cut(reason, " — ")
	a, b, _ := strings.Cut(pair, ", ")
	sum := intFrac(0)
	for _, i := range parts {
		sum = sum.add(d.value(i))
	}
	how := "chưa tới"
	if sum.cmp(fracOf(total.Value)) > 0 {
		how = "vượt"
	}
	return expr + " — “" + a + "” và “" + b + "” gộp lại là toàn bộ nên phải bằng tổng, nhưng " + how + " tổng " + written(total) + " " + total.Unit + " đã nêu"
}
