package vntext

import "testing"

var foldTests = []struct{ in, want string }{
	{"Lao Động", "lao dong"},
	{"hoà", "hoa"},
	{"hòa", "hoa"},
	{"GIẢI QUYẾT VIỆC LÀM", "giai quyet viec lam"},
	{"Đắk Lắk", "dak lak"},
	{"thuỷ", "thuy"},
	{"28.101/38.000", "28.101/38.000"},
	{"ươ ƯƠ", "uo uo"},
	{"", ""},
}

func TestFold(t *testing.T) {
	for _, tt := range foldTests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var cleanTests = []struct{ in, want string }{
	{"a\r\nb\rc", "a\nb\nc"},
	{"28\u00a0101", "28 101"},
	{"việc\u200blàm", "việclàm"},
	{"lao\u00addong", "laodong"},
	{"\u00d0à Nẵng", "Đà Nẵng"},
	{"Vie\u0323\u0302t", "Việt"},     // marks in non-canonical order
	{"Vi\u00ea\u0323t", "Việt"},      // precomposed shape letter + separate tone
	{"ho\u0061\u0300", "hoà"},        // decomposed
	{"\ufeffBáo cáo\x01", "Báo cáo"}, // BOM and control character
	{"plain ascii\n", "plain ascii\n"},
}

func TestClean(t *testing.T) {
	for _, tt := range cleanTests {
		got := Clean(tt.in)
		if got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !IsNFC(got) {
			t.Errorf("Clean(%q) is not NFC", tt.in)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, tt := range cleanTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if !IsNFC(c) {
			t.Fatalf("Clean(%q) = %q, not valid NFC", s, c)
		}
		if Clean(c) != c {
			t.Fatalf("Clean not idempotent on %q", s)
		}
		_ = Fold(c)
	})
}
