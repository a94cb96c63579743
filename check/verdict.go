package check

import (
	"baocao/vntext"
	"strings"
	"unicode/utf8"

	"baocao"
	"baocao/extract"
)

// verdictWords are the verdicts a report writes after a value/target pair,
// longest first so "không đạt" is not read as "đạt".
var verdictWords = []string{"không đạt", "chưa đạt", "không hoàn thành", "chưa hoàn thành", "đạt và vượt", "vượt", "hoàn thành", "đạt"}

// maxVerdictLen is the length in bytes of the longest verdict word.
var maxVerdictLen = func() (n int) {
	for _, w := range verdictWords {
		n = max(n, len(w))
	}
	return n
}()

// verdicts checks "a/b UNIT (đạt|vượt|không đạt ...)": the verdict must
// follow from a and b. A target written "<b" or "dưới b" is a ceiling
// (lower is better: "3,51%/ <3% (không đạt)"); otherwise higher is better.
func (d *doc) verdicts(out []baocao.Check, recs []baocao.Record) []baocao.Check {
	for i := range recs {
		r := &recs[i]
		if r.Kind != "ratio" || r.TargetText == "" {
			continue
		}
		word, wordText := d.verdictAfter(r.End)
		if word == "" {
			continue
		}
		vt := r.ValueText
		if r.Qualifier != "" {
			vt = r.Qualifier + " " + vt
		}
		v, ok1 := readQuote(vt)
		t, ok2 := readQuote(r.TargetText)
		if !ok1 || !ok2 {
			continue
		}
		c := verdict(&d.strs, v, t, word)
		c.StatedText = wordText
		d.at(&c, r.Start, r.End)
		out = append(out, c)
	}
	return out
}

// verdictAfter reads the verdict in parentheses at off: "(không đạt kế
// hoạch)", "(*vượt kế hoạch*)". word is the canonical verdict, text the
// written one.
func (d *doc) verdictAfter(off int) (word, written string) {
	text := d.text
	s := strings.TrimLeft(text[off:min(len(text), off+80)], " ")
	if !strings.HasPrefix(s, "(") {
		return "", ""
	}
	s = trimLeftOf(s[1:], " *_")
	r, _ := utf8.DecodeRuneInString(s)
	if l := vntext.LowerRune(r); l != 'k' && l != 'c' && l != 'v' && l != 'h' && l != 'đ' {
		return "", "" // no verdict word starts so: most parentheses hold a percent
	}
	// Only the start of s is compared: lower casing goes rune by rune, so
	// the lower case of its first runes begins the lower case of s, and
	// each rune lower cases to a byte at least, as many as the longest word.
	head, runes := 0, 0
	for head < len(s) && runes < maxVerdictLen {
		_, n := utf8.DecodeRuneInString(s[head:])
		head += n
		runes++
	}
	low := d.lower(lowWindow, s[:head])
	for _, w := range verdictWords {
		if strings.HasPrefix(low, w) {
			end := strings.IndexAny(s, ")*_")
			if end < 0 {
				end = len(w)
			}
			return w, trimSpace(s[:end])
		}
	}
	return "", ""
}

// Verdict checks a written verdict ("đạt", "vượt", "không đạt", ...) on
// value against target.
func Verdict(value, target extract.Number, word string) baocao.Check {
	return verdict(new(strs), quoteOf(value), quoteOf(target), word)
}

// verdict is Verdict on the figures as quotes, its strings built in s.
func verdict(s *strs, value, target quote, word string) baocao.Check {
	ceiling := target.qualifier == "dưới" || target.qualifier == "tối đa"
	v, t := value.operand, target.operand
	tv := target.value
	var met, unmet bool // what the figures make certain
	if ceiling {
		met = !v.open && v.hi.cmp(tv) < 0
		unmet = v.lo.cmp(tv) >= 0
	} else {
		met = !t.open && v.lo.cmp(t.hi) >= 0
		unmet = !v.open && v.hi.cmp(t.lo) < 0
	}
	claimsMet := !strings.HasPrefix(word, "không") && !strings.HasPrefix(word, "chưa")
	over := word == "vượt"
	if over && !ceiling { // "vượt" needs strictly more than the plan
		met = !t.open && v.lo.cmp(t.hi) > 0
		unmet = !v.open && v.hi.cmp(t.lo) <= 0
	}
	c := baocao.Check{Kind: "verdict"}
	c.Stated = value.value.float()
	c.Computed = s.float(tv)
	s.open()
	relation(s, value, target, ceiling)
	c.ComputedText = s.close()
	s.add(c.ComputedText)
	switch {
	case (claimsMet && met) || (!claimsMet && unmet):
		c.Status = baocao.StatusOK
		s.add3(" — “", word, "” đúng với số liệu")
	case (claimsMet && unmet) || (!claimsMet && met):
		c.Status, c.Severity = baocao.StatusMismatch, "gross"
		s.add3(" — nhưng báo cáo ghi “", word, "”")
	default:
		c.Status = baocao.StatusUnverifiable
		s.add3(" — số liệu ước lượng, không kiểm chứng được “", word, "”")
	}
	c.Reason = s.close()
	return c
}

// relation adds to s how value stands to target: "21.078 < 23.000",
// "3,51% ≥ 3% (chỉ tiêu là mức trần)".
func relation(s *strs, value, target quote, ceiling bool) {
	op := "="
	switch value.value.cmp(target.value) {
	case -1:
		op = "<"
	case 1:
		op = ">"
	}
	s.add(value.qualifier)
	if value.qualifier != "" {
		s.add(" ")
	}
	s.add3(value.text, " ", op)
	s.add2(" ", target.text)
	if ceiling {
		s.add(" (chỉ tiêu là mức trần)")
	}
}
