package check

import (
	"baocao/vntext"
	"strings"

	"baocao"
	"baocao/extract"
)

// sums checks parts against their total, sentence by sentence: "N UNIT,
// trong đó a, b, c" (a part of the total is listed: the parts may not
// exceed it) and "N UNIT (x: a UNIT, y: b UNIT)" (a breakdown: the parts
// must add up to it).
func (d *doc) sums(out []baocao.Check) []baocao.Check {
	for s, sen := range d.sentences {
		idx := d.inSen(s)
		if len(idx) < 2 {
			continue
		}
		out = d.trongDo(out, sen, idx)
		out = d.breakdowns(out, sen, idx)
	}
	return out
}

// trongDo checks each "trong đó" list of the sentence.
func (d *doc) trongDo(out []baocao.Check, sen extract.Span, idx []int) []baocao.Check {
	for off := sen.Start; ; {
		at := d.trongDoIn(off, sen.End)
		if at < 0 {
			break
		}
		off = at + len("trong đó")
		total := d.totalBefore(idx, at)
		if total < 0 {
			continue
		}
		end := d.listEnd(sen, at)
		var parts []int
		for _, i := range idx {
			n := &d.ns[i]
			if n.QStart <= at || n.End > end {
				continue
			}
			if !d.quantity(i) || d.isTarget(i) || n.Money != d.ns[total].Money {
				continue
			}
			if u := d.unit(i); u != "" && !kindOf(u, d.unit(total)) {
				continue
			}
			if d.unit(i) == "" && !d.closesItem(i) && !d.isNumerator(i) {
				continue // "mức độ 4 đạt": a label, not a part
			}
			if d.changeWordBefore(i) {
				continue // "giảm từ 3.351 hộ xuống còn 1.803 hộ" is a change, not a part
			}
			parts = append(parts, i)
		}
		if len(parts) == 0 {
			continue
		}
		pair := d.complementParts(at, parts)
		ch := d.sumCheck(total, parts, pair == "")
		if pair != "" && ch.Status == baocao.StatusMismatch {
			ch.Reason = completeReason(ch.Reason, pair, d.ns[total], parts, d)
		}
		overlap := func() bool { // asked only of a mismatch: lower casing the list costs
			list := " " + vntext.Lower(d.text[at:end]) + " "
			return !d.colonList(at) || (containsAny(list, overlapping...) && !d.disjointCategories(total, list))
		}
		if ch.Status == baocao.StatusMismatch && pair == "" && overlap() && !d.partExceeds(total, parts) {
			// "1.000 người, trong đó 600 nữ, 700 người DTTS": the parts may
			// overlap, so only a colon list or a part beyond the total is an error
			ch.Status, ch.Severity = baocao.StatusUnverifiable, ""
			ch.Reason = strings.Replace(ch.Reason, "vượt tổng", "lớn hơn tổng", 1) + " (các phần có thể chồng lấn)"
		}
		out = append(out, ch)
	}
	return out
}

// overlapping name groups that cut across others (women, rural workers,
// ethnic minorities ...): parts labelled so may overlap even in a colon
// list.
var overlapping = []string{" nữ", "nông thôn", "dân tộc", "dtts", "thanh niên", "khuyết tật", " nghèo", "bộ đội", "xuất ngũ", "cao tuổi", "trẻ em"}

// colonList reports whether the "trong đó" at pos opens a list with a
// colon, which lists disjoint parts.
func (d *doc) colonList(pos int) bool {
	rest := strings.TrimLeft(d.text[pos+len("trong đó"):min(len(d.text), pos+len("trong đó")+6)], " ")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "có"), " ")
	return strings.HasPrefix(rest, ":")
}

// partExceeds reports whether one part alone is certainly above the total.
func (d *doc) partExceeds(total int, parts []int) bool {
	t := d.bounds(total)
	for _, i := range parts {
		if !t.open && d.operand(i).lo.cmp(t.hi) > 0 {
			return true
		}
	}
	return false
}

// totalBefore is the figure a "trong đó" at pos divides: the last count
// or amount before it in its clause (the a of "a/b").
func (d *doc) totalBefore(idx []int, pos int) int {
	cl := d.clauseAt(max(0, pos-1))
	for j := len(idx) - 1; j >= 0; j-- {
		i := idx[j]
		n := &d.ns[i]
		if n.End > pos {
			continue
		}
		if n.QStart < cl.Start {
			return -1
		}
		if !d.quantity(i) {
			continue
		}
		if d.isTarget(i) {
			return i - 1
		}
		return i
	}
	return -1
}

// listEnd is where a "trong đó" list at pos ends: the sentence end after
// "trong đó:", else the clause end or the parenthesis that encloses it.
func (d *doc) listEnd(sen extract.Span, pos int) int {
	rest := d.text[pos+len("trong đó") : sen.End]
	if strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " "), "có"), " "), ":") {
		return sen.End
	}
	end := d.clauseAt(pos).End
	open := strings.LastIndexByte(d.text[sen.Start:pos], '(') > strings.LastIndexByte(d.text[sen.Start:pos], ')')
	if open {
		if c := strings.IndexByte(d.text[pos:sen.End], ')'); c >= 0 && pos+c < end {
			end = pos + c
		}
	}
	if k := d.trongDoIn(pos+len("trong đó"), end); k >= 0 {
		end = k
	}
	return end
}

