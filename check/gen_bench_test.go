package check

import (
	"testing"

	"baocao"
	"baocao/extract"
	"baocao/gen"
	"baocao/internal/cpu"
)

// BenchmarkRunNumbersGenerated checks generated reports whose numbers and
// records extract read once, outside the loop, so only the checks are
// timed: go test ./check -run XXX -bench RunNumbersGenerated -cpu 1
func BenchmarkRunNumbersGenerated(b *testing.B) {
	texts := gen.Texts(100, 1)
	recs := make([][]baocao.Record, len(texts))
	nums := make([][]extract.Number, len(texts))
	total := 0
	for i, s := range texts {
		recs[i], nums[i] = extract.RecordsNumbers(s)
		total += len(s)
	}
	b.SetBytes(int64(total))
	start := cpu.Time()
	n := 0
	for b.Loop() {
		for i, s := range texts {
			RunNumbers(s, nums[i], recs[i])
		}
		n++
	}
	cpu.ReportMBs(b, start, n*total)
}
