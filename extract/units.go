package extract

import (
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

// lowered caches the lower-case form of every word matchWord compares.
var lowered, firstRunes = lowerAll(countUnits, durationUnits, scaleWords, moneyWords)

// lowerAll returns the lower-case form of every word and the set of
// lower-case runes the words start with, which rejects most positions
// before any case folding.
func lowerAll(lists ...[]string) (map[string]string, map[rune]bool) {
	m, first := map[string]string{}, map[rune]bool{}
	for _, ws := range lists {
		for _, w := range ws {
			m[w] = strings.ToLower(w)
			r, _ := utf8.DecodeRuneInString(m[w])
			first[r] = true
		}
	}
	return m, first
}

// unitAt returns the unit that starts at p (after at most one space) and
// the offset just past it, or "" when none does.
func unitAt(t string, p int) (unit string, end int, duration bool) {
	q := p
	if q < len(t) && t[q] == ' ' {
		q++
	}
	if u, e := matchWord(t, q, countUnits); u != "" {
		return u, e, false
	}
	if u, e := matchWord(t, q, durationUnits); u != "" {
		return u, e, true
	}
	return "", p, false
}

// matchWord returns the first of words (compared case-insensitively) that
// t has at p followed by a non-letter.
func matchWord(t string, p int, words []string) (string, int) {
	if p >= len(t) {
		return "", p
	}
	w := t[p:min(len(t), p+40)]
	if r, _ := utf8.DecodeRuneInString(w); !firstRunes[unicode.ToLower(r)] {
		return "", p // no word starts so
	}
	lw := strings.ToLower(w)
	if len(lw) != len(w) { // a case change altered byte lengths: compare as written
		lw = w
	}
	for _, u := range words {
		lu, ok := lowered[u]
		if !ok {
			lu = strings.ToLower(u)
		}
		if strings.HasPrefix(lw, lu) || strings.HasPrefix(w, u) {
			e := p + len(u)
			if e <= len(t) && !letterAt(t, e) {
				return u, e
			}
		}
	}
	return "", p
}

func letterAt(t string, p int) bool {
	if p >= len(t) || p < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[p:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func letterBefore(t string, p int) bool {
	if p <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:p])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wordBefore returns the word (letters only, lower case) ending at or
// before p, skipping spaces and the punctuation in skip, and its start.
func wordBefore(t string, p int, skip string) (string, int) {
	for p > 0 && (t[p-1] == ' ' || strings.IndexByte(skip, t[p-1]) >= 0) {
		p--
	}
	e := p
	for p > 0 && letterBefore(t, p) {
		_, n := utf8.DecodeLastRuneInString(t[:p])
		p -= n
	}
	return strings.ToLower(t[p:e]), p
}
