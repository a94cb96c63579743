package vntext

import (
	"strings"
	"testing"
)

// lowerTests hold upper case, invalid bytes and runes whose lower case is
// shorter or longer in bytes, where Lower must still agree with
// strings.ToLower.
var lowerTests = []string{
	"", "abc", "ABC", "Giải quyết", "ĐẠT KẾT QUẢ", "\xff\xfeA", "a\xe1\xba", "\uFFFDA",
	"İK\u212aȺ", "Ⱥb", "Ω", "lao động, đạt 73,95% kế hoạch năm 2021 (KH: 38.000 người",
}

func TestLower(t *testing.T) {
	for _, s := range lowerTests {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range lowerTests {
		if got, want := string(AppendLower([]byte("Đ:"), s)), "Đ:"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q, %q) = %q, want %q", "Đ:", s, got, want)
		}
	}
}

func FuzzLower(f *testing.F) {
	for _, s := range lowerTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ToLower(s)
		if got := Lower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
		if got := string(AppendLower(nil, s)); got != want {
			t.Errorf("AppendLower(nil, %q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkLower(b *testing.B) {
	s := "Giải quyết việc làm cho lao động của Tỉnh, Kế hoạch năm 2021 đạt KẾT QUẢ tốt trong các Huyện"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Lower(s)
	}
}
