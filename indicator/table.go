package indicator

// The units lists below name the expected kind first.
var (
	people     = []string{KindPeople, KindCount}
	rate       = []string{KindPercent}
	households = []string{KindHouseholds, KindPeople, KindGifts, KindCount}
	cases      = []string{KindCases, KindCount, KindPeople}
)

// taxonomy is the curated list. Its order breaks the last ties between
// phrasings of equal length and unit fit, so more specific entries come
// before the broad ones they overlap with.
var taxonomy = []Indicator{
	// Employment.
	{ID: "job_creation", Name: "Giải quyết việc làm", English: "Job creation", Units: people,
		Phrases: []string{"giải quyết việc làm", "GQVL", "tạo việc làm", "tạo việc làm mới", "việc làm mới",
			"được giải quyết việc làm", "có việc làm mới", "việc làm tăng thêm", "tạo việc làm trong tỉnh",
			"giải quyết việc làm mới", "giải quyết việc làm trong nước", "tạo thêm việc làm"}},
	{ID: "labour_export", Name: "Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng", English: "Labour export (workers sent abroad under contract)", Units: people,
		Phrases: []string{"đi làm việc ở nước ngoài", "đi làm việc ở nước ngoài theo hợp đồng",
			"làm việc ở nước ngoài", "làm việc tại nước ngoài", "đi làm việc tại nước ngoài",
			"làm việc có thời hạn ở nước ngoài", "xuất khẩu lao động", "XKLĐ", "lao động ngoài nước",
			"đi xuất khẩu lao động", "đi lao động ở nước ngoài", "đi làm việc ở ngoài nước"}},
	{ID: "loans_for_jobs", Name: "Cho vay giải quyết việc làm", English: "Loans for job creation", Units: []string{KindMoney, KindPeople, KindCount},
		Phrases: []string{"cho vay giải quyết việc làm", "vay vốn giải quyết việc làm", "quỹ quốc gia về việc làm",
			"cho vay vốn", "vay vốn", "cho vay", "dư nợ", "vay vốn tạo việc làm", "cho vay tạo việc làm"}},
	{ID: "job_counselling", Name: "Tư vấn, giới thiệu việc làm", English: "Job counselling and placement", Units: people,
		Phrases: []string{"tư vấn việc làm", "giới thiệu việc làm", "tư vấn giới thiệu việc làm", "tư vấn, giới thiệu việc làm",
			"giao dịch việc làm", "sàn giao dịch việc làm", "phiên giao dịch việc làm", "tư vấn học nghề",
			"tư vấn việc làm và học nghề", "ngày hội việc làm", "tư vấn nghề"}},
	{ID: "unemployment_rate", Name: "Tỷ lệ thất nghiệp", English: "Unemployment rate (urban)", Units: rate,
		Phrases: []string{"tỷ lệ thất nghiệp", "thất nghiệp thành thị", "thất nghiệp khu vực thành thị",
			"tỷ lệ thất nghiệp ở thành thị", "tỷ lệ thất nghiệp khu vực thành thị", "thất nghiệp"}},
	{ID: "foreign_workers", Name: "Lao động nước ngoài", English: "Foreign workers (work permits)", Units: people,
		Phrases: []string{"lao động nước ngoài", "người nước ngoài làm việc", "giấy phép lao động", "lao động là người nước ngoài"}},
	{ID: "labour_disputes", Name: "Tranh chấp lao động, đình công", English: "Labour disputes and strikes", Units: cases,
		Phrases: []string{"tranh chấp lao động", "đình công", "ngừng việc tập thể", "ngừng việc", "quan hệ lao động"}},

	// Vocational training.
	{ID: "vocational_enrolment", Name: "Tuyển sinh đào tạo nghề", English: "Vocational training enrolment", Units: people,
		Phrases: []string{"đào tạo nghề", "tuyển mới đào tạo nghề", "tuyển mới dạy nghề", "dạy nghề", "tuyển sinh",
			"tuyển sinh đào tạo", "tuyển sinh và đào tạo", "tuyển mới", "học nghề", "đào tạo dưới 3 tháng",
			"dạy nghề dưới 3 tháng", "sơ cấp nghề", "sơ cấp", "trung cấp", "cao đẳng", "giáo dục nghề nghiệp",
			"đào tạo nghề cho lao động nông thôn", "đã đào tạo", "được đào tạo", "hỗ trợ học nghề", "đào tạo sơ cấp"}},
	{ID: "trained_labour_rate", Name: "Tỷ lệ lao động qua đào tạo", English: "Share of workers with training", Units: rate,
		Phrases: []string{"tỷ lệ lao động qua đào tạo", "lao động qua đào tạo", "qua đào tạo nghề",
			"có bằng cấp chứng chỉ", "bằng cấp chứng chỉ", "bằng cấp, chứng chỉ", "chứng chỉ", "văn bằng chứng chỉ"}},
	{ID: "trained_employment_rate", Name: "Tỷ lệ lao động có việc làm sau đào tạo", English: "Employment rate after training", Units: rate,
		Phrases: []string{"sau đào tạo có việc làm", "có việc làm sau đào tạo", "sau đào tạo", "sau học nghề có việc làm",
			"có việc làm sau khi học nghề", "có việc làm sau học nghề"}},

	// Poverty.
	{ID: "poor_households", Name: "Số hộ nghèo", English: "Poor households", Units: households,
		Phrases: []string{"hộ nghèo", "số hộ nghèo", "hộ thoát nghèo", "thoát nghèo", "giảm hộ nghèo", "người nghèo",
			"nghèo", "hộ nghèo đa chiều", "số hộ thoát nghèo"}},
	{ID: "poverty_rate", Name: "Tỷ lệ hộ nghèo", English: "Poverty rate", Units: rate,
		Phrases: []string{"tỷ lệ hộ nghèo", "giảm tỷ lệ hộ nghèo", "hộ nghèo", "tỷ lệ nghèo", "nghèo đa chiều",
			"tỷ lệ hộ nghèo đa chiều", "nghèo", "tỷ lệ giảm nghèo"}},
	{ID: "near_poor_households", Name: "Số hộ cận nghèo", English: "Near-poor households", Units: households,
		Phrases: []string{"hộ cận nghèo", "số hộ cận nghèo", "cận nghèo", "thoát cận nghèo", "người cận nghèo"}},
	{ID: "near_poor_rate", Name: "Tỷ lệ hộ cận nghèo", English: "Near-poor rate", Units: rate,
		Phrases: []string{"tỷ lệ hộ cận nghèo", "hộ cận nghèo", "cận nghèo", "tỷ lệ cận nghèo"}},
	{ID: "poverty_reduction", Name: "Chương trình giảm nghèo", English: "Poverty reduction programme", Units: []string{KindMoney, KindCount, KindHouseholds, KindPeople},
		Phrases: []string{"giảm nghèo", "giảm nghèo bền vững", "mô hình giảm nghèo", "chương trình mục tiêu quốc gia giảm nghèo",
			"CTMTQG giảm nghèo", "dự án giảm nghèo", "chính sách giảm nghèo", "hỗ trợ tiền điện"}},

	// Insurance.
	{ID: "social_insurance", Name: "Bảo hiểm xã hội", English: "Social insurance coverage", Units: []string{KindPercent, KindPeople, KindMoney, KindCount},
		Phrases: []string{"bảo hiểm xã hội", "BHXH", "bảo hiểm xã hội bắt buộc", "bảo hiểm xã hội tự nguyện",
			"bảo hiểm tự nguyện", "bảo hiểm bắt buộc", "tham gia bảo hiểm xã hội", "đóng bảo hiểm xã hội"}},
	{ID: "unemployment_insurance", Name: "Bảo hiểm thất nghiệp", English: "Unemployment insurance", Units: []string{KindPercent, KindPeople, KindMoney, KindCount},
		Phrases: []string{"bảo hiểm thất nghiệp", "BHTN", "trợ cấp thất nghiệp", "hưởng trợ cấp thất nghiệp", "tham gia bảo hiểm thất nghiệp"}},
	{ID: "health_insurance", Name: "Bảo hiểm y tế", English: "Health insurance", Units: []string{KindPercent, KindPeople, KindMoney, KindCount},
		Phrases: []string{"bảo hiểm y tế", "BHYT", "thẻ bảo hiểm y tế", "thẻ BHYT", "bao phủ bảo hiểm y tế", "cấp thẻ BHYT"}},

	// Social protection.
	{ID: "social_assistance", Name: "Trợ giúp xã hội", English: "Social assistance beneficiaries", Units: []string{KindPeople, KindMoney, KindGifts, KindCount},
		Phrases: []string{"bảo trợ xã hội", "BTXH", "trợ cấp xã hội", "trợ cấp xã hội hằng tháng", "trợ cấp xã hội hàng tháng",
			"trợ giúp xã hội", "trợ giúp xã hội hằng tháng", "trợ giúp xã hội hàng tháng", "đối tượng bảo trợ xã hội",
			"nuôi dưỡng tập trung", "cơ sở trợ giúp xã hội", "trợ cấp thường xuyên", "trợ cấp hằng tháng", "trợ cấp hàng tháng",
			"được trợ cấp", "chăm sóc tại cộng đồng", "công tác xã hội"}},
	{ID: "emergency_relief", Name: "Cứu trợ đột xuất", English: "Emergency relief (food aid)", Units: []string{KindCount, KindPeople, KindHouseholds, KindMoney},
		Phrases: []string{"cứu trợ", "cứu trợ đột xuất", "cứu đói", "tấn gạo", "hỗ trợ gạo", "thiếu đói", "cấp gạo", "gạo cứu đói"}},
	{ID: "elderly", Name: "Người cao tuổi", English: "Elderly people", Units: []string{KindPeople, KindMoney, KindGifts, KindCount},
		Phrases: []string{"người cao tuổi", "chúc thọ", "mừng thọ", "chúc thọ, mừng thọ", "người từ đủ 80 tuổi"}},
	{ID: "disability", Name: "Người khuyết tật", English: "People with disabilities", Units: []string{KindPeople, KindMoney, KindCount},
		Phrases: []string{"người khuyết tật", "khuyết tật", "NKT"}},
	{ID: "child_protection", Name: "Bảo vệ, chăm sóc trẻ em", English: "Child protection and care", Units: []string{KindPercent, KindPeople, KindCount},
		Phrases: []string{"trẻ em có hoàn cảnh đặc biệt", "trẻ em có hoàn cảnh đặc biệt khó khăn", "bảo vệ trẻ em",
			"chăm sóc trẻ em", "bảo vệ, chăm sóc trẻ em", "trẻ em khuyết tật", "trẻ em", "phù hợp với trẻ em",
			"xã, phường phù hợp với trẻ em", "trẻ em bị xâm hại", "trẻ em dưới 6 tuổi", "trẻ em mồ côi"}},
	{ID: "gender_equality", Name: "Bình đẳng giới", English: "Gender equality and advancement of women", Units: []string{KindPercent, KindPeople, KindCount},
		Phrases: []string{"bình đẳng giới", "BĐG", "vì sự tiến bộ của phụ nữ", "tiến bộ của phụ nữ", "nữ đại biểu",
			"cán bộ nữ", "lao động nữ", "phụ nữ", "bạo lực gia đình", "bạo lực trên cơ sở giới"}},
	{ID: "drug_rehabilitation", Name: "Cai nghiện ma túy", English: "Drug rehabilitation", Units: people,
		Phrases: []string{"cai nghiện", "cai nghiện ma túy", "cai nghiện bắt buộc", "cai nghiện tự nguyện", "người nghiện",
			"học viên cai nghiện", "sau cai nghiện", "cơ sở cai nghiện", "người nghiện ma túy", "điều trị methadone"}},
	{ID: "social_evils", Name: "Phòng, chống tệ nạn xã hội", English: "Prevention of social evils (prostitution)", Units: []string{KindCount, KindPercent, KindCases, KindPeople},
		Phrases: []string{"mại dâm", "tệ nạn mại dâm", "tệ nạn xã hội", "không có tệ nạn", "hoạt động mại dâm",
			"phòng, chống mại dâm", "mua bán người", "nạn nhân bị mua bán"}},

	// People with meritorious service.
	{ID: "merit_living_standard", Name: "Hộ người có công có mức sống trung bình trở lên", English: "Merit households at or above the average living standard", Units: []string{KindPercent, KindHouseholds, KindCount},
		Phrases: []string{"người có công có mức sống trung bình", "người có công có mức sống", "mức sống trung bình trở lên", "có mức sống trung bình",
			"có mức sống bằng hoặc cao hơn", "mức sống bằng hoặc cao hơn mức sống trung bình", "người có công thuộc hộ nghèo",
			"người có công thuộc hộ cận nghèo", "mức sống dưới trung bình", "mức sống trung bình"}},
	{ID: "merit_people", Name: "Người có công với cách mạng", English: "People with meritorious service (allowances, gifts)", Units: []string{KindPeople, KindMoney, KindGifts, KindCases, KindCount},
		Phrases: []string{"người có công", "người có công với cách mạng", "NCC", "trợ cấp ưu đãi", "ưu đãi người có công",
			"thương binh", "liệt sĩ", "liệt sỹ", "thương binh liệt sĩ", "thân nhân liệt sĩ", "quà Tết", "quà tết nguyên đán",
			"đền ơn đáp nghĩa", "quỹ đền ơn đáp nghĩa", "hài cốt liệt sĩ", "lễ an táng", "đối tượng chính sách",
			"mẹ Việt Nam anh hùng", "điều dưỡng", "bệnh binh", "chất độc hóa học", "mộ liệt sĩ", "gia đình chính sách"}},
	{ID: "housing_support", Name: "Hỗ trợ nhà ở", English: "Housing support for poor and merit households", Units: []string{KindHouses, KindHouseholds, KindMoney, KindCount},
		Phrases: []string{"nhà ở", "hỗ trợ nhà ở", "nhà đại đoàn kết", "nhà tình nghĩa", "nhà văn hóa cộng đồng",
			"nhà ở kiên cố", "xây dựng nhà", "sửa chữa nhà", "xây mới nhà", "nhà tránh lũ", "nhà tình thương",
			"làm nhà", "xây dựng mới nhà", "sửa chữa nhà ở"}},

	// Labour safety.
	{ID: "labour_accidents", Name: "Tai nạn lao động", English: "Labour accidents", Units: cases,
		Phrases: []string{"tai nạn lao động", "TNLĐ", "số người chết do tai nạn lao động", "vụ tai nạn", "chết người",
			"người chết", "bị thương nặng", "vụ TNLĐ"}},
	{ID: "occupational_safety", Name: "An toàn, vệ sinh lao động", English: "Occupational safety and health (training, inspection of equipment)", Units: []string{KindPeople, KindCount, KindCases},
		Phrases: []string{"an toàn vệ sinh lao động", "an toàn, vệ sinh lao động", "ATVSLĐ", "huấn luyện ATVSLĐ",
			"huấn luyện an toàn vệ sinh lao động", "an toàn lao động", "kiểm định", "huấn luyện", "yêu cầu nghiêm ngặt"}},

	// Administration.
	{ID: "admin_procedures", Name: "Thủ tục hành chính", English: "Administrative procedures (on-time dossiers, online services)", Units: []string{KindCases, KindPercent, KindCount},
		Phrases: []string{"thủ tục hành chính", "TTHC", "thủ tục", "dịch vụ công trực tuyến", "dịch vụ công", "cổng dịch vụ công",
			"hồ sơ giải quyết đúng hạn", "hồ sơ đúng hạn", "giải quyết đúng hạn", "trước hạn", "đúng hạn", "một cửa",
			"mức độ 3", "mức độ 4", "hồ sơ", "giải quyết hồ sơ", "tiếp nhận hồ sơ", "trực tuyến"}},
	{ID: "admin_reform", Name: "Cải cách hành chính", English: "Public administration reform (PAR index)", Units: []string{KindCount, KindPercent},
		Phrases: []string{"cải cách hành chính", "CCHC", "chỉ số cải cách hành chính", "chỉ số CCHC", "PAR INDEX", "SIPAS"}},
	{ID: "inspections", Name: "Thanh tra, kiểm tra", English: "Inspections", Units: cases,
		Phrases: []string{"thanh tra", "kiểm tra", "cuộc thanh tra", "cuộc kiểm tra", "thanh tra, kiểm tra",
			"thanh tra kiểm tra", "kiểm thực tế", "xử phạt vi phạm hành chính", "xử phạt"}},
	{ID: "complaints", Name: "Tiếp công dân, giải quyết khiếu nại, tố cáo", English: "Citizen reception, complaints and denunciations", Units: cases,
		Phrases: []string{"tiếp công dân", "tiếp dân", "khiếu nại", "tố cáo", "giải quyết khiếu nại", "khiếu nại, tố cáo",
			"đơn thư", "kiến nghị, phản ánh", "phản ánh, kiến nghị", "đường dây nóng", "lượt công dân"}},
	{ID: "documents_issued", Name: "Văn bản tham mưu, ban hành", English: "Documents drafted and issued", Units: []string{KindCount, KindCases},
		Phrases: []string{"văn bản", "tờ trình", "ban hành", "tham mưu ban hành", "văn bản chỉ đạo", "văn bản hướng dẫn"}},
	{ID: "civil_service", Name: "Tổ chức bộ máy, biên chế", English: "Organisation and staffing (civil servants, headcount)", Units: []string{KindPeople, KindPercent, KindCount},
		Phrases: []string{"biên chế", "tinh giản biên chế", "công chức", "viên chức", "cán bộ, công chức", "cán bộ công chức",
			"xét tuyển viên chức", "bổ nhiệm", "nghỉ hưu", "CBCC", "đầu mối"}},
	{ID: "emulation_awards", Name: "Thi đua, khen thưởng", English: "Emulation and awards", Units: []string{KindCount, KindPeople, KindPercent},
		Phrases: []string{"thi đua", "khen thưởng", "chiến sĩ thi đua", "bằng khen", "BK", "giấy khen", "huân chương",
			"lao động xuất sắc", "tập thể lao động xuất sắc", "LĐXS", "danh hiệu", "sáng kiến"}},
	{ID: "outreach", Name: "Tuyên truyền, tập huấn", English: "Outreach and training of officials", Units: []string{KindCount, KindPeople},
		Phrases: []string{"tuyên truyền", "phổ biến pháp luật", "tập huấn", "lớp tập huấn", "hội nghị tuyên truyền",
			"phổ biến, giáo dục pháp luật", "bồi dưỡng", "tập huấn nâng cao năng lực"}},
	{ID: "covid_support", Name: "Hỗ trợ người gặp khó khăn do đại dịch Covid-19", English: "Covid-19 support (Resolutions 42 and 68)", Units: []string{KindPeople, KindMoney, KindHouseholds, KindCount},
		Phrases: []string{"Covid", "Covid-19", "đại dịch", "dịch bệnh", "Nghị quyết 68", "Nghị quyết số 68", "68/NQ-CP",
			"Nghị quyết 42", "Nghị quyết số 42", "42/NQ-CP", "23/2021/QĐ-TTg", "15/2020/QĐ-TTg", "lao động tự do",
			"lao động khó khăn", "tạm hoãn hợp đồng lao động", "hộ kinh doanh", "không có thu nhập"}},
}
