package meta

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	namYearRe = regexp.MustCompile(`(?i)n[ăa]m\s+((?:19[4-9]|20\d)\d)\b`)
	yearRe    = regexp.MustCompile(`\b((?:19[4-9]|20\d)\d)\b`)
)

// yearOf returns the report's year when its date gave none: the first "năm
// YYYY" of the title, else the first year-like number of the title, else the
// "năm YYYY" the body writes most (the first of equals).
func yearOf(title, text string) int {
	if m := namYearRe.FindStringSubmatch(title); m != nil {
		return atoi(m[1])
	}
	if m := yearRe.FindStringSubmatch(title); m != nil {
		return atoi(m[1])
	}
	text = prefix(text, maxBody)
	count := map[int]int{}
	best := 0
	for i := 0; i < len(text); {
		y, end := namYearAt(text, i)
		if end < 0 {
			i++
			continue
		}
		count[y]++
		if count[y] > count[best] {
			best = y
		}
		i = end
	}
	return best
}

// namYearAt matches namYearRe at text[i]: "năm 2021" in any case, ă or
// a, then ASCII spaces, then a year 1940-2099 ending a word. It returns
// the year and where the match ends, or -1. The body of a long report
// holds hundreds of "năm"; the regexp engine cost more than all the rest
// of Read.
func namYearAt(text string, i int) (int, int) {
	if text[i]|0x20 != 'n' {
		return 0, -1
	}
	j := i + 1
	switch {
	case j < len(text) && text[j]|0x20 == 'a':
		j++
	case strings.HasPrefix(text[j:], "ă"), strings.HasPrefix(text[j:], "Ă"):
		j += len("ă")
	default:
		return 0, -1
	}
	if j >= len(text) || text[j]|0x20 != 'm' {
		return 0, -1
	}
	j++
	k := j
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\f' || text[k] == '\r') {
		k++
	}
	if k == j || k+4 > len(text) {
		return 0, -1
	}
	d := text[k : k+4]
	for c := range 4 {
		if d[c] < '0' || d[c] > '9' {
			return 0, -1
		}
	}
	if !(d[0] == '1' && d[1] == '9' && d[2] >= '4' || d[0] == '2' && d[1] == '0') {
		return 0, -1
	}
	if k+4 < len(text) {
		if c := text[k+4]; c == '_' || '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' {
			return 0, -1 // no word boundary
		}
	}
	return atoi(d), k + 4
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
