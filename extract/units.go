package extract

import (
	"baocao/vntext"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// countUnits are the nouns that count things in the reports. A figure is a
// count only when one of them follows it, which keeps labels ("mức độ 4",
// "Nhiệm vụ 1") out of the records. Longer units win ("lượt người" over
// "lượt").
var countUnits = sortedByLen([]string{
	"lao động", "người", "lượt người", "lượt", "hộ", "hộ gia đình", "phần quà", "phần", "suất",
	"hồ sơ", "thủ tục", "đối tượng", "học viên", "học sinh", "sinh viên", "thí sinh",
	"doanh nghiệp", "cơ sở", "đơn vị", "hợp tác xã", "xã", "phường", "huyện", "thôn", "bản",
	"văn bản", "tờ trình", "báo cáo", "quyết định", "kế hoạch", "nghị quyết", "nội dung",
	"nhiệm vụ", "chỉ tiêu", "tiêu chí", "chương trình", "đề án", "dự án", "mô hình", "công trình",
	"phiên", "hội nghị", "lớp", "cuộc", "đoàn", "buổi", "đợt", "vụ", "trường hợp", "ca",
	"cán bộ", "công chức", "viên chức", "đại biểu", "nữ đại biểu", "tập thể", "cá nhân",
	"chi bộ", "đồng chí", "đ/c", "phòng", "sáng kiến", "trẻ em", "thẻ", "nhà", "căn", "trường",
	"trung tâm", "mẫu", "hài cốt", "đầu mối", "lĩnh vực", "nhóm", "tấn", "kg", "ha", "km",
	"m2", "con", "cây", "chiếc", "bộ", "tổ", "câu hỏi", "tin", "bài", "giấy khen", "bằng khen",
	"BK", "cờ", "danh hiệu", "bậc", "lần", "đường dây",
})

// durationUnits measure time; a figure with one of them is a period ("dưới
// 3 tháng", "5 năm"), not a count.
var durationUnits = sortedByLen([]string{"tháng", "năm", "ngày", "tuần", "giờ", "tuổi", "quý", "phút"})

func sortedByLen(us []string) []string {
	sort.SliceStable(us, func(i, j int) bool { return len(us[i]) > len(us[j]) })
	return us
}

// firstRunes is the set of lower-case runes the words matchWord compares
// start with, which rejects most positions before any case folding.
var firstRunes = firstsOf(countUnits, durationUnits, scaleWords, moneyWords)

func firstRune(r rune) bool { return r >= 0 && r < rune(len(firstRunes)) && firstRunes[r] }

func firstsOf(lists ...[]string) (first [0x2000]bool) {
	for _, ws := range lists {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(strings.ToLower(w))
			first[r] = true // every word starts below 0x2000
		}
	}
	return first
}

// unitAt returns the unit that starts at p (after at most one space) and
// the offset just past it, or "" when none does.
func unitAt(t string, p int, wc *winCache) (unit string, end int, duration bool) {
	q := p
	if q < len(t) && t[q] == ' ' {
		q++
	}
	w, lw, ok := wc.window(t, q)
	if !ok {
		return "", p, false
	}
	if u, e := matchIn(t, q, w, lw, &countList); u != "" {
		return u, e, false
	}
	if u, e := matchIn(t, q, w, lw, &durationList); u != "" {
		return u, e, true
	}
	return "", p, false
}

// matchWord returns the first of words (compared case-insensitively) that
// t has at p followed by a non-letter.
func matchWord(t string, p int, words *wordList, wc *winCache) (string, int) {
	w, lw, ok := wc.window(t, p)
	if !ok {
		return "", p
	}
	return matchIn(t, p, w, lw, words)
}

// winCache keeps the last window of one text; a nil one keeps none.
// low is lowerText(t) or "".
type winCache struct {
	low    string
	p      int
	w, lw  string
	ok, in bool
}

func (c *winCache) window(t string, p int) (w, lw string, ok bool) {
	if c == nil {
		return window(t, p)
	}
	if !c.in || c.p != p {
		if len(c.low) == len(t) {
			c.w, c.lw, c.ok = lowWindow(t, c.low, p)
		} else {
			c.w, c.lw, c.ok = window(t, p)
		}
		c.p, c.in = p, true
	}
	return c.w, c.lw, c.ok
}

