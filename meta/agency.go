package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/place"
)

// agencies are the issuing bodies Read names canonically, each with the
// folded word sequences that write it (full name and abbreviations; "&",
// "-" and "," are not words, so "LĐ-TB&XH" is "ld tb xh"). rank orders them
// as issuers of a report found in its body: a Sở or Phòng reports, a UBND
// or Bộ is more often the body it reports to.
var agencies = []struct {
	name  string
	forms []string
	rank  int
}{
	{"Sở Lao động - Thương binh và Xã hội", []string{"so lao dong thuong binh va xa hoi", "so lao dong thuong binh xa hoi", "so ldtbxh", "so ldtb xh", "so ld tb xh", "so ld tbxh"}, 1},
	{"Sở Nội vụ", []string{"so noi vu"}, 1},
	{"Sở Tài chính", []string{"so tai chinh"}, 1},
	{"Sở Kế hoạch và Đầu tư", []string{"so ke hoach va dau tu", "so kh dt", "so khdt"}, 1},
	{"Sở Y tế", []string{"so y te"}, 1},
	{"Sở Giáo dục và Đào tạo", []string{"so giao duc va dao tao", "so gd dt", "so gddt"}, 1},
	{"Sở Nông nghiệp và Phát triển nông thôn", []string{"so nong nghiep va phat trien nong thon", "so nn ptnt", "so nnptnt"}, 1},
	{"Sở Nông nghiệp và Môi trường", []string{"so nong nghiep va moi truong"}, 1},
	{"Sở Tư pháp", []string{"so tu phap"}, 1},
	{"Sở Xây dựng", []string{"so xay dung"}, 1},
	{"Sở Công Thương", []string{"so cong thuong"}, 1},
	{"Sở Giao thông vận tải", []string{"so giao thong van tai", "so gtvt"}, 1},
	{"Sở Tài nguyên và Môi trường", []string{"so tai nguyen va moi truong", "so tn mt", "so tnmt"}, 1},
	{"Sở Thông tin và Truyền thông", []string{"so thong tin va truyen thong", "so tt tt", "so tttt"}, 1},
	{"Sở Văn hóa, Thể thao và Du lịch", []string{"so van hoa the thao va du lich", "so vh tt dl", "so vhttdl"}, 1},
	{"Sở Khoa học và Công nghệ", []string{"so khoa hoc va cong nghe", "so khcn", "so kh cn"}, 1},
	{"Sở Ngoại vụ", []string{"so ngoai vu"}, 1},
	{"Phòng Lao động - Thương binh và Xã hội", []string{"phong lao dong thuong binh va xa hoi", "phong lao dong thuong binh xa hoi", "phong ldtbxh", "phong ld tb xh", "phong ldtb xh"}, 1},
	{"Phòng Nội vụ", []string{"phong noi vu"}, 1},
	{"Ủy ban nhân dân", []string{"uy ban nhan dan", "ubnd"}, 2},
	{"Hội đồng nhân dân", []string{"hoi dong nhan dan", "hdnd"}, 2},
	{"Bộ Lao động - Thương binh và Xã hội", []string{"bo lao dong thuong binh va xa hoi", "bo lao dong thuong binh xa hoi", "bo ldtbxh", "bo ld tb xh", "bo ldtb xh"}, 3},
	{"Bộ Nội vụ", []string{"bo noi vu"}, 3},
	{"Bộ Tài chính", []string{"bo tai chinh"}, 3},
	{"Bộ Kế hoạch và Đầu tư", []string{"bo ke hoach va dau tu"}, 3},
	{"Bộ Y tế", []string{"bo y te"}, 3},
	{"Bộ Giáo dục và Đào tạo", []string{"bo giao duc va dao tao"}, 3},
	{"Bộ Nông nghiệp và Phát triển nông thôn", []string{"bo nong nghiep va phat trien nong thon"}, 3},
	{"Bộ Khoa học và Công nghệ", []string{"bo khoa hoc va cong nghe"}, 3},
	{"Bộ Công Thương", []string{"bo cong thuong"}, 3},
	{"Bộ Thương mại", []string{"bo thuong mai"}, 3},
	{"Bộ Tư pháp", []string{"bo tu phap"}, 3},
	{"Bộ Xây dựng", []string{"bo xay dung"}, 3},
	{"Quốc hội", []string{"quoc hoi"}, 3},
	{"Chính phủ", []string{"chinh phu"}, 3},
	{"Thủ tướng Chính phủ", []string{"thu tuong chinh phu"}, 3},
}

