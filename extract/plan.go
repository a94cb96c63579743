package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// planWords in a figure's clause make it a target rather than a result:
// "phấn đấu giảm tỷ lệ hộ nghèo từ 3% trở lên".
var planWords = []string{"phấn đấu", "mục tiêu là", "mục tiêu đến", "kế hoạch giao", "chỉ tiêu giao", "dự kiến", "đề ra là", "phần đầu"}

// openers end with ":" and announce a list of targets: "ngành được giao
// các chỉ tiêu cơ bản như sau:".
var openers = []string{"được giao", "giao các chỉ tiêu", "mục tiêu", "phấn đấu", "đề xuất", "phương hướng", "chỉ tiêu cơ bản", "chỉ tiêu chủ yếu"}

// results in an opener or heading say the list reports what was achieved.
var results = []string{"kết quả", "tiến độ", "đạt", "đánh giá"}

// planHeads in the heading a figure sits under, or in the line that opens
// its bulleted list ("được giao các chỉ tiêu cơ bản như sau:"), make it a
// target. "kết quả" in the same heading wins: it reports results.
var planHeads = []string{"chỉ tiêu", "mục tiêu", "phương hướng", "giải pháp", "đề xuất", "kế hoạch năm", "nhiệm vụ năm"}

// isPlan reports whether the figure at pos states a target or plan: its
// clause says so before it, or the list it is in opens with a line that
// announces targets, or the nearest heading above is about targets.
func isPlan(t string, cl Span, pos int) bool {
	low := strings.ToLower(t[cl.Start:max(cl.Start, min(pos, len(t)))])
	for _, w := range planWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	// walk back over the bullets of the figure's list to the line that
	// opens it, then to the nearest heading
	ls := strings.LastIndexByte(t[:pos], '\n') + 1
	opener := true
	for steps := 0; ls > 0 && steps < 60; steps++ {
		pe := ls - 1
		ps := strings.LastIndexByte(t[:pe], '\n') + 1
		line := strings.TrimSpace(t[ps:pe])
		ls = ps
		if line == "" {
			continue
		}
		l := strings.ToLower(strings.Trim(line, "*_# "))
		if opener && !bullet(line) {
			opener = false
			if strings.HasSuffix(l, ":") && containsAnyOf(l, openers) && !containsAnyOf(l, results) {
				return true
			}
		}
		if heading(line) {
			return containsAnyOf(l, planHeads) && !containsAnyOf(l, results)
		}
	}
	return false
}

// bullet reports whether a line is a list item: "- ...", "+ ...", "(3). ...".
func bullet(line string) bool {
	if line == "" {
		return false
	}
	switch line[0] {
	case '-', '+', '*', '(':
		return true
	}
	r, _ := utf8.DecodeRuneInString(line)
	return r == '•' || r == '–'
}

// heading reports whether a line looks like a section heading: markdown
// "#", a Roman or Arabic number ("II.", "2.", "2.1.") or all capitals,
// and short.
func heading(line string) bool {
	if len(line) > 200 {
		return false
	}
	if strings.HasPrefix(line, "#") {
		return true
	}
	s := strings.TrimLeft(line, "*_ ")
	i := 0
	for i < len(s) && (isDigit(s[i]) || strings.IndexByte("IVXL", s[i]) >= 0 || s[i] == '.') {
		i++
	}
	if i > 0 && i < len(s) && s[i-1] == '.' && s[i] == ' ' {
		return true
	}
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 8 && upper*10 >= letters*9
}

func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
