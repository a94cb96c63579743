package refs

import (
	"fmt"
	"regexp"
	"strconv"
)

// dateRe matches the date right after a cited number: "ngày 24/01/2021",
// "ngày 16 tháng 5 năm 2016", ", ban hành ngày 2-8-2021", or the date
// alone.
var dateRe = regexp.MustCompile(`^[ \t]*,?[ \t]*(?:(?i:ban hành)[ \t]+)?(?:(?i:ngày)[ \t]+)?(?:(\d{1,2})[ \t]*[/.\-][ \t]*(\d{1,2})[ \t]*[/.\-][ \t]*(\d{4})|(\d{1,2})[ \t]+(?i:tháng)[ \t]+(\d{1,2})[ \t]+(?i:năm)[ \t]+(\d{4}))`)

// yearRe matches "năm 2013" after a law's name.
var yearRe = regexp.MustCompile(`^[ \t]*,?[ \t]*(?i:năm)[ \t]+(\d{4})\b`)

// dateAt reads the date at the start of s: its ISO form, year and length.
func dateAt(s string) (iso string, year, n int, ok bool) {
	if len(s) > 60 {
		s = s[:60]
	}
	if !mayDate(s) {
		return "", 0, 0, false
	}
	m := dateRe.FindStringSubmatch(s)
	if m == nil {
		return "", 0, 0, false
	}
	d, mo, y := m[1], m[2], m[3]
	if d == "" {
		d, mo, y = m[4], m[5], m[6]
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(mo)
	year, _ = strconv.Atoi(y)
	if !validDate(year, month, day) {
		return "", 0, 0, false
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day), year, len(m[0]), true
}

// mayDate reports whether dateRe can match s: past the spaces and comma
// it allows, s goes on with a digit, "ban hành" or "ngày". Most numbers
// are followed by neither, and the regexp costs more than the rest.
func mayDate(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i == len(s) {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9' || c|0x20 == 'b' || c|0x20 == 'n'
}

var monthDays = [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func validDate(y, m, d int) bool {
	if y < 1945 || y > 2100 || m < 1 || m > 12 || d < 1 || d > monthDays[m-1] {
		return false
	}
	return m != 2 || d < 29 || y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

// yearAt reads "năm YYYY" at the start of s.
func yearAt(s string) (year, n int, ok bool) {
	if len(s) > 30 {
		s = s[:30]
	}
	m := yearRe.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	year, _ = strconv.Atoi(m[1])
	if year < 1945 || year > 2100 {
		return 0, 0, false
	}
	return year, len(m[0]), true
}
