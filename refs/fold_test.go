package refs

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"baocao/vntext"
)

// foldTests are strings fold must treat as vntext.Fold does: ASCII in
// either case, Vietnamese letters, combining marks, invalid bytes.
var foldTests = []string{
	"", "abc", "ABC", "Lao Động", "HOÀ BÌNH", "Thuỷ", "e\u0301", "\u0301", "a\xffb", "\xe1\xba", "\xc3", "\xc3(", "\xe1\x80(", "\xe1(\x80", "\xe1\xbb\x87", "Ðð", "ǅ", "ﬁ", "Ω", "日本",
}

func TestFold(t *testing.T) {
	for _, s := range foldTests {
		if got, want := foldWord(s), vntext.Fold(s); got != want {
			t.Errorf("foldWord(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < 0x20000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if got, want := foldWord(string(r)), vntext.Fold(string(r)); got != want {
			t.Fatalf("foldWord(%q) = %q, want %q", string(r), got, want)
		}
	}
}

func TestFoldSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := foldWord(string(data)), vntext.Fold(string(data)); got != want {
			t.Errorf("foldWord(%s) differs from vntext.Fold", f)
		}
	}
}
