package refs

import (
	"testing"

	"baocao/gen"
)

// BenchmarkFindGenerated finds the citations of generated reports:
// go test ./refs -run XXX -bench FindGenerated
func BenchmarkFindGenerated(b *testing.B) {
	texts := gen.Texts(50, 1)
	total := gen.Size(texts)
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, s := range texts {
			Find(s)
		}
	}
}

// TestBareFiguresGenerated checks bareFigure on the figures of generated
// reports, which are mostly bare.
func TestBareFiguresGenerated(t *testing.T) {
	for _, s := range gen.Texts(100, 3) {
		checkBareFigures(t, s)
		checkTypeRightBefore(t, s)
	}
}
