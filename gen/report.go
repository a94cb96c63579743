package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one paragraph of a report: text, or a table when rows is set.
type para struct {
	text    string
	heading bool
	rows    [][]string
}

// report is one generated report before it is written in a format.
type report struct {
	province string
	year     int
	title    string
	paras    []para
	truths   []Truth // records and checks, File and Format left empty
}

var (
	surnames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
	middles  = []string{"Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc"}
	givens   = []string{"Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Sơn", "Hà", "Long", "Thảo", "Phúc", "Quyên"}

	// filler holds sentences without figures; {h} and the other markers take
	// a word in the report's tone-placement style.
	filler = []string{
		"Công tác chăm lo sức {khoẻ} cho người cao tuổi tiếp tục được quan tâm thực hiện.",
		"Ban chỉ đạo đã phối hợp với các sở, ngành và địa phương triển khai đồng bộ các giải pháp.",
		"Công tác thông tin, tuyên truyền về chính sách pháp luật lao động được đẩy mạnh.",
		"Chương trình mục tiêu quốc gia giảm nghèo bền vững được triển khai kịp thời, đúng đối tượng.",
		"Các chế độ, chính sách đối với người có công với cách mạng được thực hiện đầy đủ, kịp thời.",
		"Công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tiếp tục được quan tâm chỉ đạo.",
		"Hoạt động thanh tra, kiểm tra việc chấp hành pháp luật lao động được tăng cường.",
		"Tỉnh {uỷ}, Hội đồng nhân dân và Ủy ban nhân dân tỉnh đã chỉ đạo quyết liệt, sát sao.",
		"Công tác {hoà} nhập cộng đồng cho người khuyết tật được các cấp, các ngành quan tâm.",
		"Phong trào thi đua yêu nước gắn với xây dựng đời sống {văn hoá} ở khu dân cư được duy trì.",
		"Công tác phòng chống thiên tai, lũ lụt và bảo đảm an toàn vệ sinh lao động được chú trọng.",
		"Mạng lưới cơ sở giáo dục nghề nghiệp từng bước được sắp xếp lại theo hướng tinh gọn.",
		"Việc chi trả trợ cấp qua hệ thống bưu điện bảo đảm an toàn, đúng quy định.",
		"Công tác cải cách hành chính, ứng dụng công nghệ thông tin trong quản lý được đẩy mạnh.",
	}
)

// styleWord returns the spelling of a marked filler word in the report's
// tone-placement style (old: "hoà", new: "hòa").
func styleWord(word string, newStyle bool) string {
	for _, p := range toneStyles {
		if strings.HasSuffix(word, p[0]) && newStyle {
			return strings.TrimSuffix(word, p[0]) + p[1]
		}
	}
	return word
}

func (g *reportGen) fillerSentence() string {
	s := pick(g.rng, filler)
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}') + i
		s = s[:i] + styleWord(s[i+1:j], g.newStyle) + s[j+1:]
	}
	if g.rng.Float64() < g.typo {
		s = dropOneDiacritic(g.rng, s)
	}
	return s
}