// lowWindow is window sliced from low, lowerText(t): no rune of t
// changes length, so only a rune cut at the window's end makes
// lowerWindow compare as written.
func lowWindow(t, low string, p int) (w, lw string, ok bool) {
	if p >= len(t) {
		return "", "", false
	}
	e := min(len(t), p+40)
	w = t[p:e]
	if r, _ := utf8.DecodeRuneInString(w); !firstRune(vntext.LowerRune(r)) {
		return "", "", false // no word starts so
	}
	if !isBoundary(t, e) {
		return w, w, true
	}
	return w, low[p:e], true
}

// window is the text at p words are compared with, as written and lower
// cased; ok is false when no word can start at p.
func window(t string, p int) (w, lw string, ok bool) {
	if p >= len(t) {
		return "", "", false
	}
	w = t[p:min(len(t), p+40)]
	if r, _ := utf8.DecodeRuneInString(w); !firstRune(vntext.LowerRune(r)) {
		return "", "", false // no word starts so
	}
	return w, lowerWindow(w), true
}

// lowerWindow is strings.ToLower(w) (at least its first maxWordLen
// bytes), or w itself when lower casing would change its length in bytes
// (then words are compared as written). The 40 bytes of a window often end
// inside a rune, which strings.ToLower replaces by a longer U+FFFD: that
// is told here without lower casing.
func lowerWindow(w string) string {
	invalid := false
	for i, r := range w {
		if r < utf8.RuneSelf {
			continue
		}
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(w[i:]); n == 1 {
				invalid = true
				continue
			}
		}
		if r >= rune(len(keepsLen)) || !keepsLen[r] {
			lw := strings.ToLower(w) // a rune may change length: as before
			if len(lw) != len(w) {
				return w
			}
			return lw
		}
	}
	if invalid {
		return w // every other rune keeps its length and U+FFFD is longer
	}
	// Every rune keeps its length, so only the first bytes, as long as
	// the longest word, are compared: lower case just those.
	cut := min(len(w), maxWordLen)
	for cut < len(w) && !isBoundary(w, cut) {
		cut++
	}
	return vntext.Lower(w[:cut])
}

// maxWordLen is the length of the longest word matchWord compares.
var maxWordLen = func() int {
	n := 0
	for _, ws := range [][]string{countUnits, durationUnits, scaleWords, moneyWords} {
		for _, w := range ws {
			n = max(n, len(w), len(strings.ToLower(w)))
		}
	}
	return n
}()

// keepsLen marks the runes below 0x2000 whose lower case has as many
// bytes as they do.
var keepsLen = func() (tab [0x2000]bool) {
	for r := range rune(len(tab)) {
		tab[r] = utf8.RuneLen(unicode.ToLower(r)) == utf8.RuneLen(r)
	}
	return tab
}()

// matchIn is matchWord on the window w (lw lower cased) at p.
func matchIn(t string, p int, w, lw string, l *wordList) (string, int) {
	if w[0] == lw[0] { // most windows: only the words starting so can match
		for _, c := range l.first[w[0]] {
			// at rejects a word whose second bytes differ both
			// ways (most candidates): told here without the call.
			if (len(lw) < 2 || lw[1] != c.low1) && (len(w) < 2 || w[1] != c.word1) {
				continue
			}
			if u, e := l.at(t, p, w, lw, int(c.i)); u != "" {
				return u, e
			}
		}
		return "", p
	}
	for i := range l.words {
		if u, e := l.at(t, p, w, lw, i); u != "" {
			return u, e
		}
	}
	return "", p
}

// at is matchIn for the word i of l.
func (l *wordList) at(t string, p int, w, lw string, i int) (string, int) {
	u, lu := l.words[i], l.low[i]
	if u[0] != w[0] && lu[0] != lw[0] { // neither comparison below can hold
		return "", p
	}
	// Every word has two bytes or more: nor can they when the second
	// bytes differ (most candidates of the first byte).
	if (len(lw) < 2 || lw[1] != lu[1]) && (len(w) < 2 || w[1] != u[1]) {
		return "", p
	}
	if strings.HasPrefix(lw, lu) || strings.HasPrefix(w, u) {
		e := p + len(u)
		if e <= len(t) && !letterAt(t, e) {
			return u, e
		}
	}
	return "", p
}

