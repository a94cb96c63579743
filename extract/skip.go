package extract

import (
	"strings"

	"baocao/vntext"
)

// docWords name what a following number identifies rather than counts:
// "Chỉ thị 16", "Đề án 999", "kỳ họp thứ 18", "tháng 5", "năm 2021",
// "TCVN 9001".
var docWords = map[string]bool{
	"số": true, "thứ": true,
	"khóa": true, "khoá": true, "điều": true, "khoản": true, "mục": true, "chương": true,
	"biểu": true, "trang": true, "tcvn": true, "iso": true, "qcvn": true, "phụ lục": true,
	"đề án": true, "quyết định": true, "nghị quyết": true, "nghị định": true, "chỉ thị": true,
	"thông tư": true, "công văn": true, "thông báo": true, "luật": true, "kết luận": true,
	"nhiệm kỳ": true, "giai đoạn": true, "hướng dẫn": true, "tờ trình": true, "phiếu": true,
}

// lastOfDocPair holds the last words of the two-word keys of docWords.
var lastOfDocPair = lastWords(docWords)

// phoneWords announce a phone number.
var phoneWords = []string{"đt", "điện thoại", "tel", "fax", "hotline", "sđt", "đường dây nóng:"}

// skipBefore reports whether what precedes the digits at i makes them a
// reference, not a quantity.
func skipBefore(t, low string, i int, wb *wordMemo) bool {
	if strings.HasSuffix(t[:i], "<sup>") || strings.HasSuffix(t[:i], "^") {
		return true // footnote marks
	}
	// "Covid-19", "Covid- 19"
	if i > 0 && t[i-1] == '-' && letterBefore(t, i-1) {
		return true
	}
	if i > 1 && t[i-1] == ' ' && t[i-2] == '-' && letterBefore(t, i-2) {
		return true
	}
	w1, s1 := wb.before(t, low, i)
	if w1 == "" {
		// only "Số:" reaches across punctuation; "năm: 1%" is a label
		if w, _ := wordBefore(t, low, i, ":."); w == "số" {
			return true
		}
		return phoneContext(t, low, i)
	}
	if w1 == "số" {
		if w2, _ := wordBefore(t, low, s1, ""); w2 == "tổng" || w2 == "với" || w2 == "có" {
			return false // "tổng số 2.552 hộ"
		}
	}
	if limit, ok := dateWord(w1); ok {
		// "tháng 5" is a month, "tháng 700 người" is not
		return atoi(t[i:digitsEnd(t, i)]) <= limit && digitsEnd(t, i)-i <= 4 && !grouped(t, i)
	}
	if docWordsIdx.has(w1) {
		return true
	}
	if lastOfDocPairIdx.has(w1) { // the word before is read only when it can make a pair
		if w2, s2 := wordBefore(t, low, s1, ""); docWordsIdx.has(pairOf(t, low, w2, s2, w1, s1)) {
			return true
		}
	}
	return phoneContext(t, low, i)
}

// dateWord reports whether w names a calendar unit, and the largest
// number after it that is a date part: "tháng 5" is a month, "tháng 700
// người" is not.
func dateWord(w string) (limit int, ok bool) {
	switch w {
	case "tháng":
		return 12, true
	case "ngày":
		return 31, true
	case "quý":
		return 4, true
	case "năm":
		return 2100, true
	}
	return 0, false
}

func grouped(t string, i int) bool {
	j := digitsEnd(t, i)
	return j+3 < len(t) && t[j] == '.' && digitsEnd(t, j+1) == j+4
}

func phoneContext(t, low string, i int) bool {
	grouped := i >= 2 && isDigit(t[i-2]) && phoneSep[t[i-1]] // "0912 345 678"
	if t[i] != '0' && digitsEnd(t, i)-i < 6 && !grouped && !strings.HasPrefix(t[max(0, i-2):i], ") ") {
		return false // a phone number starts with 0 or is a long run of digits
	}
	// A word cannot start in a rune cut at i-24, so low's bytes there
	// are as good as the U+FFFD that lower casing the cut would give.
	var w string
	if len(low) == len(t) {
		w = low[max(0, i-24):i]
	} else {
		w = vntext.Lower(t[max(0, i-24):i])
	}
	for _, p := range phoneWords {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// The byte sets of phoneContext, listNumber and listEnd, asked for
// nearly every figure: a look-up each rather than a call to IndexByte.
var phoneSep, listLead, listMark = byteSet(" .-"), byteSet(" \t#*(_"), byteSet(".)-")

// listNumber reports whether the digits at i number a heading or list
// item at the start of a line: "1.", "2.1.", "(1).", "1-", "3)".
func listNumber(t string, i int) bool {
	p := i
	for p > 0 && listLead[t[p-1]] {
		p--
	}
	if p > 0 && t[p-1] != '\n' {
		return false
	}
	return listEnd(t, i) > i
}

// listEnd is the end of a list number at i, or i when there is none.
func listEnd(t string, i int) int {
	j := digitsEnd(t, i)
	if j-i > 3 {
		return i
	}
	for j+1 < len(t) && t[j] == '.' && isDigit(t[j+1]) {
		e := digitsEnd(t, j+1)
		if e-j-1 > 2 {
			return i
		}
		j = e
	}
	switch {
	case strings.HasPrefix(t[j:], ")."):
		j += 2
	case j < len(t) && listMark[t[j]]:
		j++
	default:
		return i
	}
	if j < len(t) && t[j] == '*' {
		j++
	}
	if j < len(t) && t[j] != ' ' && t[j] != '\n' && t[j] != '\t' {
		return i
	}
	return j
}

// dateAfter decides whether m followed by "/digits" is a date or a
// reference: "16/5/2016", "9/2021", "262/2020/NQ-HĐND", and "27/7" when no
// unit or percent makes it a ratio.
func dateAfter(t string, m mantissa) (bool, int) {
	k := m.end + 1
	j := digitsEnd(t, k)
	b := t[k:j]
	if j < len(t) && t[j] == '/' && j+1 < len(t) && (isDigit(t[j+1]) || letterAt(t, j+1)) {
		return true, tokenEnd(t, j)
	}
	if !m.plainInt() || len(m.ip) > 2 { // plain: ip is digits only
		return false, 0
	}
	if len(b) == 4 && b >= "1900" && b <= "2100" && m.ip >= "1" && len(m.ip) <= 2 && atoi(m.ip) <= 12 {
		return true, j // "tháng 9/2021"
	}
	if len(b) > 2 || atoi(m.ip) > 31 || atoi(b) > 12 || atoi(b) == 0 || atoi(m.ip) == 0 {
		return false, 0
	}
	if j < len(t) && (t[j] == '.' || t[j] == ',') && j+1 < len(t) && isDigit(t[j+1]) {
		return false, 0 // "2/1.000"
	}
	if u, _, _ := unitAt(t, j, nil); u != "" {
		return false, 0 // "04/04 nhiệm vụ"
	}
	after := t[j:min(len(t), j+30)]
	if strings.Contains(after, "%") || strings.Contains(after, "đạt") {
		return false, 0
	}
	return true, j
}

// docCodeAt reports whether letters at p run into a slash: "CTr/BCSĐ".
func docCodeAt(t string, p int) bool {
	e := p
	for e < len(t) && letterAt(t, e) {
		e++
		for e < len(t) && !isBoundary(t, e) {
			e++
		}
	}
	return e > p && e < len(t) && t[e] == '/'
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
