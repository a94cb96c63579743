package refs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkFindSeed reads the citations of the seed that cites most.
func BenchmarkFindSeed(b *testing.B) {
	text, err := os.ReadFile(filepath.Join(seedDir, "002_a7474b39d2c342f9.txt"))
	if err != nil {
		b.Skip("no seed: ", err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(string(text))
	}
}

func BenchmarkFindForms(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "forms.input"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(string(text))
	}
}

// BenchmarkFindManyLaws guards against rescanning the text for each law
// it names.
func BenchmarkFindManyLaws(b *testing.B) {
	text := strings.Repeat("theo Luật Việc làm và Quyết định 12/QĐ-UBND, ", 5000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}
