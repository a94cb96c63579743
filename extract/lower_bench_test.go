package extract

import (
	"testing"

	"baocao/gen"
)

// BenchmarkLowerInto lowers generated reports:
// go test ./extract -run XXX -bench LowerInto -cpu 1
func BenchmarkLowerInto(b *testing.B) {
	texts := gen.Texts(50, 1)
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	b.SetBytes(int64(total))
	var buf []byte
	for b.Loop() {
		for _, s := range texts {
			_, buf = lowerInto(buf, s)
		}
	}
}
