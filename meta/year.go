package meta

import (
	"regexp"
	"strconv"
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
	for _, m := range namYearRe.FindAllStringSubmatch(text, -1) {
		y := atoi(m[1])
		count[y]++
		if count[y] > count[best] {
			best = y
		}
	}
	return best
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
