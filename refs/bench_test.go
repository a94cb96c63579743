package refs

import (
	"os"
	"path/filepath"
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
