package server

import (
	"math"
	"net/http"
	"strconv"
	"strings"
)

// Languages of the UI: Vietnamese by default, English on ?lang=en (kept in a
// cookie).
const (
	langVI     = "vi"
	langEN     = "en"
	langCookie = "baocao_lang"
)

// lang picks the page language and remembers an explicit choice.
func lang(w http.ResponseWriter, r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == langVI || l == langEN {
		http.SetCookie(w, &http.Cookie{Name: langCookie, Value: l, Path: "/", MaxAge: 365 * 24 * 3600,
			HttpOnly: true, SameSite: http.SameSiteLaxMode})
		return l
	}
	if c, err := r.Cookie(langCookie); err == nil && (c.Value == langVI || c.Value == langEN) {
		return c.Value
	}
	return langVI
}

// labels are the UI's words, by key then language.
var labels = map[string][2]string{ // [vi, en]
	"app":          {"Báo cáo", "Reports"},
	"search":       {"Tìm kiếm", "Search"},
	"search_ph":    {"ví dụ: giải quyết việc làm", "e.g. giai quyet viec lam"},
	"checks":       {"Kiểm tra số liệu", "Figure checks"},
	"indicators":   {"Chỉ tiêu", "Indicators"},
	"results":      {"kết quả", "results"},
	"no_results":   {"Không tìm thấy văn bản nào.", "No document found."},
	"province":     {"Tỉnh/thành", "Province"},
	"year":         {"Năm", "Year"},
	"type":         {"Loại văn bản", "Document type"},
	"format":       {"Định dạng", "Format"},
	"encoding":     {"Bảng mã", "Encoding"},
	"filters":      {"Bộ lọc", "Filters"},
	"remove":       {"bỏ", "remove"},
	"prev":         {"‹ Trước", "‹ Previous"},
	"next":         {"Sau ›", "Next ›"},
	"page":         {"Trang", "Page"},
	"pages":        {"Số trang", "Pages"},
	"title":        {"Tiêu đề", "Title"},
	"file":         {"Tệp", "File"},
	"date":         {"Ngày", "Date"},
	"number":       {"Số hiệu", "Number"},
	"agency":       {"Cơ quan", "Agency"},
	"chars":        {"Số ký tự", "Characters"},
	"text":         {"Nội dung", "Text"},
	"records":      {"Số liệu trích xuất", "Extracted figures"},
	"indicator":    {"Chỉ tiêu", "Indicator"},
	"records_nav":  {"Số liệu", "Figures"},
	"value":        {"Giá trị", "Value"},
	"target":       {"Kế hoạch", "Target"},
	"unit":         {"Đơn vị", "Unit"},
	"stated_pct":   {"% nêu trong báo cáo", "Stated %"},
	"computed_pct": {"% tính lại", "Computed %"},
	"stated":       {"Số nêu", "Stated"},
	"computed":     {"Số tính lại", "Computed"},
	"kind":         {"Loại", "Kind"},
	"status":       {"Trạng thái", "Status"},
	"reason":       {"Giải thích", "Reason"},
	"evidence":     {"Căn cứ", "Evidence"},
	"document":     {"Văn bản", "Document"},
	"see_in_text":  {"xem trong văn bản", "see in the text"},
	"all":          {"Tất cả", "All"},
	"ok":           {"khớp", "ok"},
	"mismatch":     {"không khớp", "mismatch"},
	"unverifiable": {"không kiểm được", "unverifiable"},
	"filter":       {"Lọc", "Filter"},
	"download":     {"Tải về", "Download"},
	"no_checks":    {"Không có kết quả kiểm tra nào.", "No checks."},
	"no_records":   {"Không có số liệu nào.", "No figures."},
	"indicator_ph": {"tên chỉ tiêu, ví dụ: giải quyết việc làm", "indicator name, e.g. giai quyet viec lam"},
	"common_ind":   {"Chỉ tiêu thường gặp", "Common indicators"},
	"count":        {"Số lần", "Count"},
	"chart":        {"Biểu đồ", "Chart"},
	"chart_note":   {"Thanh đậm: giá trị; khung: kế hoạch.", "Solid bar: value; outline: target."},
	"shown_first":  {"Hiển thị", "Showing"},
	"of":           {"trên", "of"},
	"in_doc":       {"trong văn bản", "in the document"},
	"lang_other":   {"English", "Tiếng Việt"},
	"not_found":    {"Không tìm thấy", "Not found"},
	"figures_legend": {"Đánh dấu: số liệu trích xuất; gạch chân đỏ: không khớp; xanh: khớp.",
		"Marked: extracted figures; red underline: mismatch; green: checked ok."},
}

// dict returns the labels of one language, for templates ({{.L.search}}).
func dict(l string) map[string]string {
	i := 0
	if l == langEN {
		i = 1
	}
	m := make(map[string]string, len(labels))
	for k, v := range labels {
		m[k] = v[i]
	}
	return m
}

// number formats f for people: 28.101 and 73,95 in Vietnamese, 28,101 and
// 73.95 in English; every digit kept.
func number(l string, f float64) string {
	thou, dec := ".", ","
	if l == langEN {
		thou, dec = ",", "."
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(thou)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(dec + frac)
	}
	return b.String()
}

// rounded formats a computed figure for display with at most two decimals;
// only display rounds, never a comparison.
func rounded(l string, f float64) string {
	return number(l, math.Round(f*100)/100)
}
