package vntext

import (
	"fmt"
	"testing"
)

var canonicalTests = []struct{ in, want string }{
	{"hòa", "hoà"},
	{"hoà", "hoà"},
	{"thủy", "thuỷ"},
	{"thuỷ", "thuỷ"},
	{"khỏe", "khoẻ"},
	{"Hòa Bình", "Hoà Bình"},
	{"HÒA", "HOÀ"},
	{"Ủy ban", "Uỷ ban"},
	{"hoàng", "hoàng"}, // a final: one place only
	{"quý", "quý"},     // qu is the onset
	{"quả", "quả"},
	{"của", "của"},   // ua is a diphthong
	{"thuở", "thuở"}, // the shaped vowel takes the tone
	{"giữa", "giữa"},
	{"hoài", "hoài"},
	{"hòang", "hòang"}, // not a valid syllable: untouched
	{"Thủy lợi, hòa bình; 28,5%", "Thuỷ lợi, hoà bình; 28,5%"},
	{"ho\u0300a", "hoà"}, // decomposed input
	{"café", "café"},
	{"", ""},
}

func TestCanonical(t *testing.T) {
	for _, tt := range canonicalTests {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCanonicalStyles checks that the two placements of every oa/oe/uy
// syllable meet in one form.
func TestCanonicalStyles(t *testing.T) {
	for _, pair := range [][2]string{{"hóa", "hoá"}, {"tòa", "toà"}, {"lũy", "luỹ"}, {"khỏe", "khoẻ"}, {"xòe", "xoè"}, {"tụy", "tuỵ"}} {
		if a, b := Canonical(pair[0]), Canonical(pair[1]); a != b || a != pair[1] {
			t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q, want both %q", pair[0], a, pair[1], b, pair[1])
		}
	}
}

func ExampleCanonical() {
	fmt.Println(Canonical("Tỷ lệ hộ nghèo ở Hòa Bình, thủy lợi"))
	// Output: Tỷ lệ hộ nghèo ở Hoà Bình, thuỷ lợi
}
