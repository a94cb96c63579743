package check

import (
	"strings"
	"unicode/utf8"

	"baocao"
)

// shares checks "a UNIT ... chiếm (tỷ lệ) p%" against the whole the part
// belongs to: the total of the "trong đó" list it is in, else the figure
// of the same sentence that counts the same thing ("8/10 chỉ tiêu ..., 2
// chỉ tiêu không đạt (chiếm 20%)"), else the nearest earlier total of the
// document that counts the same thing ("2.552 hộ người có công ..., trong
// đó" for "02 hộ người có công thuộc hộ nghèo chiếm tỷ lệ 0,12%"). Two
// figures count the same thing when their unit and the words after it
// agree. "đạt p%" is read as a share too unless a plan follows ("đạt p%
// kế hoạch").
func (d *doc) shares(out []baocao.Check) []baocao.Check {
	for i := range d.ns {
		p := &d.ns[i]
		if !p.Percent {
			continue
		}
		word := d.shareWord(i) // before the value, which few percents need read
		if word == "" || d.value(i).cmp(hundred) > 0 {
			continue
		}
		part := i - 1
		if part < 0 || !d.quantity(part) || d.unit(part) == "" || d.isTarget(part) || d.isNumerator(part) {
			continue
		}
		pn := &d.ns[part]
		if d.clauseAt(pn.Start) != d.clauseAt(p.Start) || p.QStart-pn.UnitEnd > 120 {
			continue
		}
		whole := d.wholeOf(part, word == "chiếm")
		if whole < 0 {
			continue
		}
		c := percent(&d.strs, d.quote(part), d.quote(whole), d.quote(i), d.figureText(whole), "")
		c.Kind = "share"
		d.evidence(&c, pn.QStart, p.End)
		out = append(out, c)
	}
	return out
}

// shareWord returns "chiếm" or "đạt" (without a plan after the percent)
// when it introduces ns[i], else "".
func (d *doc) shareWord(i int) string {
	if r := d.runeBefore(i); r != 'm' && r != 't' && r != 'ệ' {
		return "" // none of "chiếm", "đạt", "tỷ lệ" ends so
	}
	// wordsBefore(i, 3) ends with the word "chiếm", with "chiếm tỷ lệ" or
	// "chiếm tỉ lệ", or with the word "đạt", asked of its words
	// The last word is read first: only a "lệ" needs the two before it.
	var f [3]string
	n := d.fieldsBefore(i, f[:1])
	if n >= 1 && isLower(f[0], "chiếm") {
		return "chiếm"
	}
	if n == 1 && isLower(f[0], "lệ") {
		if d.fieldsBefore(i, f[:]) == 3 && (isLower(f[1], "tỷ") || isLower(f[1], "tỉ")) && d.endsLower(f[2], "chiếm") {
			return "chiếm"
		}
	}
	if n == 0 || !isLower(f[0], "đạt") {
		return ""
	}
	// A plan word written in lower case is one in the window lower cased
	// too (lower casing leaves those letters as they are): most are, and
	// the window need not be copied to find them.
	after := d.text[d.ns[i].End:min(len(d.text), d.ns[i].End+30)]
	if containsAny(after, planWords...) || containsAny(d.lower(lowWindow, after), planWords...) {
		return ""
	}
	return "đạt"
}

// planWords after "đạt p%" say the percent is of a plan, not a share.
var planWords = []string{"kế hoạch", "kh", "chỉ tiêu", "so với", "mục tiêu"}

