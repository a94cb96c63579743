package refs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/gen"
	"baocao/vntext"
)

// genTexts returns the cleaned text of generated plain-text reports and
// their total size in bytes.
func genTexts(b *testing.B, n int) ([]string, int) {
	dir := b.TempDir()
	if _, err := gen.Generate(gen.Options{Dir: dir, N: n, Seed: 1, Formats: map[string]int{"txt": 1}}); err != nil {
		b.Fatal(err)
	}
	var texts []string
	total := 0
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".txt") && info.Size() > 0 {
			data, _ := os.ReadFile(p)
			s := vntext.Clean(string(data))
			texts = append(texts, s)
			total += len(s)
		}
		return nil
	})
	return texts, total
}

// BenchmarkFindGenerated finds the citations of generated reports:
// go test ./refs -run XXX -bench FindGenerated
func BenchmarkFindGenerated(b *testing.B) {
	texts, total := genTexts(b, 50)
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, s := range texts {
			Find(s)
		}
	}
}
