package vntext

import (
	"strings"
	"testing"
)

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
		if g := clean(s); g != c {
			t.Fatalf("Clean(%q) = %q, general path %q", s, c, g)
		}
		_ = Fold(c)
	})
}

// TestFoldTable checks the table fast path against the NFD definition on
// every rune of the Basic Multilingual Plane and beyond.
func TestFoldTable(t *testing.T) {
	for r := rune(0); r < 0x20000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		want := slowFoldRune(r)
		if r < 0x80 {
			want = strings.ToLower(string(r))
		}
		if got := Fold(string(r)); got != want {
			t.Fatalf("Fold(%U) = %q, want %q", r, got, want)
		}
	}
	for _, s := range []string{"\xff\xfe", "a\xe1\x80", "Đ\xc3"} {
		if got, want := Fold(s), string(AppendFold(nil, s)); got != want {
			t.Errorf("Fold(%q) = %q, AppendFold gives %q", s, got, want)
		}
	}
}

// FuzzFold checks the table fast path against folding rune by rune through
// NFD, on any input (invalid UTF-8 included).
func FuzzFold(f *testing.F) {
	for _, tt := range foldTests {
		f.Add(tt.in)
	}
	f.Add("Ðồng Tháp \xff hoà")
	f.Fuzz(func(t *testing.T, s string) {
		var want strings.Builder
		for _, r := range s {
			want.WriteString(slowFoldRune(r))
		}
		if got := Fold(s); got != want.String() {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want.String())
		}
	})
}
