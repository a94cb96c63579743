package indicator

import (
	"strings"
	"testing"

	"baocao/vntext"
)

// matchTests are phrases as extract writes them, with the unit of their
// figure, and the id they name ("" for none).
var matchTests = []struct {
	phrase, unit, want string
}{
	{"Giải quyết việc làm", "lao động", "job_creation"},
	{"giải quyết việc làm", "%", "job_creation"},
	{"toàn tỉnh đã giải quyết việc làm", "người", "job_creation"},
	{"GQVL", "người", "job_creation"},
	{"Tạo việc làm mới", "người", "job_creation"},
	{"giai quyet viec lam", "lao động", "job_creation"},
	{"giải quyêt việc lảm", "lao động", "job_creation"}, // tone typos fold away
	{"giải quyết việc lam", "", "job_creation"},
	{"giải quyt việc làm", "người", "job_creation"}, // one letter missing
	{"giải giải quyết việc làm", "người", "job_creation"},
	{"Giải quyết việc làm", "đồng", ""}, // money is not a count of jobs
	{"cho vay giải quyết việc làm", "đồng", "loans_for_jobs"},
	{"giải quyết khiếu nại", "đơn", "complaints"},
	{"giải quyết khiếu nại", "lao động", "complaints"},
	{"giải quyết chế độ", "người", ""},
	{"giải quyết", "hồ sơ", "admin_procedures"},
	{"giải quyết", "người", ""},
	{"Nghị quyết", "", ""},
	{"Nghị quyết", "người", ""},
	{"tổng kinh phí", "đồng", ""},
	{"", "", ""},
	{"đi làm việc ở nước ngoài theo hợp đồng", "người", "labour_export"},
	{"xuất khẩu lao động", "người", "labour_export"},
	{"XKLĐ", "người", "labour_export"},
	{"XKLD", "lao động", "labour_export"},
	{"Đào tạo nghề", "lao động", "vocational_enrolment"},
	{"Tuyển mới dạy nghề", "người", "vocational_enrolment"},
	{"tuyển mới và đào tạo nghề", "người", "vocational_enrolment"},
	{"thí sinh trường Cao đẳng Công nghệ", "thí sinh", ""},
	{"Tỷ lệ lao động qua đào tạo", "%", "trained_labour_rate"},
	{"Tỉ lệ lao động qua đào tạo", "%", "trained_labour_rate"},
	{"tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", "trained_labour_rate"},
	{"tỷ lệ lao động sau đào tạo có việc làm", "%", "trained_employment_rate"},
	{"Tỷ lệ thất nghiệp khu vực thành thị", "%", "unemployment_rate"},
	{"tỷ lệ thất nghiệp", "lao động", ""},
	{"bảo hiểm thất nghiệp", "%", "unemployment_insurance"},
	{"tổ chức tư vấn, giới thiệu việc làm", "người", "job_counselling"},
	{"tỷ lệ hộ nghèo", "%", "poverty_rate"},
	{"tỷ lệ hộ nghèo", "điểm %", "poverty_rate"},
	{"Giảm tỷ lệ hộ nghèo", "%", "poverty_rate"},
	{"hộ nghèo", "%", "poverty_rate"},
	{"hộ nghèo", "hộ", "poor_households"},
	{"số hộ nghèo", "hộ", "poor_households"},
	{"tỷ lệ số hộ nghèo cả nước", "%", "poverty_rate"},
	{"số hộ nghèo", "%", "poor_households"},
	{"cho vay của nền kinh tế", "%", ""},
	{"cao đẳng đại học", "trường", ""},
	{"hộ thoát nghèo", "hộ", "poor_households"},
	{"hộ cận nghèo", "hộ", "near_poor_households"},
	{"hộ cận nghèo", "%", "near_poor_rate"},
	{"Tỷ lệ người lao động trong độ tuổi tham gia BHXH", "%", "social_insurance"},
	{"tỷ lệ tham gia bảo hiểm xã hội bắt buộc", "%", "social_insurance"},
	{"bảo hiểm xã hội tự nguyện", "người", "social_insurance"},
	{"BHTN", "người", "unemployment_insurance"},
	{"cấp thẻ BHYT", "người", "health_insurance"},
	{"tỷ lệ bao phủ bảo hiểm y tế", "%", "health_insurance"},
	{"trợ cấp xã hội hằng tháng", "đối tượng", "social_assistance"},
	{"đối tượng bảo trợ xã hội", "người", "social_assistance"},
	{"quà Tết cho người có công", "suất", "merit_people"},
	{"trợ cấp ưu đãi", "người", "merit_people"},
	{"thân nhân liệt sỹ", "người", "merit_people"},
	{"Sở Lao động - Thương binh và Xã hội đã đề xuất", "nhiệm vụ", ""},
	{"Phòng được Bộ Lao động- TBXH", "phòng", ""},
	{"hộ người có công có mức sống trung bình trở lên", "%", "merit_living_standard"},
	{"nhà đại đoàn kết", "nhà", "housing_support"},
	{"hỗ trợ nhà ở", "hộ", "housing_support"},
	{"trẻ em có hoàn cảnh đặc biệt", "%", "child_protection"},
	{"học viên cai nghiện bắt buộc", "học viên", "drug_rehabilitation"},
	{"cai nghiên ma tuý", "người", "drug_rehabilitation"},
	{"thủ tục hành chính", "%", "admin_procedures"},
	{"TTHC", "thủ tục", "admin_procedures"},
	{"hồ sơ giải quyết đúng hạn", "hồ sơ", "admin_procedures"},
	{"dịch vụ công trực tuyến mức độ 4", "thủ tục", "admin_procedures"},
	{"tại đơn vị", "thủ tục", "admin_procedures"}, // the unit names it
	{"thanh tra, kiểm tra", "cuộc", "inspections"},
	{"TNLĐ chết người", "vụ", "labour_accidents"},
	{"tai nạn lao động", "người", "labour_accidents"},
	{"bình đẳng giới", "%", "gender_equality"},
	{"tiếp công dân", "lượt người", "complaints"},
	{"xã phường không có hoạt động mại dâm", "xã", "social_evils"},
	{"Nghị quyết số 68/NQ-CP", "người", "covid_support"},
	{"huấn luyện ATVSLĐ", "người", "occupational_safety"},
	{"chỉ số CCHC", "bậc", "admin_reform"},
	{"người cao tuổi", "người", "elderly"},
	{"người khuyết tật", "người", "disability"},
	{"cứu trợ đột xuất", "tấn", "emergency_relief"},
	{"số người nghiện có hồ sơ quản lý", "người", "drug_rehabilitation"},
	{"số người nghiện có hồ sơ quản lý", "", "drug_rehabilitation"},
	{"Số lao động được tạo việc làm", "người", "job_creation"},
	{"lao động có việc làm tăng thêm", "lao động", "job_creation"},
	{"Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ", "%", "trained_labour_rate"},
	{"Số người tham gia BHXH tự nguyện", "người", "social_insurance"},
	{"chi trả trợ cấp thất nghiệp", "người", "unemployment_insurance"},
	{"hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo", "nhà", "housing_support"},
	{"trẻ em dưới 6 tuổi được cấp thẻ BHYT", "trẻ em", "health_insurance"},
	{"Số hộ thoát nghèo", "hộ", "poor_households"},
	{"Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "poverty_rate"},
	{"số đối tượng hưởng trợ cấp xã hội hàng tháng", "đối tượng", "social_assistance"},
	{"Số học viên cai nghiện tại Cơ sở", "học viên", "drug_rehabilitation"},
	{"tặng quà cho thương binh, bệnh binh", "suất quà", "merit_people"},
	{"lao động đi làm việc có thời hạn ở nước ngoài", "lao động", "labour_export"},
	{"Tỉ lệ thất nghiệp ở khu vực thành thị", "%", "unemployment_rate"},
	{"hồ sơ giải quyết trước và đúng hạn", "%", "admin_procedures"},
	{"vụ tai nạn lao động làm chết người", "vụ", "labour_accidents"},
	{"cung ứng lao động cho doanh nghiệp", "lao động", "job_counselling"},
	{"hỗ trợ cải thiện nhà ở cho người có công", "nhà", "housing_support"},
	{"số người nộp hồ sơ hưởng trợ cấp thất nghiệp", "người", "unemployment_insurance"},
}

func TestMatch(t *testing.T) {
	for _, tt := range matchTests {
		ind, ok := Match(tt.phrase, tt.unit)
		if ind.ID != tt.want || ok != (tt.want != "") {
			t.Errorf("Match(%q, %q) = %q, %v, want %q", tt.phrase, tt.unit, ind.ID, ok, tt.want)
		}
	}
}

// sampleUnit is a unit extract writes for each kind.
var sampleUnit = map[string]string{
	KindPercent: "%", KindMoney: "đồng", KindPeople: "người", KindHouseholds: "hộ",
	KindHouses: "nhà", KindGifts: "phần quà", KindCases: "vụ", KindCount: "cơ sở",
}

// TestPhrasesOwnIndicator checks that each listed phrasing, with a unit of
// the indicator's expected kind, names its own indicator: a phrasing
// shadowed by another entry is a table error.
func TestPhrasesOwnIndicator(t *testing.T) {
	for _, ind := range All() {
		for _, p := range ind.Phrases {
			got, ok := Match(p, sampleUnit[ind.Unit()])
			if !ok || got.ID != ind.ID {
				t.Errorf("Match(%q, %q) = %q, %v, want %q", p, sampleUnit[ind.Unit()], got.ID, ok, ind.ID)
			}
		}
	}
}

func TestTable(t *testing.T) {
	seen := map[string]bool{}
	for _, ind := range All() {
		if seen[ind.ID] {
			t.Errorf("id %q twice", ind.ID)
		}
		seen[ind.ID] = true
		if ind.Name == "" || ind.English == "" || len(ind.Units) == 0 || len(ind.Phrases) == 0 {
			t.Errorf("%q: incomplete entry %+v", ind.ID, ind)
		}
		for _, s := range append([]string{ind.Name, ind.English}, ind.Phrases...) {
			if !vntext.IsNFC(s) {
				t.Errorf("%q: %q is not NFC", ind.ID, s)
			}
		}
		if got, ok := ByID(ind.ID); !ok || got.ID != ind.ID {
			t.Errorf("ByID(%q) = %q, %v", ind.ID, got.ID, ok)
		}
		for _, u := range ind.Units {
			if _, ok := sampleUnit[u]; !ok {
				t.Errorf("%q: unknown unit kind %q", ind.ID, u)
			}
		}
	}
	for w := range weak {
		found := false
		for _, r := range rules[strings.Fields(w)[0]] {
			found = found || strings.Join(r.words, " ") == w && r.ind != none
		}
		if !found {
			t.Errorf("weak phrasing %q is no indicator's", w)
		}
	}
	if _, ok := ByID("no_such_indicator"); ok {
		t.Error(`ByID("no_such_indicator") found one`)
	}
	if n := len(All()); n < 30 {
		t.Errorf("len(All()) = %d, want at least 30", n)
	}
}

var kindTests = []struct{ unit, want string }{
	{"%", KindPercent}, {"điểm %", KindPercent}, {"đồng", KindMoney}, {"đồng/người", KindMoney},
	{"triệu đồng", KindMoney}, {"đồng chí", KindPeople}, {"đ/c", KindPeople}, {"lao động", KindPeople},
	{"Người", KindPeople}, {"hộ", KindHouseholds}, {"hộ gia đình", KindHouseholds}, {"nhà", KindHouses},
	{"căn", KindHouses}, {"phần quà", KindGifts}, {"vụ", KindCases}, {"thủ tục", KindCases},
	{"doanh nghiệp", KindCount}, {"tấn", KindCount}, {"", ""}, {"  ", ""},
}

func TestKindOf(t *testing.T) {
	for _, tt := range kindTests {
		if got := KindOf(tt.unit); got != tt.want {
			t.Errorf("KindOf(%q) = %q, want %q", tt.unit, got, tt.want)
		}
	}
}

var oneEditTests = []struct {
	a, b string
	want bool
}{
	{"nghiep", "nghiem", true}, {"quyet", "quyt", true}, {"quyet", "qyuet", true}, {"quyet", "quyets", true},
	{"quyet", "quyet", false}, {"quyet", "qu", false}, {"abcde", "edcba", false}, {"", "a", true},
}

func TestOneEdit(t *testing.T) {
	for _, tt := range oneEditTests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
