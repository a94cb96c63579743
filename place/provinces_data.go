package place

// provinceRows lists the 63 provinces and centrally-run cities as they stood
// from 2008 (Hà Tây joined Hà Nội) to the 2025 reform, with the unit each
// belongs to under Nghị quyết 202/2025/QH15. Aliases hold only the spellings
// that folding and tone-placement matching do not already cover: "Hoà Bình",
// "Hoa Binh" and "HÒA BÌNH" all match "Hòa Bình" without being listed.
// Administrative prefixes ("tỉnh", "thành phố", "TP.") are recognised by
// Find as qualifiers and are not aliases either, except where they are glued
// to the name (TPHCM).
var provinceRows = []provinceRow{
	// Centrally-run cities.
	{"Hà Nội", city, "Hà Nội", []string{"Hanoi", "HN"}},
	{"Hồ Chí Minh", city, "Hồ Chí Minh", []string{"TP.HCM", "TPHCM", "HCM", "TP.HCMC", "HCMC", "Sài Gòn", "Saigon"}},
	{"Hải Phòng", city, "Hải Phòng", nil},
	{"Đà Nẵng", city, "Đà Nẵng", []string{"Danang"}},
	{"Cần Thơ", city, "Cần Thơ", nil},

	// Northern mountains and midlands.
	{"Hà Giang", tinh, "Tuyên Quang", nil},
	{"Cao Bằng", tinh, "Cao Bằng", nil},
	{"Bắc Kạn", tinh, "Thái Nguyên", []string{"Bắc Cạn"}},
	{"Tuyên Quang", tinh, "Tuyên Quang", nil},
	{"Lào Cai", tinh, "Lào Cai", nil},
	{"Điện Biên", tinh, "Điện Biên", nil},
	{"Lai Châu", tinh, "Lai Châu", nil},
	{"Sơn La", tinh, "Sơn La", nil},
	{"Yên Bái", tinh, "Lào Cai", nil},
	{"Hòa Bình", tinh, "Phú Thọ", nil},
	{"Thái Nguyên", tinh, "Thái Nguyên", nil},
	{"Lạng Sơn", tinh, "Lạng Sơn", nil},
	{"Quảng Ninh", tinh, "Quảng Ninh", nil},
	{"Bắc Giang", tinh, "Bắc Ninh", nil},
	{"Phú Thọ", tinh, "Phú Thọ", nil},

	// Red River delta.
	{"Vĩnh Phúc", tinh, "Phú Thọ", nil},
	{"Bắc Ninh", tinh, "Bắc Ninh", nil},
	{"Hải Dương", tinh, "Hải Phòng", nil},
	{"Hưng Yên", tinh, "Hưng Yên", nil},
	{"Thái Bình", tinh, "Hưng Yên", nil},
	{"Hà Nam", tinh, "Ninh Bình", nil},
	{"Nam Định", tinh, "Ninh Bình", nil},
	{"Ninh Bình", tinh, "Ninh Bình", nil},

	// North and south central coast.
	{"Thanh Hóa", tinh, "Thanh Hóa", nil},
	{"Nghệ An", tinh, "Nghệ An", nil},
	{"Hà Tĩnh", tinh, "Hà Tĩnh", []string{"Hà Tỉnh"}},
	{"Quảng Bình", tinh, "Quảng Trị", nil},
	{"Quảng Trị", tinh, "Quảng Trị", nil},
	{"Thừa Thiên Huế", tinh, "Huế", []string{"Huế", "TT Huế", "TT-Huế", "TTH"}},
	{"Quảng Nam", tinh, "Đà Nẵng", nil},
	{"Quảng Ngãi", tinh, "Quảng Ngãi", nil},
	{"Bình Định", tinh, "Gia Lai", nil},
	{"Phú Yên", tinh, "Đắk Lắk", nil},
	{"Khánh Hòa", tinh, "Khánh Hòa", nil},
	{"Ninh Thuận", tinh, "Khánh Hòa", nil},
	{"Bình Thuận", tinh, "Lâm Đồng", nil},

	// Central Highlands.
	{"Kon Tum", tinh, "Quảng Ngãi", []string{"Kontum"}},
	{"Gia Lai", tinh, "Gia Lai", nil},
	{"Đắk Lắk", tinh, "Đắk Lắk", []string{"Đắc Lắc", "Đắk Lắc", "Đăk Lăk", "Đắc Lắk", "Daklak", "Đaklak"}},
	{"Đắk Nông", tinh, "Lâm Đồng", []string{"Đăk Nông", "Đắc Nông", "Daknong", "Đaknông"}},
	{"Lâm Đồng", tinh, "Lâm Đồng", nil},

	// South east.
	{"Bình Phước", tinh, "Đồng Nai", nil},
	{"Tây Ninh", tinh, "Tây Ninh", nil},
	{"Bình Dương", tinh, "Hồ Chí Minh", nil},
	{"Đồng Nai", tinh, "Đồng Nai", nil},
	{"Bà Rịa - Vũng Tàu", tinh, "Hồ Chí Minh", []string{"BR-VT", "BRVT"}},

	// Mekong delta.
	{"Long An", tinh, "Tây Ninh", nil},
	{"Tiền Giang", tinh, "Đồng Tháp", nil},
	{"Bến Tre", tinh, "Vĩnh Long", nil},
	{"Trà Vinh", tinh, "Vĩnh Long", nil},
	{"Vĩnh Long", tinh, "Vĩnh Long", nil},
	{"Đồng Tháp", tinh, "Đồng Tháp", nil},
	{"An Giang", tinh, "An Giang", nil},
	{"Kiên Giang", tinh, "An Giang", nil},
	{"Hậu Giang", tinh, "Cần Thơ", nil},
	{"Sóc Trăng", tinh, "Cần Thơ", nil},
	{"Bạc Liêu", tinh, "Cà Mau", nil},
	{"Cà Mau", tinh, "Cà Mau", nil},
}

