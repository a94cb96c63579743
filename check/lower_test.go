package check

import (
	"strings"
	"testing"
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
