package ingest

import "testing"

var chromeTests = []struct {
	line string
	want bool
}{
	{"PublishingPortal - Block_BanTin_Toolbar", true},
	{" PublishingPortal - Block_BanTin_ViewData", true},
	{"Tăng cỡ chữ Giảm cỡ chữ", true},
	{"In trang | Gửi email | Chia sẻ", true},
	{"Toàn cảnh hội nghị", true},
	{"Quang cảnh buổi làm việc", true},
	{"Lễ tiễn đoàn lao động đi làm việc ở nước ngoài (Ảnh: Sở LĐTB&XH)", true},
	// report text stays
	{"Năm 2022, có 700 lao động đi làm việc ở nước ngoài (Ảnh: Lễ tiễn đoàn lao động)", false}, // states a figure
	{"Chính trị - Xã hội", false},
	{"Toàn cảnh hội nghị cho thấy. Các đại biểu thống nhất", false},
	{"Tỷ lệ hộ nghèo giảm còn 5,33%. Số hộ thoát nghèo tăng (Ảnh: minh họa)", false},
	{"Sở đã tăng cỡ chữ trên cổng thông tin cho người cao tuổi", false},
	{"Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%", false},
	{"", false},
}

func TestIsChrome(t *testing.T) {
	for _, tt := range chromeTests {
		if got := IsChrome(tt.line); got != tt.want {
			t.Errorf("IsChrome(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

var captionTests = []struct{ in, want string }{
	{"người lao động của Sở.Toàn cảnh hội nghị", "người lao động của Sở."},
	{"kết thúc tốt đẹp.Quang cảnh buổi lễ kỷ niệm ", "kết thúc tốt đẹp."},
	{"Toàn cảnh hội nghị triển khai nhiệm vụ", "Toàn cảnh hội nghị triển khai nhiệm vụ"}, // a whole line is IsChrome's business
	{"đạt 73,95%. Toàn cảnh kinh tế năm 2021 khởi sắc", "đạt 73,95%. Toàn cảnh kinh tế năm 2021 khởi sắc"},
}

func TestCutCaption(t *testing.T) {
	for _, tt := range captionTests {
		if got, _ := CutCaption(tt.in); got != tt.want {
			t.Errorf("CutCaption(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var raisedTests = []struct {
	in     string
	legacy bool
	want   string
}{
	{"6", false, "⁶"},
	{"2", false, "²"},
	{"12", true, "[12]"},
	{" 3", true, " [3]"},
	{"TM", true, "TM"},
	{"a1", false, "a¹"},
}

func TestRaised(t *testing.T) {
	for _, tt := range raisedTests {
		if got := Raised(tt.in, tt.legacy); got != tt.want {
			t.Errorf("Raised(%q, %v) = %q, want %q", tt.in, tt.legacy, got, tt.want)
		}
	}
}
