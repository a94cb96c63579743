package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// refIsChrome is IsChrome before its cheap early exits (a rune count only
// past 400 bytes, a toolbar line only when its first letter starts a
// label): the reference they must agree with.
func refIsChrome(line string) bool {
	s := strings.TrimSpace(line)
	if s == "" || utf8.RuneCountInString(s) > 400 {
		return false
	}
	switch {
	case strings.Contains(s, "Block_"):
		return webPart.MatchString(s)
	case strings.Contains(s, "cảnh "):
		return sceneCaption.MatchString(s)
	case strings.Contains(s, "(Ảnh") || strings.Contains(s, "(ảnh"):
		return !strings.ContainsAny(s, "0123456789") && creditCaption.MatchString(s)
	case len(s) <= 160:
		return refIsToolbar(s)
	}
	return false
}

func refIsToolbar(s string) bool {
	if strings.ContainsAny(s, "0123456789,.;:%") {
		return false
	}
	s = strings.ToLower(s)
	found := false
	for _, l := range toolbarLabels {
		if strings.Contains(s, l) {
			s = strings.ReplaceAll(s, l, " ")
			found = true
		}
	}
	return found && strings.Trim(s, " \t|/") == ""
}

var chromeEdges = []string{
	"| In trang / Gửi email", "/ / a+ a-", "ingửi emailtrang", "İn trang", "IN TRANG | GỬI BÀI", "\u212a", "||", "| x",
	"\xff in trang", "A+ A-", "chia sẻ lưu tin bản in", "Về đầu trang", "quay lại  |", "trang in", "gửi cho bạn bè gửi",
	strings.Repeat("ư", 401), strings.Repeat("ư", 200) + " in trang", strings.Repeat("a", 401), "Lưu bài Cỡ chữ",
}

func TestIsChromeSame(t *testing.T) {
	for _, s := range append(chromeEdges, func() []string {
		var out []string
		for _, tt := range chromeTests {
			out = append(out, tt.line)
		}
		return out
	}()...) {
		if got, want := IsChrome(s), refIsChrome(s); got != want {
			t.Errorf("IsChrome(%q) = %v, reference %v", s, got, want)
		}
	}
}

func FuzzIsChrome(f *testing.F) {
	for _, s := range chromeEdges {
		f.Add(s)
	}
	for _, tt := range chromeTests {
		f.Add(tt.line)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsChrome(s), refIsChrome(s); got != want {
			t.Errorf("IsChrome(%q) = %v, reference %v", s, got, want)
		}
	})
}
