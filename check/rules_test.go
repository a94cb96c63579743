package check

import (
	"reflect"
	"testing"

	"baocao/extract"
)

// ruleTests give, for a piece of text, the checks of one kind Run must
// produce, as "status stated computed" (severity appended on mismatches).
var ruleTests = []struct {
	kind string
	in   string
	want []string
}{
	// percent
	{"percent", "Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch.", []string{"ok 73.95 73.95"}},
	{"percent", "thủ tục mức độ 4 đạt tỷ lệ 98,14% (157/160 thủ tục).", []string{"mismatch 98.14 98.125 minor"}},
	{"percent", "Giải quyết 99/100 người, đạt 100% kế hoạch.", []string{"mismatch 100 99 gross"}},
	{"percent", "Tuyển mới 8.155/6.000 người, vượt 36% kế hoạch.", []string{"ok 136 135.91666666666666"}},
	{"percent", "ngày 16/5/2016 đạt 80%; Chỉ thị số 16/CT-TTg đạt 50%.", nil},
	{"percent", "Tạo việc làm mới đạt 93% kế hoạch (24.513/26.400 người).", []string{"ok 93 92.85227272727273"}},
	{"percent", "Tạo việc làm mới đạt 96% kế hoạch (24.513/26.400 người).", []string{"mismatch 96 92.85227272727273 minor"}},
	{"percent", "Tạo việc làm mới đạt 103% kế hoạch (24.513/26.400 người).", []string{"mismatch 103 92.85227272727273 gross"}},
	{"percent", "Tạo việc làm mới tăng 3% so với cùng kỳ (24.513/26.400 người).", nil},
	// table rows: value under "Thực hiện", target under "Kế hoạch", percent under "Tỷ lệ (%)"
	{"percent", "Chỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)\nGiải quyết việc làm\tlao động\t20.100\t25.158\t125,16", []string{"ok 125.16 125.16417910447761"}},
	{"percent", "Chỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)\nGiải quyết việc làm\tlao động\t20.100\t25.158\t120,16", []string{"mismatch 120.16 125.16417910447761 minor"}},
	{"percent", "Chỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)\nGiải quyết việc làm\tlao động\t20.100\t19.000\t101,5", []string{"mismatch 101.5 94.5273631840796 gross"}},
	{"percent", "Giải quyết việc làm\tlao động\t20.100\t19.000\t101,5", nil},
	{"percent", "giải quyết việc làm 21.078 người, đạt 91,6% kế hoạch.\nGiải quyết việc làm 21.078/23.000 người (không đạt kế hoạch).", []string{"ok 91.6 91.64347826086957"}},
	{"percent", "giải quyết việc làm 21.078 người, đạt 96,1% kế hoạch.\nGiải quyết việc làm 21.078/23.000 người (không đạt kế hoạch).", []string{"mismatch 96.1 91.64347826086957 minor"}},
	{"percent", "xuất khẩu 698 người, đạt 82% kế hoạch.\nxuất khẩu 698/800 người.", nil},
	// sum
	{"sum", "Tuyển sinh 11.370 người, trong đó: sơ cấp 7.894; dưới 3 tháng 700 người; trung cấp 2.160 người; cao đẳng 616.", []string{"ok 11370 11370"}},
	{"sum", "Tuyển sinh 11.370 người, trong đó: sơ cấp 7.894; trung cấp 2.160 người; cao đẳng 1.616.", []string{"mismatch 11370 11670 minor"}},
	{"sum", "đào tạo cho 19.400 người (Cao đẳng: 350 người, trung cấp: 2.300 người, sơ cấp: 16.750 người).", []string{"ok 19400 19400"}},
	{"sum", "đào tạo cho 19.400 người (Cao đẳng: 350 người, trung cấp: 2.300 người, sơ cấp: 16.700 người).", []string{"mismatch 19400 19350 minor"}},
	{"sum", "21 tập thể, cá nhân được tặng bằng khen (10 BK bộ, 11 BK tỉnh).", []string{"ok 21 21"}},
	{"sum", "21 tập thể, cá nhân được tặng bằng khen (10 BK bộ, 12 BK tỉnh).", []string{"unverifiable 21 22"}},
	// "trong tỉnh" and "ngoài tỉnh" cover everything: the parts must reach the total
	{"sum", "Tạo việc làm cho trên 16.000 người, trong đó trong tỉnh khoảng 7.000 người, ngoài tỉnh là 8.000 người.", []string{"mismatch 16000 15000 minor"}},
	{"sum", "Tạo việc làm cho 15.000 người, trong đó trong tỉnh 7.000 người, ngoài tỉnh 8.000 người.", []string{"ok 15000 15000"}},
	{"sum", "Tạo việc làm cho 15.000 người, trong đó trong tỉnh khoảng 7.000 người, ngoài tỉnh 8.000 người.", []string{"unverifiable 15000 15000"}},
	{"sum", "Tạo việc làm cho 16.000 người, trong đó trong nước 7.000 người, đi làm việc ở nước ngoài 150 người.", []string{"mismatch 16000 7150 minor"}},
	{"sum", "Tạo việc làm cho 16.000 người, trong đó trong tỉnh 7.000 người, đi làm việc ở nước ngoài 150 người.", []string{"ok 16000 7150"}},
	{"sum", "Đào tạo 1.000 người, trong đó lao động Việt Nam 600 người, nữ 300 người.", []string{"ok 1000 900"}},
	{"sum", "Đào tạo 1.000 người, trong đó nam 500 người, nữ 500 người, nông thôn 700 người.", []string{"unverifiable 1000 1700"}},
	{"sum", "Đào tạo 1.000 người, trong đó nam và nữ 500 người, nông thôn 300 người.", []string{"ok 1000 800"}},
	{"sum", "Tạo việc làm cho 16.000 người, trong đó trong tỉnh 7.000 người, xuất khẩu 150 người.", []string{"ok 16000 7150"}},
	{"sum", "Đào tạo 1.000 người, trong đó nam 600 người, nữ 300 người.", []string{"mismatch 1000 900 minor"}},
	// allowance groups are paid once each: they do not overlap
	{"sum", "Tổng số 4.983 người được trợ cấp xã hội hằng tháng, trong đó: 401 người cao tuổi, 4.188 người khuyết tật, 554 trẻ em mồ côi.", []string{"mismatch 4983 5143 minor"}},
	{"sum", "Tổng số 5.143 người được trợ cấp xã hội hằng tháng, trong đó: 401 người cao tuổi, 4.188 người khuyết tật, 554 trẻ em mồ côi.", []string{"ok 5143 5143"}},
	{"sum", "Tổng số 5.000 người được trợ cấp xã hội hằng tháng, trong đó: 401 người cao tuổi, 4.188 người khuyết tật.", []string{"ok 5000 4589"}},
	{"sum", "Tổng số 1.000 người, trong đó: 400 người cao tuổi, 700 người khuyết tật.", []string{"unverifiable 1000 1100"}},
	{"sum", "Tổng số 1.000 người được trợ cấp xã hội, trong đó: 400 người cao tuổi, 700 lao động nữ.", []string{"unverifiable 1000 1100"}},
	// a total broken down in the bullets below it
	{"sum", "Tổng số đối tượng hưởng trợ cấp xã hội hằng tháng: 2.140 người, trong đó:\n- Người cao tuổi: 920 người;\n- Người khuyết tật: 1.010 người;\n- Trẻ em mồ côi: 210 trẻ em.\nCông tác khác.", []string{"ok 2140 2140"}},
	{"sum", "Tổng số đối tượng hưởng trợ cấp xã hội hằng tháng: 2.140 người, trong đó:\n- Người cao tuổi: 920 người;\n- Người khuyết tật: 1.110 người;\n- Trẻ em mồ côi: 210 trẻ em.", []string{"mismatch 2140 2240 minor"}},
	{"sum", "Đào tạo 1.000 người, trong đó:\n- Lao động nữ: 600 người;\n- Lao động nông thôn: 700 người.", []string{"unverifiable 1000 1300"}},
	{"sum", "Đã thành lập 39 đoàn kiểm tra, gồm:\n\n- 20 đoàn cấp tỉnh;\n  + 5 đoàn liên ngành;\n- 18 đoàn cấp huyện.", []string{"mismatch 39 38 minor"}},
	{"sum", "Đã thành lập 39 đoàn kiểm tra, gồm:\n- 20 đoàn cấp tỉnh;\n- 19 đoàn cấp huyện.", []string{"ok 39 39"}},
	{"sum", "Hỗ trợ 500 hộ, trong đó:\n- Kinh phí 200 triệu đồng cho 300 hộ;\n- 200 hộ nghèo.", nil},
	{"sum", "Hỗ trợ 500 hộ, trong đó:\n- 300 hộ nghèo.\nCông tác khác 200 hộ.", nil},
	// "N UNIT, gồm a UNIT ... và b UNIT ...": the whole list
	{"sum", "Đã thành lập 39 đoàn kiểm tra, gồm 20 đoàn cấp tỉnh và 19 đoàn cấp huyện.", []string{"ok 39 39"}},
	{"sum", "Đã thành lập 39 đoàn kiểm tra, bao gồm 20 đoàn cấp tỉnh và 18 đoàn cấp huyện.", []string{"mismatch 39 38 minor"}},
	{"sum", "Đã thành lập 39 đoàn kiểm tra, gồm 20 đoàn cấp tỉnh và 18 đoàn cấp huyện, 5 cuộc thanh tra.", nil},
	{"sum", "Đã thành lập 39 đoàn kiểm tra, gồm 20 đoàn cấp tỉnh.", nil},
	{"sum", "Hội đồng có 05 thành viên, gồm 1 chủ tịch và 4 ủy viên.", nil},
	// "a ... và b ..., tổng cộng N": N adds them up
	{"sum", "Trong năm có 11.866 lao động làm việc trong nước và 2.581 lao động làm việc ở nước ngoài, tổng cộng 14.447 lao động.", []string{"ok 14447 14447"}},
	{"sum", "Trong năm có 11.866 lao động làm việc trong nước và 2.581 lao động làm việc ở nước ngoài, tổng cộng 14.547 lao động.", []string{"mismatch 14547 14447 minor"}},
	{"sum", "Hỗ trợ 120 người cao tuổi, 35 trẻ em (tổng số 155 người).", []string{"ok 155 155"}},
	{"sum", "Đã cấp 1.200 thẻ và 300 thẻ, tổng 15.000 thẻ.", []string{"mismatch 15000 1500 gross"}},
	{"sum", "Hỗ trợ 20 hộ và 50 người, tổng cộng 70 người.", nil},
	{"sum", "Tuyển sinh 500 người, đạt 90% kế hoạch, và 300 người khác, tổng cộng 800 người.", nil},
	{"sum", "Có 100 người và 200 người tổng 400 người.", nil},
	// "N người/N vụ (a người/a vụ trong khu vực X và b người/b vụ trong khu vực không X)": a complete breakdown in two units
	{"sum", "Số vụ, số người chết: 18 người/18 vụ TNLĐ chết người (03 người/03 vụ trong khu vực có quan hệ lao động và 15 người/15 vụ trong khu vực không có giao kết hợp đồng lao động; giảm 10 vụ so với năm 2020).", []string{"ok 18 18"}},
	{"sum", "Số vụ, số người chết: 19 người/19 vụ TNLĐ chết người (03 người/03 vụ trong khu vực có quan hệ lao động và 15 người/15 vụ trong khu vực không có giao kết hợp đồng lao động; giảm 10 vụ so với năm 2020).", []string{"mismatch 19 18 minor"}},
	{"sum", "số người chết: 18 người/18 vụ TNLĐ chết người (03 người/03 vụ trong khu vực có quan hệ lao động và 15 người/15 vụ trong khu vực không có giao kết hợp đồng lao động; giảm 10 vụ ~ 35,7% so với năm 2020.", []string{"ok 18 18"}},
	{"sum", "số người chết: 18 người/18 vụ TNLĐ chết người (03 người/03 vụ trong khu vực có quan hệ lao động và 16 người/16 vụ trong khu vực không có giao kết hợp đồng lao động; giảm 10 vụ ~ 35,7% so với năm 2020.", []string{"mismatch 18 19 minor"}},
	{"sum", "số người chết: 18 người/18 vụ (03 người/03 vụ và 15 người/15 vụ, giảm 10 vụ so với năm 2020.", nil},
	{"sum", "giải quyết 18 người/20 người (03 người/05 người và 15 người/15 người).", nil},
	// "N người; x a người, y b người, z c người": a breakdown after a semicolon
	{"sum", "Tuyển mới đào tạo nghề 18.500 người; hệ cao đẳng 1.500 người, trung cấp 5.000 người, sơ cấp nghề và dạy nghề dưới 3 tháng 12.000 người.", []string{"ok 18500 18500"}},
	{"sum", "Tuyển mới đào tạo nghề 18.500 người; hệ cao đẳng 1.500 người, trung cấp gần 5.000 người, sơ cấp nghề và dạy nghề dưới 3 tháng 12.000 người.", []string{"ok 18500 18500"}},
	{"sum", "Giải quyết việc làm 18.500 người; xuất khẩu lao động 1.500 người, đào tạo nghề 5.000 người.", nil},
	{"sum", "Tuyển mới 18.500 người; cao đẳng 1.500 người, cao đẳng 5.000 người.", nil},
	{"sum", "Tuyển mới đào tạo nghề 19.500 người; hệ cao đẳng 1.500 người, trung cấp gần 5.000 người, sơ cấp nghề và dạy nghề dưới 3 tháng 12.000 người.", []string{"mismatch 19500 18500 minor"}},
	{"sum", "Có khoảng 100 người và 200 người, tổng cộng 300 người.", nil},
	{"sum", "Số hộ nghèo giảm từ 500 hộ xuống 300 hộ, tổng cộng 200 hộ.", nil},
	{"sum", "giảm 2.000 hộ nghèo (trong đó 3.000 hộ nghèo là ĐBDT).", []string{"mismatch 2000 3000 minor"}},
	{"sum", "giảm được 1.548 hộ (trong đó đưa số hộ giảm từ 3.351 hộ xuống còn 1.803 hộ).", nil},
	{"sum", "hiện có 160 thủ tục, trong đó thủ tục mức độ 4 đạt tỷ lệ 98%.", nil},
	{"sum", "(giảm từ 15 đầu mối xuống còn 8 đầu mối)", nil},
	{"sum", "Đào tạo 1.000 người, trong đó 600 người là nữ, 700 người dân tộc thiểu số.", []string{"unverifiable 1000 1300"}},
	{"sum", "Đào tạo 1.000 người (600 nữ, 300 người DTTS).", nil},
	{"sum", "Tạo việc làm cho 25.300 người, trong đó: lao động nữ 12.100 người; lao động nông thôn 18.200 người.", []string{"unverifiable 25300 30300"}},
	// product
	{"product", "hỗ trợ cho 304 người với số tiền 304 triệu đồng (1.000.000đ/người).", []string{"ok 304000000 304000000"}},
	{"product", "hỗ trợ cho 9.250 người với số tiền 6.475 triệu đồng (700.000đ/người).", []string{"ok 6475000000 6475000000"}},
	{"product", "hỗ trợ cho 9.250 người với số tiền 6.745 triệu đồng (700.000đ/người).", []string{"mismatch 6745000000 6475000000 minor"}},
	{"product", "hỗ trợ cho 92 người với số tiền 644 triệu đồng (700.000đ/người).", []string{"mismatch 644000000 64400000 gross"}},
	{"product", "hỗ trợ 12 hộ với số tiền 12 triệu đồng (1.000.000đ/người).", nil},
	// difference
	{"difference", "giảm được 1.548 hộ, đưa số hộ nghèo giảm từ 3.351 hộ xuống còn 1.803 hộ.", []string{"ok 1548 1548"}},
	{"difference", "giảm được 1.458 hộ, đưa số hộ nghèo giảm từ 3.351 hộ xuống còn 1.803 hộ.", []string{"mismatch 1458 1548 minor"}},
	{"difference", "tăng thêm 20 người, từ 100 người lên 120 người.", []string{"ok 20 20"}},
	{"difference", "giảm từ 15 đầu mối xuống còn 8 đầu mối.", nil},
	// share
	{"share", "toàn tỉnh có 2.552 hộ người có công, trong đó có: 18 hộ người có công thuộc hộ nghèo chiếm tỷ lệ 0,71%, 89 hộ người có công thuộc hộ cận nghèo chiếm 3,49%.", []string{"ok 0.71 0.7053291536050157", "ok 3.49 3.487460815047022"}},
	{"share", "toàn tỉnh có 2.552 hộ người có công đang hưởng trợ cấp, trong đó có 18 hộ.\nĐến nay hỗ trợ 92/107 hộ có mức sống thấp, còn 02 hộ người có công thuộc hộ nghèo chiếm tỷ lệ 0,12%.", []string{"mismatch 0.12 0.07836990595611286 minor"}},
	{"share", "xác định 10 chỉ tiêu, có 8/10 chỉ tiêu đạt (chiếm 80%), 2 chỉ tiêu không đạt (chiếm 20%).", []string{"ok 20 20"}},
	{"share", "huấn luyện 11.370 người, trong đó 3.088 người (đạt 154,4% kế hoạch).", nil},
	{"share", "còn 02 hộ nghèo chiếm tỷ lệ 0,12%.", nil},
	{"share", "Kế hoạch 38.000 lao động; giải quyết việc làm cho 9.107 lao động, đạt 85%.", nil},
	// growth
	{"growth", "Thu ngân sách đạt 1.150 tỷ đồng, tăng 15% so với cùng kỳ (1.000 tỷ đồng).", []string{"ok 15 15"}},
	{"growth", "Thu ngân sách đạt 1.150 tỷ đồng, tăng 12% so với cùng kỳ (1.000 tỷ đồng).", []string{"mismatch 12 15 minor"}},
	{"growth", "Số vụ tai nạn là 18 vụ, giảm 35,7% so với năm 2020 (28 vụ).", []string{"ok 35.7 35.714285714285715"}},
	{"growth", "Tỷ lệ lao động qua đào tạo đạt 57,2%, tăng 1,2% so với năm 2020 (56%).", []string{"ok 1.2 1.2"}},
	{"growth", "Tỷ lệ lao động qua đào tạo đạt 57,2%, tăng 1,2% so với năm 2020.", nil},
	{"growth", "Tỷ lệ hộ nghèo còn 3,51% (giảm 1,02% so với đầu năm 2020), hộ cận nghèo 4,31%.", nil},
	{"growth", "Tuyển sinh 500 người, tăng 10% so với kế hoạch 2.000 hộ.", nil},
	{"growth", "vốn đầu tư khoảng 1 8 tỷ USD, tăng 13% so với năm 200 3.", nil},
	{"growth", "vốn đạt 43,4 nghìn tỷ, tăng 6% so với năm 200 3, trong đó.", nil},
	// target: the plan stated for the same indicator and year elsewhere
	{"target", "Năm 2021 được giao các chỉ tiêu:\n- Lao động được giải quyết việc làm: 38.000 người\nKẾT QUẢ NĂM 2021\n- Giải quyết việc làm cho 28.101/38.000 lao động.", []string{"ok 38000 38000"}},
	{"target", "Năm 2021 được giao các chỉ tiêu:\n- Lao động được giải quyết việc làm: 40.000 người\nKẾT QUẢ NĂM 2021\n- Giải quyết việc làm cho 28.101/38.000 lao động.", []string{"mismatch 38000 40000 minor"}},
	{"target", "Năm 2022 được giao các chỉ tiêu:\n- Lao động được giải quyết việc làm: 40.000 người\nKẾT QUẢ NĂM 2021\n- Giải quyết việc làm cho 28.101/38.000 lao động.", nil},
	{"target", "Năm 2021 được giao các chỉ tiêu:\n- Lao động nông thôn được giải quyết việc làm: 9.000 người\nKẾT QUẢ NĂM 2021\n- Giải quyết việc làm cho 28.101/38.000 lao động.", nil},
	{"target", "Năm 2021 được giao các chỉ tiêu:\n- Giải quyết việc làm: 40.000 người\n- Giải quyết việc làm: 38.000 lao động\nKẾT QUẢ NĂM 2021\n- Giải quyết việc làm cho 28.101/38.000 lao động.", nil},
	{"target", "Năm 2021 được giao các chỉ tiêu:\n- Giải quyết việc làm: 38.000 hộ\nKẾT QUẢ NĂM 2021\n- Giải quyết việc làm cho 28.101/38.000 lao động.", nil},
	// verdict
	{"verdict", "Giải quyết việc làm 21.078/23.000 người (không đạt kế hoạch).", []string{"ok 21078 23000"}},
	{"verdict", "Tuyển mới dạy nghề 19.033/17.700 người (*vượt kế hoạch*).", []string{"ok 19033 17700"}},
	{"verdict", "Giảm tỷ lệ hộ nghèo còn 3,51%/ <3% (*không đạt kế hoạch*).", []string{"ok 3.51 3"}},
	{"verdict", "Giảm tỷ lệ hộ nghèo còn 2,51%/ <3% (không đạt kế hoạch).", []string{"mismatch 2.51 3 gross"}},
	{"verdict", "Giải quyết việc làm 21.078/23.000 người (đạt kế hoạch).", []string{"mismatch 21078 23000 gross"}},
	{"verdict", "Giải quyết việc làm khoảng 22.000/23.000 người (đạt kế hoạch).", []string{"unverifiable 22000 23000"}},
	{"verdict", "Giải quyết việc làm 23.000/23.000 người (vượt kế hoạch).", []string{"mismatch 23000 23000 gross"}},
}

func TestRules(t *testing.T) {
	for _, tt := range ruleTests {
		var got []string
		for _, c := range Run(tt.in, extract.Records(tt.in)) {
			if c.Kind != tt.kind {
				continue
			}
			s := c.Status + " " + num(c.Stated) + " "
			if c.Computed != nil {
				s += num(*c.Computed)
			}
			if c.Severity != "" {
				s += " " + c.Severity
			}
			got = append(got, s)
			if tt.in[c.Start:c.End] != c.Text || c.Reason == "" {
				t.Errorf("Run(%q): %s check has span %d-%d %q, reason %q", tt.in, c.Kind, c.Start, c.End, c.Text, c.Reason)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Run(%q) %s checks = %q, want %q", tt.in, tt.kind, got, tt.want)
		}
	}
}

func TestRunForeignRecords(t *testing.T) {
	other := "Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch năm 2021 và nhiều nữa."
	if got := Run("ngắn", extract.Records(other)); len(got) != 0 {
		t.Errorf("Run on records of another text = %v, want none", got)
	}
}