// dropOneDiacritic removes the marks of one letter of s, the commonest typo.
func dropOneDiacritic(rng *rand.Rand, s string) string {
	var idx []int
	for i, r := range s {
		if r >= 0x80 && unicode.IsLower(r) && r != 'đ' {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return s
	}
	i := pick(rng, idx)
	r, n := utf8.DecodeRuneInString(s[i:])
	return s[:i] + string(baseLetter(r)) + s[i+n:]
}

// reportGen draws one report.
type reportGen struct {
	rng      *rand.Rand
	newStyle bool
	typo     float64
	claims   claimer
}

func newReport(rng *rand.Rand, opt Options) *report {
	g := &reportGen{rng: rng, newStyle: rng.IntN(2) == 0, typo: opt.TypoShare,
		claims: claimer{rng: rng, plant: opt.PlantShare}}
	r := &report{province: pick(rng, provinces), year: between(rng, 1995, 2024)}
	add := func(text string) { r.paras = append(r.paras, para{text: text}) }
	head := func(text string) { r.paras = append(r.paras, para{text: text, heading: true}) }
	claim := func(c claim, bullet bool) {
		text := c.text
		if bullet {
			text = "- " + text
		}
		add(text)
		for _, t := range c.truths {
			t.Text = c.text
			r.truths = append(r.truths, t)
		}
	}

	r.title = fmt.Sprintf("Kết quả thực hiện nhiệm vụ năm %d và phương hướng nhiệm vụ năm %d", r.year, r.year+1)
	add("UBND TỈNH " + strings.ToUpper(r.province))
	add("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
	add(fmt.Sprintf("Số: %d/BC-SLĐTBXH", between(rng, 1, 450)))
	add(fmt.Sprintf("%s, ngày %d tháng %d năm %d", r.province, between(rng, 1, 28), between(rng, 11, 12), r.year))
	head("BÁO CÁO")
	head(r.title)
	add(g.fillerSentence() + " " + g.fillerSentence())
	head(fmt.Sprintf("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM %d", r.year))
	sections := []string{"Lĩnh vực lao động, việc làm", "Lĩnh vực giáo dục nghề nghiệp", "Lĩnh vực người có công", "Lĩnh vực bảo trợ xã hội và giảm nghèo"}
	for i, s := range sections[:between(rng, 2, len(sections))] {
		head(fmt.Sprintf("%d. %s", i+1, s))
		add(g.fillerSentence())
		for range between(rng, 2, 5) {
			claim(g.claims.next(), true)
		}
	}
	r.table(g)
	head(fmt.Sprintf("II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM %d", r.year+1))
	add(g.fillerSentence())
	for range between(rng, 1, 3) {
		claim(g.claims.plan(r.year+1), true)
	}
	add(fmt.Sprintf("¹ Số liệu tính đến ngày %d/12/%d.", between(rng, 1, 28), r.year))
	add("Nơi nhận:")
	add("- UBND tỉnh;")
	add("- Lưu: VT, KH.")
	add("GIÁM ĐỐC")
	add(pick(rng, surnames) + " " + pick(rng, middles) + " " + pick(rng, givens))
	return r
}

// table adds a results table: plan, actual and percent for a few indicators.
func (r *report) table(g *reportGen) {
	rows := [][]string{{"Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"}}
	for _, ind := range []indicatorSpec{indicators[0], indicators[2]} {
		a, b := g.claims.actualTarget(ind)
		p := percentOf(a, b, 2)
		planted := g.claims.planted()
		if planted {
			p = skew(g.rng, p)
		}
		name := bare(ind.phrases[0])
		rows = append(rows, []string{name, ind.unit, vnInt(b), vnInt(a), p.vn()})
		text := strings.Join(rows[len(rows)-1], " | ")
		rec := record(FormTable, ind, ind.unit, float64(a))
		rec.Target, rec.Percent, rec.Text = f64(float64(b)), f64(p.float()), text
		chk := checkOf(FormTable, "percent", p.float(), planted)
		chk.Text = text
		r.truths = append(r.truths, rec, chk)
	}
	r.paras = append(r.paras, para{text: "Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu", rows: rows})
}

// lines renders the report as plain lines: tables as tab-separated rows.
func (r *report) lines() []string {
	var out []string
	for _, p := range r.paras {
		out = append(out, p.text)
		for _, row := range p.rows {
			out = append(out, strings.Join(row, "\t"))
		}
	}
	return out
}

// baseLetter strips the diacritics of one Vietnamese letter (đ stays).
func baseLetter(r rune) rune {
	const from = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
	const to = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy"
	i := 0
	for _, f := range from {
		if f == r {
			return rune(to[i])
		}
		i++
	}
	return r
}
