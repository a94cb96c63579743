package check

import (
	"strings"
	"testing"
)

// lowerTests hold upper case, invalid bytes and runes whose lower case is
// shorter or longer in bytes, where lower must still agree with
// strings.ToLower.
var lowerTests = []string{
	"", "abc", "ABC", "Giải quyết", "ĐẠT KẾT QUẢ", "\xff\xfeA", "a\xe1\xba", "\uFFFDA",
	"İK\u212aȺ", "Ⱥb", "Ω", "lao động, đạt 73,95% kế hoạch năm 2021 (KH: 38.000 người",
}

func TestLower(t *testing.T) {
	for _, s := range lowerTests {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}
