package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
)

// header is what scanHeader found in the first lines.
type header struct {
	number    found
	date      date
	newsDate  bool // the date came from a bare date line, as news portals print it
	typ       string
	typSpan   Span
	title     string
	titleSpan Span
	titleFrom string
	agencies  []cell // agency lines above the type line, top to bottom
	end       int    // where the header ends: after the title, or 0 when there was none
}

// docTypes are the document types a type line can name, folded, with their
// display form. Longer names come first so "chương trình" wins over nothing
// and "quy định" does not shadow "quyết định".
var docTypes = []struct{ fold, name string }{
	{"bao cao", "Báo cáo"}, {"ke hoach", "Kế hoạch"}, {"quyet dinh", "Quyết định"},
	{"to trinh", "Tờ trình"}, {"thong bao", "Thông báo"}, {"nghi quyet", "Nghị quyết"},
	{"chi thi", "Chỉ thị"}, {"huong dan", "Hướng dẫn"}, {"cong van", "Công văn"},
	{"chuong trinh", "Chương trình"}, {"de an", "Đề án"}, {"ket luan", "Kết luận"},
	{"quy che", "Quy chế"}, {"quy dinh", "Quy định"}, {"bien ban", "Biên bản"},
	{"giay moi", "Giấy mời"}, {"cong dien", "Công điện"}, {"phuong an", "Phương án"},
	{"thong tu", "Thông tư"}, {"nghi dinh", "Nghị định"}, {"tom tat", "Tóm tắt"},
}

// maxCells bounds the header search to the first cells of the text.
const maxCells = 60

func scanHeader(text string) header {
	var h header
	cs := cells(text, maxHeader)
	if len(cs) > maxCells {
		cs = cs[:maxCells]
	}
	typeAt := -1
	for i, c := range cs {
		if h.number.text == "" {
			if i+1 < len(cs) && cs[i+1].line == c.line && numberRe.MatchString(c.text) && len(numberRe.FindString(c.text)) == len(c.text) {
				// "Số:      /BC-UBND": the blank left for the number
				// split the cell.
				c = cell{text: text[c.start:cs[i+1].end], start: c.start, end: cs[i+1].end, line: c.line}
			}
			if n, ok := parseNumber(c); ok {
				h.number = n
				// "Số: 17/BC-UBND  Lạng Sơn, ngày ..." on one line
				// without a tab: the date may follow in the same cell.
				rest := cell{text: strings.TrimSpace(text[n.span.End:c.end]), end: c.end}
				rest.start = c.end - len(rest.text)
				if d, ok := parsePlaceDate(rest); ok && h.date.year == 0 {
					h.date = d
				}
				continue
			}
		}
		if h.date.year == 0 {
			if d, ok := parsePlaceDate(c); ok {
				h.date = d
				continue
			}
			if i < 12 && typeAt < 0 {
				if d, ok := parseDateLine(c); ok {
					h.date, h.newsDate = d, true
					continue
				}
			}
		}
		if typeAt < 0 {
			if t, rest, ok := typeLine(c); ok {
				typeAt = i
				h.typ, h.typSpan = t, Span{c.start, c.end - len(rest)}
				if rest != "" {
					r := strings.TrimLeft(rest, " :-–")
					h.title = cleanTitle(r)
					h.titleSpan = Span{c.end - len(r), c.end}
					h.titleFrom = FromHeader
				}
				continue
			}
			if isAgencyLine(c) {
				h.agencies = append(h.agencies, c)
			}
		}
		if typeAt < 0 && h.title == "" && isSubjectLine(c.text) {
			// A Công văn has no type line; its subject follows "V/v".
			s := subjectText(c)
			h.title, h.titleSpan, h.titleFrom = capitalize(cleanTitle(text[s.Start:s.End])), s, FromHeader
		}
	}
	if typeAt >= 0 && h.title == "" {
		h.title, h.titleSpan = titleAfter(text, cs[typeAt+1:])
		if h.title != "" {
			h.titleFrom = FromHeader
		}
	}
	if typeAt < 0 && h.number.text == "" && h.title == "" {
		h.title, h.titleSpan = headline(text, cs)
		if h.title != "" {
			h.titleFrom = FromHeadline
		}
	}
	h.end = h.titleSpan.End
	return h
}

// typeLine reports whether c is a type line: in capitals and starting with a
// document type ("BÁO CÁO", "QUYẾT ĐỊNH"). What follows the type on the same
// line ("BÁO CÁO SƠ KẾT 6 THÁNG") is returned as rest, the start of the title.
func typeLine(c cell) (name, rest string, ok bool) {
	if !isUpper(c.text) || len(c.text) > 300 {
		return "", "", false
	}
	words := strings.FieldsFunc(c.text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
	if len(words) < 2 {
		return "", "", false
	}
	key := vntext.Fold(words[0] + " " + words[1])
	for _, t := range docTypes {
		if key != t.fold {
			continue
		}
		// rest starts after the second word of the type.
		i := strings.Index(c.text, words[0])
		i += len(words[0])
		j := strings.Index(c.text[i:], words[1]) + i + len(words[1])
		return t.name, strings.TrimSpace(c.text[j:]), true
	}
	return "", "", false
}

// titleAfter collects the title lines that follow a type line: up to the
// first blank line once a title line is taken, a line in capitals (the
// issuing authority of a Quyết định: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), a
// line opening the body ("Căn cứ", "Kính gửi", "Thực hiện", "I."), or four
// lines.
func titleAfter(text string, cs []cell) (string, Span) {
	var span Span
	lines, last := 0, -1
	for _, c := range cs {
		if lines > 0 && (c.line != last+1 || isUpper(c.text)) {
			break
		}
		if opensBody(c.text) || len(c.text) > 400 {
			break
		}
		if lines == 0 {
			span.Start = c.start
		}
		span.End = c.end
		lines++
		last = c.line
		if c.blankAfter || lines == 4 {
			break
		}
	}
	if lines == 0 {
		return "", Span{}
	}
	return cleanTitle(text[span.Start:span.End]), span
}

// bodyOpeners start the first sentences of a report, never its title.
var bodyOpeners = []string{"can cu", "kinh gui", "thuc hien", "theo ", "xet ", "nam 20", "trong nam", "noi nhan"}

func opensBody(s string) bool {
	f := vntext.Fold(s)
	for _, o := range bodyOpeners {
		if strings.HasPrefix(f, o) {
			return true
		}
	}
	return startsNumbered(s)
}

// startsNumbered reports a numbered heading: "I.", "1.", "a)", "II-".
func startsNumbered(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || strings.IndexByte("IVXLivxl", s[i]) >= 0) {
		i++
	}
	if i == 0 && len(s) > 0 && s[0] >= 'a' && s[0] <= 'z' {
		i = 1
	}
	return i > 0 && i < len(s) && strings.IndexByte(".)-/", s[i]) >= 0 && (i+1 == len(s) || s[i+1] == ' ')
}

func isSubjectLine(s string) bool {
	f := vntext.Fold(s)
	return strings.HasPrefix(f, "v/v") || strings.HasPrefix(f, "ve viec")
}

// subjectText returns the span of a "V/v ..." cell's subject.
func subjectText(c cell) Span {
	s := c.text
	if strings.HasPrefix(vntext.Fold(s), "v/v") {
		s = strings.TrimLeft(s[3:], " :.")
	}
	return Span{c.end - len(s), c.end}
}

// capitalize upper-cases the first letter of a subject written after "V/v",
// which runs on from those words in lower case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
