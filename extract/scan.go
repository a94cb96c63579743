package extract

import (
	"math/bits"
	"strings"
)

// Numbers returns the quantities written in text, in order: counts,
// amounts, percents, ranges. Dates, document numbers, standards, list
// numbering, phone numbers and years are not quantities and are left out.
// Safe for concurrent use.
func Numbers(text string) []Number { return scan(text, false) }

// tokenEnd is the end of the run of non-space bytes at i: how far a
// skipped code ("16/CT-TTg", "9001:2008") reaches.
func tokenEnd(t string, i int) int {
	for i < len(t) && t[i] != ' ' && t[i] != '\n' && t[i] != '\t' && t[i] != ';' && t[i] != ')' {
		if t[i] == ',' && (i+1 >= len(t) || !isDigit(t[i+1])) {
			break
		}
		i++
	}
	return i
}

// scan finds the figures of t. alone is for Parse: t is one figure, and the
// rules that drop years, list numbers and document numbers are off.
func scan(t string, alone bool) []Number {
	if !alone {
		return scanWith(t, "", false)
	}
	var out []Number
	scanEach(t, alone, nil, func(n Number) { out = append(out, n) })
	return out
}

// scanWith is scan(t, false) with low lowerText(t) or "", and Lo and Hi
// left nil when valueOnly.
func scanWith(t, low string, valueOnly bool) []Number {
	// Dates and document numbers leave about a third of the runs that
	// could start a figure without one: room for three in four seldom
	// grows.
	return scanSized(t, low, valueOnly, figureBound(t)*3/4+4)
}

// scanSized is scanWith making room for n figures at first, or as
// scanWith does when n < 0.
func scanSized(t, low string, valueOnly bool, n int) []Number {
	if n < 0 {
		n = figureBound(t)*3/4 + 4
	}
	out := make([]Number, 0, n)
	var al *rats
	if valueOnly {
		al = newRats(n)
		al.valueOnly = true
	} else {
		// Value, and Lo or Hi for the few whose wording widens them:
		// n has room to spare already, and chunks take what it lacks.
		al = newRats(n)
	}
	out = scanAppend(out, t, &scanCtx{low, al})
	if len(out) == 0 {
		return nil // as without the sizing
	}
	return out
}

// figureBound counts the runs of digits of t that can start a figure:
// not those after a group or decimal separator ("28.101", "73,95"), which
// the figure before reads. A code such as "K2.5" can make it short; the
// slice it sizes then grows.
func figureBound(t string) int {
	runs := 0
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) && (i == 0 || !isDigit(t[i-1])) && (i < 2 || (t[i-1] != '.' && t[i-1] != ',') || !isDigit(t[i-2])) {
			runs++
		}
	}
	return runs
}

// scanCtx is what the figures of one text share: its lower case
// (lowerText, or "") and the slabs their values come from. A nil one has
// neither.
type scanCtx struct {
	low string
	al  *rats
}

// scanEach is scan handing each figure to emit.
func scanEach(t string, alone bool, sc *scanCtx, emit func(Number)) {
	for i := 0; i < len(t); {
		if !isDigit(t[i]) {
			i++
			continue
		}
		var n Number
		next, ok := scanOne(&n, t, i, alone, sc)
		if next <= i {
			next = digitsEnd(t, i)
		}
		i = next
		if ok {
			emit(n)
		}
	}
}

// scanAppend is scan(t, false) appending the figures to out, each read
// in its place rather than copied there.
//
// The room past len(out) must be zero, as make leaves it: a figure is
// read into it without zeroing first (zeroing a Number writes its
// pointers, which costs while the collector runs), and only the room a
// dropped figure was read into is zeroed again.
func scanAppend(out []Number, t string, sc *scanCtx) []Number {
	for i := nextDigit(t, 0); i < len(t); i = nextDigit(t, i) {
		if len(out) < cap(out) {
			out = out[:len(out)+1]
		} else {
			out = append(out, Number{})
		}
		n := &out[len(out)-1]
		next, ok := scanOne(n, t, i, false, sc)
		if !ok {
			if *n != (Number{}) { // most figures are dropped before anything is written
				*n = Number{}
			}
			out = out[:len(out)-1]
		}
		if next <= i {
			next = digitsEnd(t, i)
		}
		i = next
	}
	return out
}

