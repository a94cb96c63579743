package check

import (
	"slices"
	"strings"
	"testing"

	"baocao/vntext"
)

var hasGomTests = []string{
	"1.000 người, gồm 600 nam và 400 nữ", "Tổng 5 xã GỒM 3 xã", "Gồm 2", "nguồn vốn gồm:", "x gồm", "đồng gồmx", " gỒM ", "\xff gồm \xfe",
}

func TestHasGom(t *testing.T) {
	for _, s := range hasGomTests {
		if got, want := hasGom(s), strings.Contains(strings.ToLower(s), " gồm "); got != want {
			t.Errorf("hasGom(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzHasGom(f *testing.F) {
	for _, s := range hasGomTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasGom(s), strings.Contains(strings.ToLower(s), " gồm "); got != want {
			t.Errorf("hasGom(%q) = %v, want %v", s, got, want)
		}
	})
}

func BenchmarkHasGom(b *testing.B) {
	s := strings.Repeat("Tổng nguồn vốn đầu tư phát triển toàn xã hội đạt 1.234 tỷ đồng, tăng 5,6% so với cùng kỳ; ", 8)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		hasGom(s)
	}
}

var lowerTests = []string{
	"", "abc", "Giải Quyết", "ĐẠT", "KH:", "\xff\xfeA", "Kelvin \u212a", "İstanbul", "xuống CÒN", "a\u0301B",
}

// TestDocLower compares doc.lower with vntext.Lower, twice in a row in
// each slot, since the arrays are reused.
func TestDocLower(t *testing.T) {
	var d doc
	for _, s := range lowerTests {
		for range 2 {
			if got, want := d.lower(lowWindow, s), vntext.Lower(s); got != want {
				t.Errorf("lower(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func FuzzDocLower(f *testing.F) {
	for _, s := range lowerTests {
		f.Add(s)
	}
	var d doc
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := d.lower(lowWords, s), vntext.Lower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	})
}

var fieldTests = []string{"", "  ", "a b", " hộ\u00a0nghèo ,  x\t\ny ", "\xff a\xe1\xbb", "lao động "}

// fields is strings.Fields by nextField.
func fields(s string) []string {
	var out []string
	for {
		var w string
		if w, s = nextField(s); w == "" {
			return out
		}
		out = append(out, w)
	}
}

func TestNextField(t *testing.T) {
	for _, s := range fieldTests {
		if got, want := fields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNextField(f *testing.F) {
	for _, s := range fieldTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
	})
}
