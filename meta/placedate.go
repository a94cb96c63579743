package meta

import (
	"strings"
	"unicode/utf8"
)

// matchPlaceDate matches the header's place-and-date cell: "Lạng Sơn,
// ngày 20 tháng 01 năm 2021", the day or month possibly left blank or
// dotted in a draft ("ngày   tháng 11 năm 2021", "ngày ... tháng ... năm
// 2021"). The place is optional; ngày, tháng and năm may lack their
// diacritics. It returns the submatch indexes of the regexp
// (?i)^(?:([^\d,;:]{2,60}?)\s*,\s*)?ng[àa]y\s*(\d{1,2}|[\s.…_]*)\s*th[áa]ng\s*(\d{1,2}|[\s.…_]*)\s*n[ăa]m\s*(\d{4})\b
// (placeDateRe in the tests), written out because the regexp, run on
// every header cell that names a "ngày", cost several times the rest of
// the date. Its pattern leaves no choice to
// backtrack into: the place cannot hold the comma that ends it, the
// blanks of a left-out day are no digits, and every other part is a run
// of one kind of character. So one pass finds what the regexp finds, the
// same submatches included; a test checks it against the regexp.
func matchPlaceDate(s string) ([10]int, bool) {
	if m, ok := placeDateWithPlace(s); ok {
		return m, true // the pattern tries the place first
	}
	return placeDateTail(s, 0)
}

// placeDateWithPlace matches the pattern with its place: at most 60
// characters other than a digit, ",", ";" or ":", the blanks before the
// comma left out of it (the place is lazy) but at least two characters.
func placeDateWithPlace(s string) ([10]int, bool) {
	e := strings.IndexAny(s, "0123456789,;:")
	if e < 0 || s[e] != ',' {
		return [10]int{}, false
	}
	end := e // the place ends where the blanks before the comma start
	for end > 0 && isPerlSpace(s[end-1]) {
		end--
	}
	// at least two runes, counted as the regexp decodes them
	two := 0
	for k := 0; k < 2 && two < len(s); k++ {
		_, n := utf8.DecodeRuneInString(s[two:])
		two += n
	}
	end = max(end, two)
	if end > e || utf8.RuneCountInString(s[:end]) > 60 {
		return [10]int{}, false
	}
	p := skipPerlSpace(s, e+1)
	m, ok := placeDateTail(s, p)
	if !ok {
		return [10]int{}, false
	}
	m[0], m[2], m[3] = 0, 0, end
	return m, true
}

// placeDateTail matches "ngày D tháng M năm YYYY" at s[p:], D and M one or
// two digits or left blank, and returns the submatches of placeDateRe
// without the place.
func placeDateTail(s string, p int) ([10]int, bool) {
	m := [10]int{p, -1, -1, -1}
	i, ok := foldWord(s, p, "ng", "àÀaA", "y")
	if !ok {
		return [10]int{}, false
	}
	if m[4], m[5], i, ok = datePart(s, i); !ok {
		return [10]int{}, false
	}
	if i, ok = foldWord(s, i, "th", "áÁaA", "ng"); !ok {
		return [10]int{}, false
	}
	if m[6], m[7], i, ok = datePart(s, i); !ok {
		return [10]int{}, false
	}
	if i, ok = foldWord(s, i, "n", "ăĂaA", "m"); !ok {
		return [10]int{}, false
	}
	i = skipPerlSpace(s, i)
	j := i
	for j < len(s) && j-i < 4 && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j-i < 4 || j < len(s) && isASCIIWordByte(s[j]) {
		return [10]int{}, false // four digits and a word boundary: \d{4}\b
	}
	m[1], m[8], m[9] = j, i, j
	return m, true
}

// foldWord matches at s[i] head and tail in any ASCII case with one of
// the runes of mid between them, as the pattern's (?i)ng[àa]y does, and
// returns where the match ends.
func foldWord(s string, i int, head, mid, tail string) (int, bool) {
	i, ok := asciiFold(s, i, head)
	if !ok || i >= len(s) {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError || !strings.ContainsRune(mid, r) {
		return 0, false
	}
	return asciiFold(s, i+n, tail)
}

// asciiFold matches the lower-case ASCII word w at s[i] in any case.
func asciiFold(s string, i int, w string) (int, bool) {
	if len(s)-i < len(w) {
		return 0, false
	}
	for k := 0; k < len(w); k++ {
		if s[i+k]|0x20 != w[k] {
			return 0, false
		}
	}
	return i + len(w), true
}

// datePart matches `\s*(\d{1,2}|[\s.…_]*)\s*` at s[i] where "th" or "n"
// must follow (checked by the caller), and returns the group's span and
// the end. The blanks of a left-out day are taken as the regexp takes
// them: after the spaces, up to the next character of another kind.
func datePart(s string, i int) (gs, ge, end int, ok bool) {
	b := skipPerlSpace(s, i)
	if b < len(s) && '0' <= s[b] && s[b] <= '9' {
		e := b + 1
		if e < len(s) && '0' <= s[e] && s[e] <= '9' {
			e++
		}
		if e < len(s) && '0' <= s[e] && s[e] <= '9' {
			return 0, 0, 0, false
		}
		return b, e, skipPerlSpace(s, e), true
	}
	r := b
	for r < len(s) {
		switch {
		case isPerlSpace(s[r]) || s[r] == '.' || s[r] == '_':
			r++
		case strings.HasPrefix(s[r:], "…"):
			r += len("…")
		default:
			return b, r, r, true
		}
	}
	return b, r, r, true
}

func isPerlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isASCIIWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
}
