package meta

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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
	// agencies are the agency lines above the type line, top to bottom:
	// the first few held in place (a header has two or three), so that
	// reading them allocates nothing; agencyCells gives them all.
	agencyBuf [4]cell
	nAgencies int
	agencies  []cell // all of them, once there are more than agencyBuf holds
}

// agencyCells returns the agency lines above the type line.
func (h *header) agencyCells() []cell {
	if h.agencies != nil {
		return h.agencies
	}
	return h.agencyBuf[:h.nAgencies]
}

// docTypes are the document types a type line can name, folded, with their
// display form.
var docTypes = []struct{ fold, name string }{
	{"bao cao", "Báo cáo"}, {"ke hoach", "Kế hoạch"}, {"quyet dinh", "Quyết định"},
	{"to trinh", "Tờ trình"}, {"thong bao", "Thông báo"}, {"nghi quyet", "Nghị quyết"},
	{"chi thi", "Chỉ thị"}, {"huong dan", "Hướng dẫn"}, {"cong van", "Công văn"},
	{"chuong trinh", "Chương trình"}, {"de an", "Đề án"}, {"ket luan", "Kết luận"},
	{"quy che", "Quy chế"}, {"quy dinh", "Quy định"}, {"bien ban", "Biên bản"},
	{"giay moi", "Giấy mời"}, {"cong dien", "Công điện"}, {"phuong an", "Phương án"},
	{"thong tu", "Thông tư"}, {"nghi dinh", "Nghị định"}, {"tom tat", "Tóm tắt"},
}

// typeFirstWords holds the words a type line can start with: the first
// words of docTypes, "ban" (Bản Quy định) and "luat".
var typeFirstWords = func() map[string]bool {
	m := map[string]bool{"ban": true, "luat": true}
	for _, t := range docTypes {
		m[strings.Fields(t.fold)[0]] = true
	}
	return m
}()

// cellPool holds the header cells scanHeader reads: it keeps none of
// them but the agency lines, which it copies.
var cellPool = sync.Pool{New: func() any { s := make([]cell, 0, maxCells+8); return &s }}

// maxCells bounds the header search to the first cells of the text.
const maxCells = 60

func scanHeader(text string) header {
	var h header
	pc := cellPool.Get().(*[]cell)
	defer func() {
		clear(*pc) // drop the text
		cellPool.Put(pc)
	}()
	rd := newCellReader((*pc)[:0], text, maxHeader, maxCells)
	defer func() { *pc = rd.out }()
	// cs is the cells read so far, at most maxCells; at(i) makes sure cs
	// holds cell i, if the header has it.
	var cs []cell
	at := func(i int) {
		if i >= len(rd.out) {
			rd.fill(i + 1)
		}
		cs = rd.out[:min(len(rd.out), maxCells)]
	}
	typeAt, rest := -1, Span{}
	for i := 0; ; i++ {
		at(i + 1) // the cell after i, which the tests below look at
		if i >= len(cs) {
			break
		}
		c := cs[i]
		// The number and the place-date line come before the type line;
		// after it, "số ..." and "ngày ..." belong to cited documents.
		if h.number.text == "" && typeAt < 0 {
			if i+1 < len(cs) && cs[i+1].line == c.line && numberOnly(c.text) {
				// "Số:      /BC-UBND": the blank left for the number
				// split the cell.
				c = cell{text: text[c.start:cs[i+1].end], start: c.start, end: cs[i+1].end, line: c.line}
			}
			if n, ok := parseNumber(c); ok {
				h.number = n
				// "Số: 17/BC-UBND  Lạng Sơn, ngày ..." on one line
				// without a tab: the date may follow in the same cell.
				after := strings.TrimSpace(text[n.span.End:c.end])
				if d, ok := parsePlaceDate(cell{text: after, start: c.end - len(after), end: c.end}); ok && h.date.year == 0 {
					h.date = d
				}
				continue
			}
		}
		if h.date.year == 0 && typeAt < 0 {
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
			alone := (i == 0 || cs[i-1].line != c.line) && (i+1 == len(cs) || cs[i+1].line != c.line)
			if t, r, ok := typeLine(c, i, alone); ok {
				typeAt = i
				h.typ, h.typSpan = t, Span{c.start, c.end - len(r)}
				if r != "" {
					r = strings.TrimLeft(r, " :-–")
					rest = Span{c.end - len(r), c.end}
				}
				// nothing below the type line is read but the title
				break
			}
			if isAgencyLine(c, i) {
				switch {
				case h.agencies != nil:
					h.agencies = append(h.agencies, c)
				case h.nAgencies < len(h.agencyBuf):
					h.agencyBuf[h.nAgencies] = c
					h.nAgencies++
				default:
					h.agencies = append(append(make([]cell, 0, 2*len(h.agencyBuf)), h.agencyBuf[:]...), c)
				}
			}
			if h.title == "" && isSubjectLine(c.text) {
				// A Công văn has no type line; its subject follows "V/v".
				// A bare "V/v" (its subject on the next line, or none) is no title.
				s := subjectText(c)
				if t := capitalize(cleanTitle(text[s.Start:s.End])); t != "" {
					h.title, h.titleSpan, h.titleFrom = t, s, FromHeader
				}
			}
		}
	}
	switch {
	case typeAt >= 0:
		h.title, h.titleSpan = "", Span{}
		h.readTitle(text, rest, func(k int) (cell, bool) {
			at(typeAt + 1 + k)
			if typeAt+1+k >= len(cs) {
				return cell{}, false
			}
			return cs[typeAt+1+k], true
		})
	case h.number.text == "" && h.title == "":
		at(maxCells)
		h.title, h.titleSpan = headline(text, cs)
		if h.title != "" {
			h.titleFrom = FromHeadline
		}
	}
	return h
}

