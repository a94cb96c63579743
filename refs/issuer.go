package refs

import (
	"strings"

	"baocao/vntext"
)

// issuerCodes are the issuers a number's code names, folded to upper case
// without diacritics.
var issuerCodes = map[string]string{
	"CP": "Chính phủ", "TTG": "Thủ tướng Chính phủ", "QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
	"CTN": "Chủ tịch nước", "VPCP": "Văn phòng Chính phủ", "TW": "Trung ương Đảng", "BCT": "Bộ Công Thương",
	"UB": "Ủy ban nhân dân", "BXD": "Bộ Xây dựng", "BKH": "Bộ Kế hoạch và Đầu tư", "BKHCN": "Bộ Khoa học và Công nghệ",
	"BGTVT": "Bộ Giao thông vận tải", "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BTP": "Bộ Tư pháp",
	"BNN": "Bộ Nông nghiệp và Phát triển nông thôn", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
	"BTNMT": "Bộ Tài nguyên và Môi trường", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
	"BTTTT": "Bộ Thông tin và Truyền thông", "BBCVT": "Bộ Bưu chính, Viễn thông", "BNG": "Bộ Ngoại giao",
	"NHNN": "Ngân hàng Nhà nước", "TTCP": "Thanh tra Chính phủ", "UBDT": "Ủy ban Dân tộc",
	"TLD": "Tổng Liên đoàn Lao động Việt Nam", "TCTK": "Tổng cục Thống kê", "KTNN": "Kiểm toán nhà nước",
	"BCDTW": "Ban Chỉ đạo Trung ương", "BTCTW": "Ban Tổ chức Trung ương",
	"UBND": "Ủy ban nhân dân", "HDND": "Hội đồng nhân dân", "TU": "Tỉnh ủy", "HU": "Huyện ủy", "TUU": "Thành ủy",
	"BLDTBXH": "Bộ Lao động - Thương binh và Xã hội", "LDTBXH": "Bộ Lao động - Thương binh và Xã hội",
	"SLDTBXH": "Sở Lao động - Thương binh và Xã hội", "BTC": "Bộ Tài chính", "BYT": "Bộ Y tế",
	"BNV": "Bộ Nội vụ", "SNV": "Sở Nội vụ", "STC": "Sở Tài chính", "BCSD": "Ban cán sự đảng",
	"BDVTU": "Ban Dân vận Tỉnh ủy", "BCD": "Ban Chỉ đạo", "VP": "Văn phòng", "BHXH": "Bảo hiểm xã hội",
	"NHCSXH": "Ngân hàng Chính sách xã hội", "BKHDT": "Bộ Kế hoạch và Đầu tư", "BGDDT": "Bộ Giáo dục và Đào tạo",
	"TANDTC": "Tòa án nhân dân tối cao", "VKSNDTC": "Viện kiểm sát nhân dân tối cao", "MTTQ": "Mặt trận Tổ quốc",
}

