package check

import (
	"slices"
	"strings"

	"baocao"
	"baocao/extract"
)

// totalWords introduce a figure that adds up the figures before it:
// "a ... và b ..., tổng cộng N". Longest first.
var totalWords = []string{"tổng cộng là", "tổng cộng có", "tổng cộng", "tổng số là", "tổng số", "cộng là", "tổng là", "tổng"}

// totals checks "a UNIT ... và b UNIT ..., tổng cộng N UNIT": a figure
// that a total word introduces, after a comma or inside parentheses, is
// the sum of the figures of its sentence before it, which must all count
// what it counts (the same unit or a kind of it); so a+b must equal N.
// Any other figure before it (a percent, a target, a figure of another
// unit, a change "từ a xuống b") or a "trong đó" (a partial list) leaves
// the sentence alone: the figures might not be parts of that total.
func (d *doc) totals(out []baocao.Check) []baocao.Check {
	for s, sen := range d.sentences {
		idx := d.inSen(s)
		for k, t := range idx {
			if k < 2 || !d.quantity(t) {
				continue
			}
			tw := d.totalWordBefore(t) // before the unit: it rules out most figures at a glance
			if tw < 0 || d.unit(t) == "" {
				continue
			}
			if parts := d.partsBefore(sen, idx[:k], t, tw); len(parts) >= 2 {
				c := d.sumCheck(t, parts, false)
				d.evidence(&c, d.ns[parts[0]].QStart, d.ns[t].UnitEnd)
				out = append(out, c)
			}
		}
	}
	return out
}

// totalWordBefore returns where the total word before ns[t] starts, or -1
// when none does or it does not open a segment (", tổng cộng", "(tổng số").
func (d *doc) totalWordBefore(t int) int {
	n := &d.ns[t]
	before := trimRightOf(d.text[max(0, n.QStart-40):n.QStart], " :")
	if l := lastLower(before); l != 'g' && l != 'à' && l != 'ó' && l != 'ố' {
		return -1 // no total word ends so: most figures are not totals
	}
	low := d.lower(lowWindow, before)
	for _, w := range totalWords {
		if !strings.HasSuffix(low, w) {
			continue
		}
		at := len(before) - len(w)
		lead := strings.TrimRight(before[:at], " ")
		if strings.HasSuffix(lead, ",") || strings.HasSuffix(lead, "(") || strings.HasSuffix(lead, "–") || strings.HasSuffix(lead, " -") {
			return n.QStart - (len(d.text[max(0, n.QStart-40):n.QStart]) - at)
		}
		return -1
	}
	return -1
}

// partsBefore returns the figures of the sentence before the total word
// at tw, when there are two or more and every one of them is a part of
// ns[t]; nil otherwise.
func (d *doc) partsBefore(sen extract.Span, idx []int, t, tw int) []int {
	parts := d.parts[:0]
	defer func() { d.parts = parts[:0] }()
	for _, i := range idx {
		n := &d.ns[i]
		if n.End > tw {
			break
		}
		if n.Duration {
			continue // "trong 6 tháng": a period, not a part
		}
		if !d.quantity(i) || d.isTarget(i) || d.isNumerator(i) || n.Money != d.ns[t].Money || n.Qualifier != "" || n.Range {
			return nil
		}
		if !kindOf(d.unit(i), d.unit(t)) {
			return nil
		}
		parts = append(parts, i)
	}
	// The words are asked last: the figures rule out most totals
	// without lower casing the sentence.
	if len(parts) < 2 || d.trongDoIn(sen.Start, tw) >= 0 || containsAny(d.lower(lowWindow, d.text[sen.Start:tw]), " so với", "kế hoạch", " từ ", "xuống", " lên ") {
		return nil
	}
	return parts
}

// personUnits count people; a total in "người" or "đối tượng" adds them
// up ("1.853 người cao tuổi, 960 trẻ em mồ côi").
var personUnits = map[string]bool{
	"người": true, "lao động": true, "trẻ em": true, "học sinh": true, "học viên": true, "sinh viên": true,
	"đối tượng": true, "cán bộ": true, "công chức": true, "viên chức": true, "thí sinh": true,
}

// kindOf reports whether a part counted in unit part can be added into a
// total counted in unit total.
func kindOf(part, total string) bool {
	if part == total {
		return true
	}
	return (total == "người" || total == "đối tượng") && personUnits[part]
}

// includes checks "N UNIT, gồm a UNIT ... và b UNIT ...": a total and,
// after "gồm"/"bao gồm" in the same sentence, the whole list of its parts,
// which must add up to it. As for totals, every figure after "gồm" must
// be a plain part (a figure of another unit, a percent, a qualified or
// money figure of another kind stops the check), and there must be two.
func (d *doc) includes(out []baocao.Check) []baocao.Check {
	gom := gomAt(d.gom[:0], d.text)
	d.gom = gom
	if len(gom) == 0 {
		return out
	}
	g := gom
	for si, sen := range d.sentences {
		for len(g) > 0 && g[0] < sen.Start {
			g = g[1:]
		}
		if len(g) == 0 {
			break
		}
		if g[0]+len(" gồm ") > sen.End {
			continue // no sentence but a few has one: lower case only those
		}
		s := d.lower(lowWindow, d.text[sen.Start:sen.End])
		k := strings.Index(s, " gồm ")
		if k < 0 || strings.HasPrefix(strings.TrimLeft(s[k+len(" gồm "):], " "), ":") {
			continue // none, or a list on the lines below (bulletSums)
		}
		at := sen.Start + k + 1
		idx := d.inSen(si)
		total := d.totalBefore(idx, at)
		if total < 0 || d.unit(total) == "" || !d.quantity(total) {
			continue
		}
		var parts []int
		for _, i := range idx {
			n := &d.ns[i]
			if n.QStart < at || n.Duration {
				continue
			}
			if !d.quantity(i) || d.isTarget(i) || d.isNumerator(i) || n.Money != d.ns[total].Money || n.Qualifier != "" || n.Range || !kindOf(d.unit(i), d.unit(total)) {
				parts = nil
				break
			}
			parts = append(parts, i)
		}
		if len(parts) < 2 || containsAny(s[k:], "trong đó", " từ ", "xuống", "tổng") {
			continue
		}
		out = append(out, d.sumCheck(total, parts, false))
	}
	return out
}

// hasGom reports whether vntext.Lower(s) holds " gồm ".
func hasGom(s string) bool { return len(gomAt(nil, s)) > 0 }

// gomAt appends to out where s holds a space, "gồm" in any case and a
// space, in order: where vntext.Lower(s) holds " gồm ", as only "G"
// lower cases to "g", "Ồ" to "ồ" and "M" to "m". "ồ" and "Ồ" are E1 BB 93
// and E1 BB 92; E1 starts most Vietnamese letters, but their last bytes
// 93 and 92 are rare enough for IndexByte to skip to. includes reads the
// whole text once so, rather than each sentence.
func gomAt(out []int, s string) []int {
	from := len(out)
	for _, last := range [2]byte{0x93, 0x92} {
		for off := 0; ; {
			k := strings.IndexByte(s[off:], last)
			if k < 0 {
				break
			}
			i := off + k - 4 // where the space before "gồm" would be
			off += k + 1
			if i >= 0 && i+7 <= len(s) && s[i] == ' ' && s[i+1]|0x20 == 'g' && s[i+2] == 0xE1 && s[i+3] == 0xBB && s[i+5]|0x20 == 'm' && s[i+6] == ' ' {
				out = append(out, i)
			}
		}
	}
	slices.Sort(out[from:]) // the two lists, each in order: a handful at most
	return out
}