// agencyCodes maps the agency part of a document number (see codeKey) to
// the agency.
var agencyCodes = map[string]string{
	"sldtbxh": "Sở Lao động - Thương binh và Xã hội", "snv": "Sở Nội vụ", "stc": "Sở Tài chính",
	"skhdt": "Sở Kế hoạch và Đầu tư", "syt": "Sở Y tế", "sgddt": "Sở Giáo dục và Đào tạo",
	"snnptnt": "Sở Nông nghiệp và Phát triển nông thôn", "stp": "Sở Tư pháp", "sxd": "Sở Xây dựng",
	"sct": "Sở Công Thương", "sgtvt": "Sở Giao thông vận tải", "stnmt": "Sở Tài nguyên và Môi trường",
	"stttt": "Sở Thông tin và Truyền thông", "svhttdl": "Sở Văn hóa, Thể thao và Du lịch",
	"skhcn": "Sở Khoa học và Công nghệ", "ubnd": "Ủy ban nhân dân", "hdnd": "Hội đồng nhân dân",
	"ldtbxh": "Bộ Lao động - Thương binh và Xã hội", "pldtbxh": "Phòng Lao động - Thương binh và Xã hội",
	"ttg": "Thủ tướng Chính phủ", "cp": "Chính phủ", "qh": "Quốc hội",
	"btc": "Bộ Tài chính", "bnv": "Bộ Nội vụ", "bkhdt": "Bộ Kế hoạch và Đầu tư", "byt": "Bộ Y tế",
	"bgddt": "Bộ Giáo dục và Đào tạo", "bnnptnt": "Bộ Nông nghiệp và Phát triển nông thôn",
	"bkhcn": "Bộ Khoa học và Công nghệ", "bct": "Bộ Công Thương", "btp": "Bộ Tư pháp", "bxd": "Bộ Xây dựng",
}

// agencyWords holds the forms of agencies split into words, by index.
var agencyWords = func() [][][]string {
	out := make([][][]string, len(agencies))
	for k, a := range agencies {
		for _, f := range a.forms {
			out[k] = append(out[k], strings.Fields(f))
		}
	}
	return out
}()

// agencyByFirst holds the forms of agencyWords by their first word, in
// the order agencyAt tries them: the body's fallback search asks at every
// word.
var agencyByFirst = func() map[string][]agencyForm {
	m := map[string][]agencyForm{}
	for k, forms := range agencyWords {
		for _, fw := range forms {
			m[fw[0]] = append(m[fw[0]], agencyForm{k, fw})
		}
	}
	return m
}()

type agencyForm struct {
	k     int
	words []string
}

// agencyAt returns the agency whose form starts at ws[i] and how many words
// it covers.
func agencyAt(ws []word, i int) (int, int) {
	if i >= len(ws) {
		return -1, 0
	}
	for _, f := range agencyByFirst[ws[i].fold] {
		if i+len(f.words) > len(ws) {
			continue
		}
		ok := true
		for j, w := range f.words {
			ok = ok && ws[i+j].fold == w
		}
		if ok {
			return f.k, len(f.words)
		}
	}
	return -1, 0
}

// motto lines sit in the header's right column, beside the agency.
var mottos = []string{"cong hoa xa hoi", "doc lap", "dang cong san viet nam", "dang bo"}

// isAgencyLine reports whether c, the i-th cell, may belong to the agency
// block: a short line in capitals that is not the motto, or, among the first
// cells, one that starts like an agency or a place ("Bộ Tài chính", "ủy ban
// nhân dân" / "Tỉnh an giang", in legacy documents whose capitals came from
// a font).
func isAgencyLine(c cell, i int) bool {
	if utf8.RuneCountInString(c.text) > 120 || strings.HasPrefix(c.text, "(") {
		return false
	}
	if hasFoldPrefix(c.text, mottos...) {
		return false
	}
	if isUpper(c.text) {
		return true
	}
	if i >= 4 {
		return false
	}
	var buf [3]word
	ws := appendWords(buf[:0], c.text, c.start, 3)
	if startsAgency(ws) {
		return true
	}
	return len(ws) > 1 && (ws[0].fold == "tinh" || ws[0].fold == "huyen" || ws[0].fold == "quan" || ws[0].fold == "thanh" && ws[1].fold == "pho")
}