// abbreviations must be written in capitals to count ("HN", not "hn"): in
// lower case they are ordinary syllables or other acronyms.
var abbreviations = map[string]bool{
	"HN": true, "HCM": true, "TPHCM": true, "TP.HCM": true, "TP.HCMC": true, "HCMC": true,
	"BR-VT": true, "BRVT": true, "TTH": true, "TT Huế": true, "TT-Huế": true,
}

// historicalRows lists provincial units that no longer existed in 2024, with
// the provinces of the 63-list they became. Where a name was reused for a
// later province (Hậu Giang 1976–1991, Lai Châu and Đắk Lắk before 2004, Cần
// Thơ before 2004) the later province owns the name: a text cannot tell them
// apart.
var historicalRows = []historicalRow{
	{"Hà Tây", "1965–1975, 1991–2008", []string{"Hà Nội"}, nil},
	{"Hà Sơn Bình", "1976–1991", []string{"Hà Nội", "Hòa Bình"}, nil},
	{"Hà Tuyên", "1976–1991", []string{"Hà Giang", "Tuyên Quang"}, nil},
	{"Hoàng Liên Sơn", "1976–1991", []string{"Lào Cai", "Yên Bái"}, nil},
	{"Cao Lạng", "1976–1978", []string{"Cao Bằng", "Lạng Sơn"}, nil},
	{"Bắc Thái", "1965–1996", []string{"Bắc Kạn", "Thái Nguyên"}, nil},
	{"Hà Bắc", "1963–1996", []string{"Bắc Ninh", "Bắc Giang"}, nil},
	{"Vĩnh Phú", "1968–1996", []string{"Vĩnh Phúc", "Phú Thọ"}, nil},
	{"Hải Hưng", "1968–1996", []string{"Hải Dương", "Hưng Yên"}, nil},
	{"Nam Hà", "1965–1975, 1991–1996", []string{"Nam Định", "Hà Nam"}, nil},
	{"Hà Nam Ninh", "1976–1991", []string{"Nam Định", "Hà Nam", "Ninh Bình"}, nil},
	{"Nghệ Tĩnh", "1976–1991", []string{"Nghệ An", "Hà Tĩnh"}, nil},
	{"Bình Trị Thiên", "1976–1989", []string{"Quảng Bình", "Quảng Trị", "Thừa Thiên Huế"}, nil},
	{"Quảng Nam - Đà Nẵng", "1976–1996", []string{"Quảng Nam", "Đà Nẵng"}, []string{"QN-ĐN"}},
	{"Nghĩa Bình", "1976–1989", []string{"Quảng Ngãi", "Bình Định"}, nil},
	{"Phú Khánh", "1976–1989", []string{"Phú Yên", "Khánh Hòa"}, nil},
	{"Thuận Hải", "1976–1991", []string{"Ninh Thuận", "Bình Thuận"}, nil},
	{"Gia Lai - Kon Tum", "1975–1991", []string{"Gia Lai", "Kon Tum"}, nil},
	{"Sông Bé", "1976–1996", []string{"Bình Dương", "Bình Phước"}, nil},
	{"Vũng Tàu - Côn Đảo", "1979–1991", []string{"Bà Rịa - Vũng Tàu"}, nil},
	{"Cửu Long", "1976–1991", []string{"Vĩnh Long", "Trà Vinh"}, nil},
	{"Minh Hải", "1976–1996", []string{"Bạc Liêu", "Cà Mau"}, nil},
}
