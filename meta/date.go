package meta

import (
	"regexp"
	"strconv"
	"strings"
)

type date struct {
	full  string // YYYY-MM-DD
	month string // YYYY-MM
	year  int
	span  Span
	place Span // the place written before ", ngày", if any
}

// dateLineRe matches a cell that is only a date, as news portals print
// under a headline: "21/01/2021", "07/12/2022 08:30", "Ngày 07-12-2022".
var dateLineRe = regexp.MustCompile(`(?i)^(?:ng[àa]y\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[|,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?$`)

// parsePlaceDate reads a place-and-date cell.
func parsePlaceDate(c cell) (date, bool) {
	if !hasNgay(c.text) {
		return date{}, false // most cells: spare the regexp
	}
	m, ok := matchPlaceDate(c.text)
	if !ok {
		return date{}, false
	}
	d, ok := makeDate(c.text[m[4]:m[5]], c.text[m[6]:m[7]], c.text[m[8]:m[9]])
	if !ok {
		return date{}, false
	}
	d.span = Span{c.start, c.start + m[1]}
	if m[2] >= 0 {
		d.place = Span{c.start + m[2], c.start + m[3]}
	}
	return d, true
}

// parseDateLine reads a cell holding only a numeric date.
func parseDateLine(c cell) (date, bool) {
	if c.text == "" || !('0' <= c.text[0] && c.text[0] <= '9' || c.text[0] == 'n' || c.text[0] == 'N') {
		return date{}, false
	}
	m := dateLineRe.FindStringSubmatch(c.text)
	if m == nil {
		return date{}, false
	}
	d, ok := makeDate(m[1], m[2], m[3])
	if !ok || d.full == "" {
		return date{}, false
	}
	d.span = Span{c.start, c.end}
	return d, true
}

// makeDate validates day, month and year as written; a blank day or month
// leaves the fields it cannot fill empty.
func makeDate(day, month, year string) (date, bool) {
	y, err := strconv.Atoi(year)
	if err != nil || y < 1945 || y > 2100 {
		return date{}, false
	}
	d := date{year: y}
	mo, err := strconv.Atoi(strings.TrimSpace(month))
	if err != nil {
		return d, true // blank month: only the year is known
	}
	if mo < 1 || mo > 12 {
		return date{}, false
	}
	// formatted by hand: fmt and time cost more than the rest of a header
	// date; y has four digits
	var buf [10]byte
	b := strconv.AppendInt(buf[:0], int64(y), 10)
	b = append(b, '-', byte('0'+mo/10), byte('0'+mo%10))
	dd, err := strconv.Atoi(strings.TrimSpace(day))
	if err != nil {
		d.month = string(b)
		return d, true
	}
	if dd < 1 || dd > daysIn(mo, y) {
		return date{}, false
	}
	// the month is the full date's prefix: one string for both
	d.full = string(append(b, '-', byte('0'+dd/10), byte('0'+dd%10)))
	d.month = d.full[:len(b)]
	return d, true
}

// daysIn returns the number of days of month mo (1-12) of year y.
func daysIn(mo, y int) int {
	switch mo {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// hasNgay reports whether s holds "ngày" or "ngay" in any case, which
// placeDateRe needs.
func hasNgay(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if s[i]|0x20 != 'n' || s[i+1]|0x20 != 'g' {
			continue
		}
		j := i + 2
		switch {
		case s[j]|0x20 == 'a':
			j++
		case s[j] == 0xC3 && (s[j+1] == 0xA0 || s[j+1] == 0x80): // à, À
			j += 2
		default:
			continue
		}
		if j < len(s) && s[j]|0x20 == 'y' {
			return true
		}
	}
	return false
}
