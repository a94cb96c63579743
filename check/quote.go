package check

import (
	"strings"

	"baocao/extract"
)

// quote is a figure as the percent rules read it: its written form and
// its exact value and interval.
type quote struct {
	qualifier, text string // n.Qualifier, n.Text
	decimals        int    // n.Decimals
	scaleExp        int    // n.ScaleExp
	value           frac
	operand         interval
}

// written is written(n): the figure as written, qualifier first.
func (q quote) written() string {
	if q.qualifier == "" {
		return q.text
	}
	return q.qualifier + " " + q.text
}

func quoteOf(n extract.Number) quote {
	return quote{qualifier: n.Qualifier, text: n.Text, decimals: n.Decimals, scaleExp: n.ScaleExp, value: fracOf(n.Value), operand: operand(n)}
}

// widened is n.Bounds(true) of the figure: its interval widened by half a
// unit of its last written digit, not below 0.
func (q quote) widened() interval {
	return widen(q.operand, halfUnitExp(q.scaleExp-q.decimals))
}

// readQuote is quoteOf(extract.Parse(s)), false when Parse fails. The
// written forms records keep are mostly plain ("28.101", "73,95%"); those
// are read here at once, the rest by Parse.
func readQuote(s string) (quote, bool) {
	if q, ok := readPlain(s); ok {
		return q, true
	}
	n, err := extract.Parse(s)
	if err != nil {
		return quote{}, false
	}
	return quoteOf(n), true
}

// readPlain reads digits grouped by "." in threes ("28.101") or not
// grouped, then maybe a decimal comma and its digits, then maybe "%",
// with nothing else: the one figure Parse reads there, with no qualifier,
// scale or unit, is its digits' value. Forms Parse reads some other way
// or refuses (a leading zero as in phone numbers, "1.5", "1,234,567",
// spaces) are left to it: ok is false.
func readPlain(s string) (q quote, ok bool) {
	j := digitsEnd(s, 0)
	if j == 0 || (s[0] == '0' && j > 1) {
		return q, false
	}
	digits := j
	if j < len(s) && s[j] == '.' {
		if j > 3 {
			return q, false // "1234.567" has a decimal dot
		}
		for j < len(s) && s[j] == '.' {
			if digitsEnd(s, j+1) != j+4 {
				return q, false
			}
			j += 4
			digits += 3
		}
	}
	if j < len(s) && s[j] == ',' {
		e := digitsEnd(s, j+1)
		if e == j+1 {
			return q, false
		}
		q.decimals = e - j - 1
		digits += q.decimals
		j = e
	}
	if j < len(s) && s[j] == '%' {
		j++
	}
	if j != len(s) || digits > 18 {
		return q, false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			v = v*10 + int64(c-'0')
		}
	}
	q.text = s
	q.value = frac{n: v, d: int64(pow10[q.decimals])}
	q.operand = point(q.value)
	return q, true
}

func digitsEnd(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// readAttainment reads a stated percent, where "vượt 5%" (over plan)
// means 105%: quoteOf(parseAttainment(s)), whose Text is s.
func readAttainment(s string) (quote, bool) {
	rest, over := strings.CutPrefix(s, "vượt ")
	q, ok := readQuote(rest)
	if !ok || !over {
		return q, ok
	}
	q.value = q.value.add(hundred)
	q.operand.lo = q.operand.lo.add(hundred)
	if !q.operand.open {
		q.operand.hi = q.operand.hi.add(hundred)
	}
	q.text = s
	return q, true
}