// numberOnly reports whether s is only a "Số:" label.
func numberOnly(s string) bool {
	loc := numberPrefix(s)
	if loc == nil {
		return s == "" // FindString gives "" for no match
	}
	return loc[1] == len(s)
}

// typeLine reports whether c, the i-th cell, is a type line: starting with
// a document type ("BÁO CÁO", "QUYẾT ĐỊNH", "Bản Quy định"). In capitals it
// may be anywhere in the header; in running case (legacy documents lost the
// capitals of their .VnTimeH fonts) only among the first cells, short, and
// followed by nothing, "của" or "số", and alone on its line (a table
// header cell "Kế hoạch" is no type line). What follows the type on the same
// line ("BÁO CÁO SƠ KẾT 6 THÁNG", "của Chính phủ số 28/2003/NĐ-CP") is
// returned as rest.
func typeLine(c cell, i int, alone bool) (name, rest string, ok bool) {
	if len(c.text) > 300 {
		return "", "", false
	}
	var fb [64]byte
	if f, ok := firstFold(fb[:0], c.text); !ok || !typeFirstWords[string(f)] {
		return "", "", false // every way below needs one of these first
	}
	var buf [4]word
	ws := appendWords(buf[:0], c.text, c.start, 4)
	if len(ws) > 0 && ws[0].fold == "ban" && len(ws) > 2 && !isUpper(c.text) {
		ws = ws[1:] // "Bản Quy định"
	}
	if len(ws) > 0 && ws[0].fold == "luat" && (len(ws) == 1 || isUpper(c.text)) && (i < 20 || isUpper(c.text)) {
		return "Luật", strings.TrimSpace(c.text[ws[0].end-c.start:]), true
	}
	if len(ws) < 2 {
		return "", "", false
	}
	w0, w1 := ws[0].fold, ws[1].fold
	for _, t := range docTypes {
		// t.fold == w0 + " " + w1, without building the key
		if len(t.fold) != len(w0)+1+len(w1) || t.fold[len(w0)] != ' ' || t.fold[:len(w0)] != w0 || t.fold[len(w0)+1:] != w1 {
			continue
		}
		rest = strings.TrimSpace(c.text[ws[1].end-c.start:])
		if !isUpper(c.text) {
			next := ""
			if len(ws) > 2 {
				next = ws[2].fold
			}
			if !alone || i >= 12 || len(c.text) > 150 || next != "" && next != "cua" && next != "so" && next != "lien" {
				return "", "", false
			}
		}
		return t.name, rest, true
	}
	return "", "", false
}

// bodyOpeners start the first sentences of a report, never its title.
var bodyOpeners = []string{"can cu", "kinh gui", "kinh goi", "thuc hien", "theo ", "xet ", "nam 20", "trong nam", "noi nhan", "chuong ", "dieu 1", "phan thu", "phan i", "phan 1", "mo dau", "dat van de"}

func opensBody(s string) bool {
	return hasFoldPrefix(s, bodyOpeners...) || startsNumbered(s)
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
	return hasFoldPrefix(s, "v/v", "ve viec")
}

// subjectText returns the span of a "V/v ..." cell's subject.
func subjectText(c cell) Span {
	s := c.text
	if hasFoldPrefix(s, "v/v") {
		s = strings.TrimLeft(s[3:], " :.")
	}
	return Span{c.end - len(s), c.end}
}

// capitalize upper-cases the first letter of s: a subject after "V/v" or a
// legal caption's "về việc" runs on in lower case.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if u := unicode.ToUpper(r); u != r {
		return string(u) + s[size:]
	}
	return s // most titles start with a capital: no copy (nor for an invalid byte)
}