// wholeOf finds the whole that part is a share of, or -1. loose allows a
// figure of the sentence that is not marked as a total ("chiếm" says a
// share is meant; "đạt" needs a stated total).
func (d *doc) wholeOf(part int, loose bool) int {
	pn := &d.ns[part]
	sen := d.sentenceAt(pn.Start)
	want := d.phrase(part)
	idx := d.inSentence(sen)
	// the total of the "trong đó" list the part is in
	s := d.text[sen.Start:pn.QStart]
	if k := max(strings.LastIndex(s, "trong đó"), strings.LastIndex(s, "Trong đó")); k >= 0 {
		if t := d.totalBefore(idx, sen.Start+k); t >= 0 && d.unit(t) == d.unit(part) && d.value(t).cmp(d.value(part)) > 0 {
			return t
		}
	}
	// a figure of the sentence counting the same thing, named by more than
	// its unit ("5.120 hộ ... 4.300 hộ (chiếm 3,46%)" are not part and whole)
	wantWords := countFields(want)
	for j := len(idx) - 1; loose && wantWords >= 2 && j >= 0; j-- {
		t := idx[j]
		if t >= part || !d.quantity(t) || d.unit(t) != d.unit(part) || d.value(t).cmp(d.value(part)) <= 0 {
			continue
		}
		if d.phrase(t) == want {
			return t
		}
	}
	// an earlier total of the document counting the same thing
	if wantWords < 2 {
		return -1 // "người" alone is too common to match across sentences
	}
	for t := part - 1; t >= 0; t-- {
		if d.ns[t].End < sen.Start && d.quantity(t) && d.unit(t) == d.unit(part) && d.value(t).cmp(d.value(part)) > 0 && d.phrase(t) == want && d.dividedLater(t) {
			return t
		}
	}
	return -1
}

// dividedLater reports whether "trong đó" follows ns[t] in its clause.
func (d *doc) dividedLater(t int) bool {
	cl := d.clauseAt(d.ns[t].Start)
	rest := d.text[d.ns[t].End:cl.End]
	if len(rest) > 200 {
		rest = rest[:200]
	}
	return d.trongDoIn(d.ns[t].End, d.ns[t].End+len(rest)) >= 0
}

// phraseStops end the words that say what a figure counts.
var phraseStops = map[string]bool{
	"đạt": true, "được": true, "đang": true, "thuộc": true, "là": true, "không": true, "chưa": true,
	"đã": true, "trong": true, "tại": true, "với": true, "của": true, "chiếm": true, "và": true,
	"hoàn": true, "xếp": true, "sang": true, "vào": true, "cho": true, "ở": true, "theo": true,
}

// phrase is the unit of ns[i] and up to three words after it, up to
// punctuation or a verb: "hộ người có công" for "2.552 hộ người có công
// đang hưởng".
func (d *doc) phrase(i int) string {
	// a share compares it with every earlier figure's
	if f := &d.figs[i]; !f.phraseOK {
		d.vals[i].phrase, f.phraseOK = d.readPhrase(i), true
	}
	return d.vals[i].phrase
}

// countFields is len(strings.Fields(s)).
func countFields(s string) int {
	n, inField := 0, false
	for _, r := range s {
		if isSpaceRune(r) {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	return n
}

// readPhrase is phrase(i), read from the text.
func (d *doc) readPhrase(i int) string {
	n := &d.ns[i]
	start := n.End
	if d.isNumerator(i) {
		start = d.ns[i+1].End
	}
	rest := d.text[start:min(len(d.text), start+80)]
	var buf [128]byte
	out, words := buf[:0], 0 // the words kept, joined by spaces
	unitWords := countFields(d.unit(i))
	for k := 0; ; k++ {
		var w string
		if w, rest = nextField(rest); w == "" {
			break
		}
		lw := d.lower(lowAfter, w)
		clean := trimRightOf(lw, ",.;:)(*_")
		if k >= unitWords && (phraseStops[clean] || strings.Contains(lw, "(")) {
			break
		}
		if clean != "" {
			if words++; words > 1 {
				out = append(out, ' ')
			}
			out = append(out, clean...)
		}
		if clean != lw || words >= unitWords+3 {
			break
		}
	}
	return string(out)
}

// nextField returns the first of strings.Fields(s) and what follows it,
// or "" when s has none.
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if isSpaceRune(r) {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}
