package meta

import (
	"baocao/vntext"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headline picks a news article's headline: the longest title-like cell
// among those before the first body paragraph, within the first ten cells.
// Title-like means a capitalised phrase of four or more words, not a
// sentence (no final full stop), not a date, a numbered heading or portal
// chrome ("PublishingPortal - Block_BanTin_Toolbar", "Tăng cỡ chữ").
func headline(text string, cs []cell) (string, Span) {
	best := -1
	for i, c := range cs {
		if i >= 10 || isParagraph(c.text) {
			break
		}
		if !titleLike(c.text) {
			continue
		}
		if best < 0 || len(c.text) > len(cs[best].text) {
			best = i
		}
	}
	if best < 0 {
		return "", Span{}
	}
	c := cs[best]
	return cleanTitle(c.text), Span{c.start, c.end}
}

// isParagraph reports body text: a long line, or a sentence of many words.
func isParagraph(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > 300 || n > 120 && strings.HasSuffix(s, ".") && len(strings.Fields(s)) > 20
}

func titleLike(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 15 || n > 250 || strings.HasSuffix(s, ".") || startsNumbered(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	if strings.ContainsAny(s, "_{}<>=@") || strings.Contains(s, "...") || strings.Contains(s, "…") ||
		strings.Contains(strings.ToLower(s), "cỡ chữ") || opensBody(s) || isLabel(s) {
		return false
	}
	if hasFoldPrefix(s, mottos...) {
		return false
	}
	var buf [9]word
	if ws := appendWords(buf[:0], s, 0, 9); len(ws) <= 8 && startsAgency(ws) {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 4 {
		return false
	}
	// A portal's menu or breadcrumb is in plain ASCII CamelCase or capitals.
	ascii := true
	for _, r := range s {
		if r >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	return !ascii || len(words) >= 6
}

// labels open the lines of forms and tables, not headlines.
var labels = []string{"don vi tinh", "kinh gui", "kinh goi", "toi la", "sinh ngay", "ho va ten", "ho ten",
	"dia chi", "dien thoai", "ghi chu", "noi nhan", "ma so", "so tt", "stt", "nguoi", "ngay"}

// isLabel reports a "label: value" line of a form.
func isLabel(s string) bool {
	head, _, ok := strings.Cut(s, ":")
	if !ok || len(head) > 40 {
		return false
	}
	f := vntext.Fold(head)
	for _, l := range labels {
		if strings.HasPrefix(f, l) {
			return true
		}
	}
	return false
}

// usableHint returns the file's title property when it looks like a real
// title: not empty, not an editor's default ("Microsoft Word - x.doc",
// "Untitled"), not a file name, not undecoded legacy bytes.
func usableHint(hint string) string {
	h := cleanTitle(hint)
	if h == "" {
		return ""
	}
	low := strings.ToLower(h)
	for _, p := range []string{"microsoft word", "microsoft excel", "untitled", "document", "new document", "normal", "slide"} {
		if strings.HasPrefix(low, p) {
			return ""
		}
	}
	for _, ext := range []string{".doc", ".docx", ".xls", ".xlsx", ".pdf", ".rtf", ".txt", ".htm", ".html"} {
		if strings.HasSuffix(low, ext) {
			return ""
		}
	}
	// TCVN3 or VNI text read as Latin-1 shows these; real Vietnamese never does.
	if strings.ContainsAny(h, "¸µ¶·¹¼½¾ÆÇ×ØÞßåæçñøþ\ufffd") {
		return ""
	}
	if len(strings.Fields(h)) < 2 {
		return ""
	}
	return h
}