// agencyOf finds the issuing agency: in the header's agency lines, else in
// the number's code, else in the signature ("TM. ỦY BAN NHÂN DÂN"), else
// the first Sở or Phòng the opening of the body names as the subject of a
// sentence.
func agencyOf(text string, h header) (string, Span) {
	if a, s := headerAgency(text, h.agencyCells()); a != "" {
		return a, s
	}
	if a := agencyFromNumber(h.number.text); a != "" {
		return a, Span{}
	}
	if a, s := signatureAgency(text); a != "" {
		return a, s
	}
	ws := words(prefix(text, 4096), 0)
	for i := range ws {
		if k, n := agencyAt(ws, i); k >= 0 && agencies[k].rank == 1 && i+n < len(ws) && actionWords[ws[i+n].fold] {
			return agencies[k].name, Span{ws[i].start, ws[i+n-1].end}
		}
	}
	return "", Span{}
}

// agencyStarts are the first words of an agency's name in a header line.
var agencyStarts = []string{
	"so", "phong", "bo", "ubnd", "uy ban", "hoi dong", "hdnd", "ban", "trung tam",
	"chi cuc", "cuc", "tong cuc", "van phong", "tinh uy", "huyen uy", "thanh uy",
	"dang uy", "thanh tra", "bao hiem", "cong doan", "chinh phu", "thu tuong",
}

// agencyTones are the spellings that start words of agencyStarts when the
// word carries diacritics: "Số TT" (a table's number column) is not "Sở".
var agencyTones = map[string]string{"so": "sở", "bo": "bộ", "ban": "ban", "cuc": "cục", "phong": "phòng"}

// agencyStartWords holds agencyStarts split into words.
var agencyStartWords = func() [][]string {
	out := make([][]string, len(agencyStarts))
	for i, a := range agencyStarts {
		out[i] = strings.Fields(a)
	}
	return out
}()

// startsAgencyLine reports whether c starts like an agency.
func startsAgencyLine(c cell) bool {
	var buf [3]word
	return startsAgency(appendWords(buf[:0], c.text, c.start, 3))
}