// breakdowns checks "N UNIT (a UNIT, b UNIT, ...)" groups of the sentence.
func (d *doc) breakdowns(out []baocao.Check, sen extract.Span, idx []int) []baocao.Check {
	s := d.text[sen.Start:sen.End]
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '(')
		if k < 0 {
			break
		}
		open := sen.Start + off + k
		off += k + 1
		c := strings.IndexByte(d.text[open:sen.End], ')')
		if c < 0 {
			c = len(d.text[open:sen.End]) // "(a và b; giảm 10 vụ ..." left unclosed: cut at the ";" below
		}
		close := open + c
		if k := strings.IndexByte(d.text[open:close], ';'); k >= 0 {
			close = open + k // "(a, b; giảm 10 vụ so với năm 2020)": the breakdown ends at the ";"
		} else if c == len(d.text[open:sen.End]) {
			continue
		}
		var parts []int
		ok := true
		unit := ""
		for _, i := range idx {
			n := &d.ns[i]
			if n.QStart <= open || n.End > close || n.Duration || d.isTarget(i) {
				continue // the b of "a người/b vụ" counts the same cases in another unit
			}
			if !d.quantity(i) {
				ok = false
				break
			}
			if n.Unit != "" {
				if unit != "" && n.Unit != unit {
					ok = false
					break
				}
				unit = n.Unit
			} else if !strings.HasSuffix(strings.TrimRight(d.text[open:n.QStart], " "), ":") {
				ok = false // "(600 nữ, 300 người DTTS)": groups that may overlap
				break
			}
			parts = append(parts, i)
		}
		if !ok || len(parts) < 2 || unit == "" {
			continue
		}
		// Asked after the parts, which rule out most parentheses ("(đạt
		// 73,95%)") without lower casing them.
		inner := d.lower(lowWindow, d.text[open:close])
		if (strings.Contains(inner, "/") && !d.unitPairs(open, close)) || strings.Contains(inner, "trong đó") || containsAny(inner, " từ ", "xuống", " lên ", "giảm", "tăng", "so với", "(từ ") {
			continue
		}
		total := d.totalBefore(idx, open)
		if total < 0 || d.ns[total].Money != d.ns[parts[0]].Money {
			continue
		}
		ch := d.sumCheck(total, parts, false)
		if d.unit(total) != unit && ch.Status == baocao.StatusMismatch {
			ch.Status, ch.Severity = baocao.StatusUnverifiable, ""
			ch.Reason += " (đơn vị khác nhau: có thể không cùng một tổng)"
		}
		d.evidence(&ch, d.ns[total].QStart, close+1)
		out = append(out, ch)
	}
	return out
}

// sumCheck compares the sum of parts with total; partial lists ("trong
// đó") need only stay within it.
func (d *doc) sumCheck(total int, parts []int, partial bool) baocao.Check {
	t := &d.ns[total]
	sum := point(intFrac(0))
	exact := intFrac(0)
	for _, i := range parts {
		sum = add(sum, d.operand(i))
		exact = exact.add(d.value(i))
	}
	tb := d.bounds(total)
	stated := tb
	if partial {
		stated = interval{lo: intFrac(0), hi: tb.hi, open: tb.open}
	}
	c := baocao.Check{Kind: "sum", Status: decide(sum, stated), StatedText: d.figureText(total)}
	c.Stated = d.value(total).float()
	s := &d.strs
	c.Computed = s.float(exact)
	s.open()
	s.num(exact, -1)
	c.ComputedText = s.close()
	for k, i := range parts { // the terms, then what they come to
		if k > 0 {
			s.add(" + ")
		}
		d.addFigure(i)
	}
	s.add(" = ")
	if !sum.open && sum.lo == sum.hi && sum.hi == exact {
		s.add(c.ComputedText) // what interval writes of the point: written once already
	} else {
		s.interval(sum, -1, "")
	}
	switch {
	case c.Status == baocao.StatusMismatch:
		c.Severity = gradeOff(exact, d.value(total))
		if partial {
			s.add3(" — vượt tổng ", c.StatedText, " đã nêu")
		} else {
			s.add3(" — không bằng tổng ", c.StatedText, " đã nêu")
		}
	case c.Status == baocao.StatusUnverifiable:
		s.add2(" — số liệu ước lượng, không kiểm chứng được tổng ", c.StatedText)
	case meets(sum, tb) && within(sum, tb):
		s.add3(" — bằng tổng ", c.StatedText, " đã nêu")
	default:
		s.add2(" — phần “trong đó” không vượt tổng ", c.StatedText)
	}
	c.Reason = s.close()
	d.evidence(&c, t.QStart, d.ns[parts[len(parts)-1]].UnitEnd)
	return c
}

// closesItem reports whether a figure without a unit ends a list item:
// "Trình độ sơ cấp 7.894; ...; cao đẳng 616."
func (d *doc) closesItem(i int) bool {
	e := d.ns[i].End
	return e >= len(d.text) || strings.IndexByte(",;.)\n", d.text[e]) >= 0
}

// indexFold is strings.Index ignoring the case of the first letter, which
// must be an ASCII small letter: the rest is searched for once and the
// byte before it compared, with no upper-cased copy of sub.
func indexFold(s, sub string) int {
	up := sub[0] - 'a' + 'A'
	for off := 1; off < len(s); {
		k := strings.Index(s[off:], sub[1:])
		if k < 0 {
			return -1
		}
		if c := s[off+k-1]; c == sub[0] || c == up {
			return off + k - 1
		}
		off += k + 1
	}
	return -1
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