// wordList is a list of words matchWord compares, with their lower case
// and, by first byte, the indexes of those that start with it as written
// or lower cased, in order.
type wordList struct {
	words, low []string
	first      [256][]candidate
}

// candidate is a word of a wordList by index, with the second bytes of
// its written and lower-cased forms.
type candidate struct{ i, word1, low1 uint8 }

func newWordList(words []string) wordList {
	l := wordList{words: words}
	for i, w := range words {
		lw := strings.ToLower(w)
		l.low = append(l.low, lw)
		c := candidate{uint8(i), w[1], lw[1]} // every word has two bytes or more
		l.first[w[0]] = append(l.first[w[0]], c)
		if lw[0] != w[0] {
			l.first[lw[0]] = append(l.first[lw[0]], c)
		}
	}
	return l
}

var countList, durationList = newWordList(countUnits), newWordList(durationUnits)
var scaleList, moneyList = newWordList(scaleWords), newWordList(moneyWords)

func letterAt(t string, p int) bool {
	if p >= len(t) || p < 0 {
		return false
	}
	if c := t[p]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(t[p:])
	return isLetter(r)
}

func letterBefore(t string, p int) bool {
	if p <= 0 {
		return false
	}
	if c := t[p-1]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeLastRuneInString(t[:p])
	return isLetter(r)
}

// letters marks the runes below 0x2000 that are letters or combining
// marks (a tone mark left unjoined belongs to its word).
var letters = func() (tab [0x2000]bool) {
	for r := range rune(len(tab)) {
		tab[r] = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	}
	return tab
}()

func isLetter(r rune) bool {
	if r < rune(len(letters)) {
		return letters[r]
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wordBefore returns the word (letters only, lower case) ending at or
// before p, skipping spaces and the punctuation in skip, and its start.
// low is lowerText(t) or "": the word is sliced from it when it stands
// for t.
func wordBefore(t, low string, p int, skip string) (string, int) {
	for p > 0 && (t[p-1] == ' ' || (skip != "" && strings.IndexByte(skip, t[p-1]) >= 0)) {
		p--
	}
	e := p
	for p > 0 { // letterBefore, decoding each rune once
		c := t[p-1]
		if c < utf8.RuneSelf {
			if 'a' > c|0x20 || c|0x20 > 'z' {
				break
			}
			p--
			continue
		}
		var r rune
		var n int
		switch { // Vietnamese letters: a two-byte rune, or three bytes from E1
		case p >= 2 && c&0xC0 == 0x80 && t[p-2] >= 0xC2 && t[p-2] < 0xE0:
			r, n = rune(t[p-2]&0x1F)<<6|rune(c&0x3F), 2
		case p >= 3 && c&0xC0 == 0x80 && t[p-2]&0xC0 == 0x80 && t[p-3] == 0xE1:
			r, n = rune(0x1000)|rune(t[p-2]&0x3F)<<6|rune(c&0x3F), 3
		default:
			r, n = utf8.DecodeLastRuneInString(t[:p])
		}
		if !isLetter(r) {
			break
		}
		p -= n
	}
	if len(low) == len(t) {
		return low[p:e], p
	}
	return vntext.Lower(t[p:e]), p
}

// wordMemo keeps the last wordBefore(t, low, p, "") of one text.
type wordMemo struct {
	p, s int
	w    string
	in   bool
}

func (m *wordMemo) before(t, low string, p int) (string, int) {
	if !m.in || m.p != p {
		m.w, m.s = wordBefore(t, low, p, "")
		m.p, m.in = p, true
	}
	return m.w, m.s
}

// pairOf is w2+" "+w1 for the words w2 at s2 and w1 at s1 that
// wordBefore returned: a slice of low when one space parts them in t.
func pairOf(t, low, w2 string, s2 int, w1 string, s1 int) string {
	if len(low) == len(t) && s2+len(w2)+1 == s1 && t[s1-1] == ' ' {
		return low[s2 : s1+len(w1)]
	}
	return w2 + " " + w1
}