// load64 is the eight bytes of t at i, the first the lowest.
func load64(t string, i int) uint64 {
	s := t[i : i+8] // one bounds check: t[i+7] first still left one per byte
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nextDigit is the offset of the first ASCII digit of t from i on, or
// len(t); eight bytes are looked at at once.
func nextDigit(t string, i int) int {
	for ; i+8 <= len(t); i += 8 {
		// x has a zero byte for each digit, and only ASCII bytes can
		// be below 10: "has a byte below 10" flags the first digit
		// exactly (a borrow can only flag bytes after a true one).
		x := load64(t, i) ^ (0x30 * loBits)
		if m := (x - 10*loBits) &^ x & hiBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(t) && !isDigit(t[i]) {
		i++
	}
	return i
}

// scanOne reads the figure whose digits start at i into n, which is
// zero. next is where scanning resumes; ok is false when the digits are
// not a quantity (n is then to be dropped).
func scanOne(n *Number, t string, i int, alone bool, sc *scanCtx) (next int, ok bool) {
	low, al := "", (*rats)(nil)
	if sc != nil {
		low, al = sc.low, sc.al
	}
	if letterBefore(t, i) || (i > 0 && isDigit(t[i-1])) { // "K72", "H2O"
		return skipAlnum(t, i), false
	}
	var wb wordMemo // the word before the digits is read by skipBefore and qualify
	if !alone && skipBefore(t, low, i, &wb) {
		return tokenEnd(t, i), false
	}
	if !alone && listNumber(t, i) {
		return listEnd(t, i), false
	}
	m, good := readMantissa(t, i)
	if !good {
		return max(m.end, i+1), false
	}
	k := m.end
	if k < len(t) && !alone {
		switch {
		case t[k] == '/' && k+1 < len(t) && isDigit(t[k+1]):
			if date, end := dateAfter(t, m); date {
				return end, false
			}
		case t[k] == '/' || (t[k] == ':' && k+1 < len(t) && isDigit(t[k+1])):
			if t[k] == ':' || letterAt(t, k+1) { // "16/CT-TTg", "9001:2008", "14:30"
				return tokenEnd(t, k), false
			}
		case t[k] == '-' && k+1 < len(t) && letterAt(t, k+1) && !strings.HasPrefix(t[k+1:], "đ"):
			return tokenEnd(t, k), false // "22-QĐ/TU"
		}
		if strings.HasPrefix(t[k:], " - ") && docCodeAt(t, k+3) { // "22 - CTr/BCSĐ"
			return tokenEnd(t, k+3), false
		}
	}
	n.Start, n.QStart = m.start, m.start
	n.Decimals = len(m.fp)
	hi := m
	if m2, end, isRange := rangeAfter(t, m); isRange {
		if !alone && m.yearLike() && m2.yearLike() {
			return end, false // "2016 - 2020"
		}
		hi = m2
		n.Range = true
		n.Decimals = max(n.Decimals, len(m2.fp))
		k = end
	} else if !alone && m.yearLike() && !quantityFollows(t, k) {
		return k, false // "năm 2021", "2020⁶"
	}
	wc := winCache{low: low} // the words after the figure are looked up at one place up to three times
	k = n.suffix(t, k, &wc)
	if k < len(t) && letterAt(t, k) && !alone { // "7h30", "382a/QĐ", "3G"
		if !n.Percent && !n.Money && n.ScaleExp == 0 {
			return skipAlnum(t, k), false
		}
	}
	n.End = k
	n.Text = t[n.Start:n.End]
	n.qualify(t, low, m, hi, al, &wb)
	n.UnitEnd = n.End
	switch {
	case n.Percent:
		n.Unit = "%"
	case n.Money:
		n.Unit = "đồng"
		if n.Per != "" {
			n.Unit += "/" + n.Per
		}
	default:
		n.Unit, n.UnitEnd, n.Duration = unitAt(t, n.End, &wc)
	}
	return k, true
}

// suffix reads what follows the digits: %, a scale word, đồng/đ/VNĐ and a
// "/unit" rate, and returns the end of the figure.
func (n *Number) suffix(t string, k int, wc *winCache) int {
	sp := k
	if sp < len(t) && t[sp] == ' ' {
		sp++
	}
	if sp < len(t) && t[sp] == '%' {
		n.Percent = true
		return n.per(t, sp+1)
	}
	for _, ab := range moneyAbbrevs {
		if sp >= len(t) || t[sp]|0x20 != 't' {
			break // every abbreviation starts with t or T: most figures need not compare them
		}
		if strings.HasPrefix(t[sp:], ab) && !letterAt(t, sp+len(ab)) {
			n.ScaleExp, n.Money = 6, true
			return n.per(t, sp+len(ab))
		}
	}
	if w, e := matchWord(t, sp, &scaleList, wc); w != "" {
		n.ScaleExp = scaleExp[w]
		k = e
		sp = k
		if sp < len(t) && t[sp] == ' ' {
			sp++
		}
	}
	if w, e := matchWord(t, sp, &moneyList, wc); w != "" && !strings.HasPrefix(t[e:], " chí") && !strings.HasPrefix(t[e:], " bào") && !strings.HasPrefix(t[e:], "/c") {
		n.Money = true
		return n.per(t, e)
	}
	if n.ScaleExp > 0 && sp < len(t) && strings.HasPrefix(t[sp:], "đ") && !letterAt(t, sp+len("đ")) {
		n.Money = true
		return n.per(t, sp+len("đ"))
	}
	return k
}

// moneyAbbrevs write triệu đồng: "304 tr.đ". Each starts with t or T,
// which suffix tests before comparing them.
var moneyAbbrevs = []string{"tr.đ", "trđ", "tr đ", "Tr.đ"}

var scaleWords = []string{"nghìn", "ngàn", "triệu", "tỷ", "tỉ"}

var scaleExp = map[string]int{"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}

var moneyWords = []string{"đồng", "VNĐ", "VND", "vnđ", "đ"}

// per reads a "/người" rate after a money or percent figure.
func (n *Number) per(t string, k int) int {
	if k+1 < len(t) && t[k] == '/' && letterAt(t, k+1) {
		e := k + 1
		for e < len(t) && (letterAt(t, e) || t[e] == '/') {
			e++
			for e < len(t) && !isBoundary(t, e) { // finish a multibyte rune
				e++
			}
		}
		n.Per = t[k+1 : e]
		return e
	}
	return k
}

func isBoundary(t string, e int) bool { return e >= len(t) || t[e] < 0x80 || t[e] >= 0xC0 }

// rangeAfter reads the upper end of "120-150", "1-1,5", "01- 02".
func rangeAfter(t string, m mantissa) (mantissa, int, bool) {
	k := m.end
	for k < len(t) && t[k] == ' ' {
		k++
	}
	switch {
	case strings.HasPrefix(t[k:], "-"):
		k++
	case strings.HasPrefix(t[k:], "–"):
		k += len("–")
	default:
		return mantissa{}, 0, false
	}
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if k-m.end > 3 || k >= len(t) || !isDigit(t[k]) {
		return mantissa{}, 0, false
	}
	m2, ok := readMantissa(t, k)
	if !ok || m2.cmp(m) <= 0 {
		return mantissa{}, 0, false
	}
	return m2, m2.end, true
}

// quantityFollows reports whether a %, money or unit follows at k, making a
// year-like "2000" a quantity.
func quantityFollows(t string, k int) bool {
	var probe Number
	if probe.suffix(t, k, nil) != k || probe.Percent {
		return true
	}
	u, _, dur := unitAt(t, k, nil)
	return u != "" && !dur
}

func skipAlnum(t string, i int) int {
	for i < len(t) && (isDigit(t[i]) || letterAt(t, i)) {
		if t[i] < 0x80 {
			i++
		} else {
			i++
			for i < len(t) && !isBoundary(t, i) {
				i++
			}
		}
	}
	return i
}
