package meta

import (
	"testing"

	"baocao/gen"
)

// BenchmarkReadGenerated reads the metadata of generated reports:
// go test ./meta -run XXX -bench ReadGenerated
func BenchmarkReadGenerated(b *testing.B) {
	texts := gen.Texts(50, 1)
	total := gen.Size(texts)
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, s := range texts {
			Read(s, "")
		}
	}
}