// issuerPhrases are issuers as the words after a citation name them,
// folded, longest first where one begins another; local bodies take the
// level word that follows them ("UBND tỉnh" → "Ủy ban nhân dân tỉnh").
var issuerPhrases = []struct {
	words, name string
	local       bool
}{
	{"thu tuong chinh phu", "Thủ tướng Chính phủ", false},
	{"thu tuong", "Thủ tướng Chính phủ", false},
	{"van phong chinh phu", "Văn phòng Chính phủ", false},
	{"chinh phu", "Chính phủ", false},
	{"uy ban thuong vu quoc hoi", "Ủy ban Thường vụ Quốc hội", false},
	{"quoc hoi", "Quốc hội", false},
	{"chu tich nuoc", "Chủ tịch nước", false},
	{"bo chinh tri", "Bộ Chính trị", false},
	{"bo cong thuong", "Bộ Công Thương", false},
	{"bo xay dung", "Bộ Xây dựng", false},
	{"bo tu phap", "Bộ Tư pháp", false},
	{"ban bi thu", "Ban Bí thư", false},
	{"ban chap hanh trung uong", "Ban Chấp hành Trung ương", false},
	{"ban chap hanh dang bo tinh", "Ban Chấp hành Đảng bộ tỉnh", false},
	{"ban thuong vu tinh uy", "Ban Thường vụ Tỉnh ủy", false},
	{"ban can su dang ubnd tinh", "Ban cán sự đảng Ủy ban nhân dân tỉnh", false},
	{"ban dan van tinh uy", "Ban Dân vận Tỉnh ủy", false},
	{"tinh uy", "Tỉnh ủy", false},
	{"huyen uy", "Huyện ủy", false},
	{"thanh uy", "Thành ủy", false},
	{"van phong ubnd", "Văn phòng Ủy ban nhân dân", true},
	{"van phong uy ban nhan dan", "Văn phòng Ủy ban nhân dân", true},
	{"ubnd", "Ủy ban nhân dân", true},
	{"uy ban nhan dan", "Ủy ban nhân dân", true},
	{"hdnd", "Hội đồng nhân dân", true},
	{"hoi dong nhan dan", "Hội đồng nhân dân", true},
	{"bo lao dong thuong binh va xa hoi", "Bộ Lao động - Thương binh và Xã hội", false},
	{"bo lao dong thuong binh xa hoi", "Bộ Lao động - Thương binh và Xã hội", false},
	{"bo lao dong tbxh", "Bộ Lao động - Thương binh và Xã hội", false},
	{"bo ld tbxh", "Bộ Lao động - Thương binh và Xã hội", false},
	{"bo ldtbxh", "Bộ Lao động - Thương binh và Xã hội", false},
	{"so lao dong thuong binh va xa hoi", "Sở Lao động - Thương binh và Xã hội", false},
	{"so lao dong thuong binh xa hoi", "Sở Lao động - Thương binh và Xã hội", false},
	{"so lao dong tbxh", "Sở Lao động - Thương binh và Xã hội", false},
	{"so ldtbxh", "Sở Lao động - Thương binh và Xã hội", false},
	{"bo tai chinh", "Bộ Tài chính", false},
	{"bo y te", "Bộ Y tế", false},
	{"bo noi vu", "Bộ Nội vụ", false},
	{"bo ke hoach va dau tu", "Bộ Kế hoạch và Đầu tư", false},
	{"bo giao duc va dao tao", "Bộ Giáo dục và Đào tạo", false},
	{"so noi vu", "Sở Nội vụ", false},
	{"so tai chinh", "Sở Tài chính", false},
	{"so ke hoach va dau tu", "Sở Kế hoạch và Đầu tư", false},
	{"ban chi dao tinh", "Ban Chỉ đạo tỉnh", false},
	{"ban chi dao", "Ban Chỉ đạo", false},
	{"cp", "Chính phủ", false},
	{"ttg", "Thủ tướng Chính phủ", false},
	{"qh", "Quốc hội", false},
	{"bao hiem xa hoi viet nam", "Bảo hiểm xã hội Việt Nam", false},
}

// issuerWords holds issuerPhrases' words.
var issuerWords = func() [][]string {
	out := make([][]string, len(issuerPhrases))
	for i, p := range issuerPhrases {
		out[i] = strings.Fields(p.words)
	}
	return out
}()

// levels follow a local body's name.
var levels = map[string]string{"tinh": "tỉnh", "huyen": "huyện", "xa": "xã", "thanh pho": "thành phố", "thi xa": "thị xã"}

// issuerFromCode returns the issuer a number's code segments name: the
// first segment, after the type's, that is a known issuer.
func issuerFromCode(segs []string) string {
	for _, s := range segs {
		k := strings.ToUpper(vntext.Fold(s))
		if name := issuerCodes[k]; name != "" {
			return name
		}
		// The Quốc hội and its standing committee number their terms:
		// "QH14", "UBTVQH10".
		if t := strings.TrimRight(k, "0123456789"); t != k && (t == "QH" || t == "UBTVQH") {
			return issuerCodes[t]
		}
	}
	return ""
}