func startsAgency(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	for _, fw := range agencyStartWords {
		if len(fw) > len(ws) || ws[0].fold != fw[0] {
			continue
		}
		ok := true
		for j, w := range fw {
			ok = ok && ws[j].fold == w
		}
		if ok && fw[0] == "ban" && len(ws) > 1 && ws[1].fold == "hanh" {
			ok = false // "ban hành", issued
		}
		if ok && len(fw) == 1 {
			if t, need := agencyTones[fw[0]]; need && !isASCII(ws[0].text) && !lowerIs(ws[0].text, t) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// actionWords start the predicate of a sentence whose subject is the
// agency acting: "Sở Lao động - Thương binh và Xã hội tổ chức hội nghị",
// "... báo cáo kết quả như sau", "... đã ban hành".
var actionWords = map[string]bool{
	"bao": true, "to": true, "ban": true, "xay": true, "thong": true, "huong": true, "de": true,
	"trien": true, "phoi": true, "da": true, "thuc": true, "chu": true, "tham": true, "gui": true,
	"tiep": true, "ky": true, "tong": true, "kinh": true, "xin": true, "trinh": true,
}

// headerAgency reads the lowest agency of the header's left column, with
// the lines that continue it ("SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI",
// "ỦY BAN NHÂN DÂN" / "HUYỆN BÁC ÁI"). A known agency gets its canonical
// name; another keeps its words, in sentence case.
func headerAgency(text string, lines []cell) (string, Span) {
	start := len(lines) - 1 // the last line that starts an agency
	for start >= 0 && !startsAgencyLine(lines[start]) {
		start--
	}
	if start < 0 {
		return "", Span{}
	}
	span := Span{lines[start].start, lines[start].end}
	parts := []string{lines[start].text}
	for _, c := range lines[start+1:] {
		// start is the last line that starts an agency: the lines
		// below it continue it
		if c.start-span.End > 200 {
			break
		}
		span.End = c.end
		parts = append(parts, c.text)
	}
	// The lines joined, without the motto cells between them.
	return agencyNamed(strings.Join(parts, " ")), span
}

// agencyNamed returns the name of the agency phrase writes, through a
// cache shared by all calls: the reports of one body write its name alike,
// and reading it costs more than the rest of the header's agency.
func agencyNamed(phrase string) string {
	if len(phrase) > 160 {
		return readAgencyName(phrase)
	}
	return agencyCache.get(phrase, readAgencyName, strings.Clone)
}

var agencyCache = newLineCache[string](256)

// readAgencyName is agencyNamed without the cache. A known agency gets its
// canonical name; another keeps its words, in sentence case.
func readAgencyName(phrase string) string {
	var buf [10]word
	ws := appendWords(buf[:0], phrase, 0, 10)
	k, n := agencyAt(ws, 0)
	if k < 0 {
		return sentenceCase(phrase)
	}
	name := agencies[k].name
	if agencies[k].rank == 2 && n < len(ws) {
		// A UBND or HĐND is named by its place: "Ủy ban nhân dân huyện Bác Ái".
		for _, m := range place.Find(phrase[ws[n].start:]) {
			if m.Qualified {
				name += " " + levelWord(ws[n].fold, m) + " " + m.Name
				break
			}
		}
	}
	return name
}

// sentenceCase turns a header line in capitals into running text: "TRUNG
// TÂM DỊCH VỤ VIỆC LÀM" → "Trung tâm dịch vụ việc làm". Place names keep
// their capitals.
func sentenceCase(s string) string {
	s = strings.Join(strings.FieldsFunc(s, isSpace), " ")
	if !isUpper(s) {
		return s
	}
	low := []rune(strings.ToLower(s))
	if len(low) > 0 {
		low[0] = unicode.ToUpper(low[0])
	}
	out := string(low)
	for _, m := range place.Find(s) {
		// Find works on s; the lower-cased copy has the same byte layout
		// for Vietnamese letters, but check before replacing.
		if m.End <= len(out) && strings.EqualFold(out[m.Start:m.End], m.Text) {
			out = out[:m.Start] + m.Name + out[m.End:]
			break
		}
	}
	return out
}

// levelWord returns the administrative word of a place in an agency name.
func levelWord(first string, m place.Mention) string {
	switch first {
	case "huyen":
		return "huyện"
	case "quan":
		return "quận"
	case "thi":
		return "thị xã"
	case "thanh", "tp":
		return "thành phố"
	}
	if m.Kind == place.KindDistrict {
		return "huyện"
	}
	return "tỉnh"
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// national reports whether agency is a national body (a Bộ, the Chính phủ,
// the Quốc hội), whose documents are dated in Hà Nội without being about it.
func national(agency string) bool {
	for _, a := range agencies {
		if a.name == agency {
			return a.rank == 3
		}
	}
	return false
}

// signatureRe matches the signature block's "on behalf of" line: TM. (thay
// mặt), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy quyền).
var signatureRe = regexp.MustCompile(`(?m)^[\s*#_]*(?:TM|T/M|T\.M|KT|TL|TUQ)\s*[.:/]?\s*(\S.*)$`)

// signatureAgency reads the agency a signature is given for, in the last
// lines of the text.
func signatureAgency(text string) (string, Span) {
	base := len(text) - 3000
	if base < 0 {
		base = 0
	}
	for base > 0 && base < len(text) && !utf8.RuneStart(text[base]) { // invalid UTF-8 may never start a rune
		base++
	}
	tail := text[base:]
	for _, m := range signatureRe.FindAllStringSubmatchIndex(tail, -1) {
		var buf [10]word
		ws := appendWords(buf[:0], tail[m[2]:m[3]], base+m[2], 10)
		if k, n := agencyAt(ws, 0); k >= 0 {
			return agencies[k].name, Span{ws[0].start, ws[n-1].end}
		}
	}
	return "", Span{}
}
