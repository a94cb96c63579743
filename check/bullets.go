package check

import (
	"baocao/vntext"
	"strings"

	"baocao"
	"baocao/extract"
)

// listOpeners end a line that breaks its total down in the bullets
// below it; partial tells whether the bullets may list only a part.
var listOpeners = []struct {
	word    string
	partial bool
}{{"trong đó", true}, {"bao gồm", false}, {"gồm", false}}

// bulletSums checks a total whose breakdown is a bulleted list on the
// lines below it:
//
//	Tổng số đối tượng hưởng trợ cấp: 2.140 người, trong đó:
//	- Người cao tuổi: 920 người;
//	- Người khuyết tật: 1.010 người;
//
// Each bullet of the list's first marker ("-", "+", "•") gives its first
// figure counting what the total counts; a bullet without one means the
// list is not a breakdown of the total, and nothing is checked. "trong
// đó:" lists a part (the same rules as a "trong đó:" list in a sentence),
// "gồm:"/"bao gồm:" the whole, whose parts must add up to the total.
func (d *doc) bulletSums(out []baocao.Check) []baocao.Check {
	for s, sen := range d.sentences {
		tail := trimRightOf(d.text[sen.Start:sen.End], " *_")
		if !strings.HasSuffix(tail, ":") {
			continue
		}
		tail = strings.TrimRight(strings.TrimSuffix(tail, ":"), " ")
		if r := lastLower(tail); r != 'ó' && r != 'm' {
			continue // no opener ends so: lower case only the lines that may end in one
		}
		line := d.lower(lowWindow, tail)
		for _, op := range listOpeners {
			if !strings.HasSuffix(line, op.word) || len(line) != len(tail) || (op.word == "gồm" && strings.HasSuffix(line, "bao gồm")) {
				continue
			}
			at := sen.Start + len(tail) - len(op.word)
			if c, ok := d.bulletSum(sen, d.inSen(s), at, op.partial); ok {
				out = append(out, c)
			}
			break
		}
	}
	return out
}

// bulletSum checks the list opened by the word at pos, ending sentence
// sen, whose figures are idx.
func (d *doc) bulletSum(sen extract.Span, idx []int, pos int, partial bool) (baocao.Check, bool) {
	total := d.totalBefore(idx, pos)
	if total < 0 || d.unit(total) == "" {
		return baocao.Check{}, false
	}
	var parts []int
	marker := ""
	listEnd := sen.End
	for off := sen.End; off < len(d.text) && len(parts) < 40; {
		end := strings.IndexByte(d.text[off:], '\n')
		if end < 0 {
			end = len(d.text)
		} else {
			end += off
		}
		from := off
		item := trimSpace(d.text[off:end])
		off = end + 1
		if item == "" {
			continue
		}
		m := bulletMarker(item)
		if m == "" || (marker != "" && m != marker) {
			if marker == "" || m == "" {
				break // the list ends where the bullets do
			}
			continue // a sub-item of another marker
		}
		marker = m
		part := d.firstPart(total, from, end)
		if part < 0 {
			return baocao.Check{}, false
		}
		parts = append(parts, part)
		listEnd = end
	}
	if len(parts) < 2 {
		return baocao.Check{}, false
	}
	c := d.sumCheck(total, parts, partial)
	overlap := func() bool { // asked only of a mismatch: lower casing the list costs
		list := " " + vntext.Lower(d.text[sen.End:listEnd]) + " "
		return containsAny(list, overlapping...) && !d.disjointCategories(total, list)
	}
	if c.Status == baocao.StatusMismatch && partial && overlap() && !d.partExceeds(total, parts) {
		c.Status, c.Severity = baocao.StatusUnverifiable, ""
		c.Reason = strings.Replace(c.Reason, "vượt tổng", "lớn hơn tổng", 1) + " (các phần có thể chồng lấn)"
	}
	return c, true
}

// bulletMarker is the marker a list item starts with, or "".
func bulletMarker(item string) string {
	for _, m := range []string{"-", "+", "•", "*", "–"} {
		if strings.HasPrefix(item, m) && !strings.HasPrefix(item, m+m) {
			return m
		}
	}
	return ""
}

// firstPart is the first figure in [from, to) that counts what ns[total]
// counts: a quantity of its unit (or a kind of it) or a bare number
// ending the item, or -1.
func (d *doc) firstPart(total, from, to int) int {
	for _, i := range d.within(extract.Span{Start: from, End: to}) {
		n := &d.ns[i]
		if !d.quantity(i) || d.isTarget(i) {
			continue
		}
		if n.Money != d.ns[total].Money {
			return -1 // "Kinh phí 200 triệu đồng cho 300 hộ": the item is about money
		}
		if u := d.unit(i); u != "" && kindOf(u, d.unit(total)) {
			return i
		}
		if d.unit(i) == "" && d.closesItem(i) {
			return i
		}
		return -1 // another unit first: the item counts something else
	}
	return -1
}
