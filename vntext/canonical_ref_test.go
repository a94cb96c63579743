package vntext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// canonicalRef is Canonical as it was before its table and cache, kept to
// check them against.
func canonicalRef(s string) string {
	s = composeNFC(s)
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start >= 0 {
			b.WriteString(canonicalWord(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	return b.String()
}

// TestCanonicalAgainstReference compares Canonical with canonicalRef on
// the shared real texts (twice: the second pass reads the cache) and on
// odd input.
func TestCanonicalAgainstReference(t *testing.T) {
	texts := []string{"hòa thủy khỏe Hoà THỦY", "a\xffb hòa\xc3", "x\u0301 hoa\u0300 ＡＢＣ 中文 Ωmega ǅ"}
	for _, dir := range []string{filepath.Join("..", "..", "shared", "seeds"), truthDir} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	for range 2 {
		for _, s := range texts {
			if got, want := Canonical(s), canonicalRef(s); got != want {
				t.Fatalf("Canonical(%.40q...) differs from the reference", s)
			}
		}
	}
}
