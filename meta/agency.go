package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/place"
	"baocao/vntext"
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
	"ttg": "Thủ tướng Chính phủ", "cp": "Chính phủ",
}

// word is one word of a text with its folded form.
type word struct {
	start, end int
	fold       string
}

func words(s string, base int) []word {
	var out []word
	start := -1
	for i := 0; i <= len(s); {
		r, n := rune(0), 1
		if i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		in := i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			out = append(out, word{base + start, base + i, vntext.Fold(s[start:i])})
			start = -1
		}
		i += n
	}
	return out
}

// agencyAt returns the agency whose form starts at ws[i] and how many words
// it covers.
func agencyAt(ws []word, i int) (int, int) {
	for k, a := range agencies {
		for _, f := range a.forms {
			fw := strings.Fields(f)
			if i+len(fw) > len(ws) {
				continue
			}
			ok := true
			for j, w := range fw {
				ok = ok && ws[i+j].fold == w
			}
			if ok {
				return k, len(fw)
			}
		}
	}
	return -1, 0
}

// motto lines sit in the header's right column, beside the agency.
var mottos = []string{"cong hoa xa hoi", "doc lap", "dang cong san viet nam", "dang bo"}

func isAgencyLine(c cell) bool {
	if !isUpper(c.text) || utf8.RuneCountInString(c.text) > 120 {
		return false
	}
	f := vntext.Fold(c.text)
	for _, m := range mottos {
		if strings.HasPrefix(f, m) {
			return false
		}
	}
	return true
}

// agencyOf finds the issuing agency: in the header's agency lines, else in
// the number's code, else the first Sở or Phòng the opening of the body
// names.
func agencyOf(text string, h header) (string, Span) {
	if a, s := headerAgency(text, h.agencies); a != "" {
		return a, s
	}
	if a := agencyFromNumber(h.number.text); a != "" {
		return a, Span{}
	}
	ws := words(prefix(text, 4096), 0)
	for i := range ws {
		if k, n := agencyAt(ws, i); k >= 0 && agencies[k].rank == 1 {
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

func startsAgency(ws []word) bool {
	for _, a := range agencyStarts {
		fw := strings.Fields(a)
		if len(fw) > len(ws) {
			continue
		}
		ok := true
		for j, w := range fw {
			ok = ok && ws[j].fold == w
		}
		if ok {
			return true
		}
	}
	return false
}

// headerAgency reads the lowest agency of the header's left column, with
// the lines that continue it ("SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI",
// "ỦY BAN NHÂN DÂN" / "HUYỆN BÁC ÁI"). A known agency gets its canonical
// name; another keeps its words, in sentence case.
func headerAgency(text string, lines []cell) (string, Span) {
	start := -1
	for i, c := range lines {
		if startsAgency(words(c.text, c.start)) {
			start = i
		}
	}
	if start < 0 {
		return "", Span{}
	}
	span := Span{lines[start].start, lines[start].end}
	parts := []string{lines[start].text}
	for _, c := range lines[start+1:] {
		if startsAgency(words(c.text, c.start)) || c.start-span.End > 200 {
			break
		}
		span.End = c.end
		parts = append(parts, c.text)
	}
	// The lines joined, without the motto cells between them.
	phrase := strings.Join(parts, " ")
	ws := words(phrase, 0)
	k, n := agencyAt(ws, 0)
	if k < 0 {
		return sentenceCase(phrase), span
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
	return name, span
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
