package meta

import (
	"testing"

	"baocao/gen"
)

// genTexts returns generated plain-text reports (package gen, seed 1) and
// their total size in bytes.
func genTexts(b *testing.B, n int) ([]string, int) {
	texts := gen.Texts(n, 1)
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	return texts, total
}

// BenchmarkReadGenerated reads the metadata of generated reports:
// go test ./meta -run XXX -bench ReadGenerated
func BenchmarkReadGenerated(b *testing.B) {
	texts, total := genTexts(b, 50)
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, s := range texts {
			Read(s, "")
		}
	}
}
