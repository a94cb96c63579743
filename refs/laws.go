package refs

import (
	"sort"
	"strings"
)

// lawNames are the laws, codes and ordinances the reports cite by name,
// folded. A name not listed is not taken: without a number, where a law's
// name ends cannot be told from the words alone.
var lawNames = []string{
	"viec lam", "lao dong", "bao hiem xa hoi", "bao hiem y te", "an toan ve sinh lao dong",
	"giao duc nghe nghiep", "day nghe", "nguoi khuyet tat", "nguoi cao tuoi", "tre em",
	"bao ve cham soc va giao duc tre em", "binh dang gioi", "phong chong ma tuy", "phong chong ma tuy",
	"phong chong mua ban nguoi", "tiep cong dan", "khieu nai to cao", "khieu nai", "to cao", "thanh tra",
	"phong chong tham nhung", "ngan sach nha nuoc", "dau tu cong", "can bo cong chuc", "vien chuc",
	"nguoi lao dong viet nam di lam viec o nuoc ngoai theo hop dong", "ban hanh van ban quy pham phap luat",
	"xu ly vi pham hanh chinh", "phong chong bao luc gia dinh", "hon nhan va gia dinh", "cong doan",
	"thuc hanh tiet kiem chong lang phi", "to chuc chinh quyen dia phuong", "uu dai nguoi co cong voi cach mang",
	"uu dai nguoi co cong", "thi dua khen thuong", "dan chu o co so", "giao duc", "doanh nghiep", "dat dai",
	"ho tich", "cu tru", "pho bien giao duc phap luat", "phong chong dich benh truyen nhiem", "luu tru",
	"xay dung", "dau thau", "ke toan", "thong ke", "tin nguong ton giao", "nghia vu quan su",
	"an ninh mang", "tiep can thong tin", "hoa giai o co so", "quan ly su dung tai san cong", "phi va le phi",
	"thue thu nhap ca nhan", "tien luong", "bao hiem that nghiep", "phong chong thien tai",
	"phong chong tac hai cua ruou bia", "phong chong tac hai cua thuoc la", "kham benh chua benh",
	"to chuc chinh phu", "dan so", "nguoi lao dong viet nam di lam viec o nuoc ngoai",
}

// lawWords holds lawNames as words, longest first.
var lawWords = func() [][]string {
	out := make([][]string, 0, len(lawNames))
	for _, n := range lawNames {
		out = append(out, strings.Fields(n))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}()

// lawTypes open a citation by name; the first letter must be a capital.
var lawTypes = []struct {
	words []string
	typ   string
}{
	{[]string{"bo", "luat"}, "Bộ luật"},
	{[]string{"luat"}, "Luật"},
	{[]string{"phap", "lenh"}, "Pháp lệnh"},
}

// laws returns the laws text cites by name ("Luật Việc làm năm 2013"),
// except where a numbered citation already covers them.
func laws(text string, numbered []Ref) []Ref {
	var out []Ref
	next := newLawStarts(text)
	for i := 0; i < len(text); {
		k := next.from(i)
		if k < 0 {
			break
		}
		i = k + 1
		if covered(numbered, k) || (k > 0 && isLetter(lastRune(text[:k]))) {
			continue
		}
		ws := wordsAhead(text[k:min(len(text), k+400)], k, 20, true)
		for _, lt := range lawTypes {
			if !hasWords(ws, lt.words) {
				continue
			}
			rest := ws[len(lt.words):]
			for _, lw := range lawWords {
				if !hasWords(rest, lw) {
					continue
				}
				r := Ref{Type: lt.typ, Name: oneLine(text[rest[0].start:rest[len(lw)-1].end]), Start: k, End: rest[len(lw)-1].end}
				if iso, y, n, ok := dateAt(text[r.End:]); ok { // "ngày 19 tháng 6 năm 2015"
					r.Date, r.Year, r.End = iso, y, r.End+n
				} else if y, n, ok := yearAt(text[r.End:]); ok {
					r.Year, r.End = y, r.End+n
				}
				if covered(numbered, r.End-1) {
					break
				}
				out = append(out, r)
				i = r.End
				break
			}
			break
		}
	}
	return out
}

// lawStarts finds the next "Luật", "Bộ luật" or "Pháp lệnh" (capitalised
// or in capitals), remembering where each form occurs next so the text is
// scanned once whatever the number of laws.
type lawStarts struct {
	text string
	next []int // per pair of forms: its next offset, or -1 past the last
}

var lawForms = []string{"Luật", "Bộ luật", "Pháp lệnh", "LUẬT", "BỘ LUẬT", "PHÁP LỆNH"}

// lawPairs groups lawForms by first byte: each pair is found in one scan
// for that byte, three scans of the text instead of six.
var lawPairs = [][2]string{{"Luật", "LUẬT"}, {"Bộ luật", "BỘ LUẬT"}, {"Pháp lệnh", "PHÁP LỆNH"}}

func newLawStarts(text string) *lawStarts {
	ls := &lawStarts{text: text, next: make([]int, len(lawPairs))}
	for f := range ls.next {
		ls.next[f] = ls.find(f, 0)
	}
	return ls
}

// find returns the offset of the first form of pair f at or after i, or
// -1: the smaller of strings.Index for its two forms.
func (ls *lawStarts) find(f, i int) int {
	p := lawPairs[f]
	for {
		k := strings.IndexByte(ls.text[i:], p[0][0])
		if k < 0 {
			return -1
		}
		i += k
		// the second byte first: most capitals start other words
		if i+1 < len(ls.text) && (ls.text[i+1] == p[0][1] || ls.text[i+1] == p[1][1]) &&
			(strings.HasPrefix(ls.text[i:], p[0]) || strings.HasPrefix(ls.text[i:], p[1])) {
			return i
		}
		i++
	}
}

// from returns the offset of the first form at or after i, or -1.
func (ls *lawStarts) from(i int) int {
	best := -1
	for f, at := range ls.next {
		if at >= 0 && at < i {
			at = ls.find(f, i)
			ls.next[f] = at
		}
		if at >= 0 && (best < 0 || at < best) {
			best = at
		}
	}
	return best
}

// covered reports whether offset at falls in one of refs, which are in
// text order and do not overlap.
func covered(refs []Ref, at int) bool {
	k := sort.Search(len(refs), func(k int) bool { return refs[k].End > at })
	return k < len(refs) && refs[k].Start <= at
}

// oneLine writes a name broken across lines with single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
