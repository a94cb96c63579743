package bench

import (
	"testing"

	"baocao"
	"baocao/check"
	"baocao/extract"
	"baocao/gen"
	"baocao/indicator"
	"baocao/internal/cpu"
)

// BenchmarkExtraction times the chain of the extraction measure (Clean,
// meta.Read, RecordsNumbers, Assign, RunNumbers) and, apart, the records
// and figures, the checks and the indicators on figures extract read beforehand, in CPU time
// (cpuMB/s), which a machine shared with other work moves less than the
// wall clock: go test ./bench -run XXX -bench Extraction -cpu 1
func BenchmarkExtraction(b *testing.B) {
	texts := gen.Texts(100, 1)
	total := 0
	recs := make([][]baocao.Record, len(texts))
	nums := make([][]extract.Number, len(texts))
	for i, s := range texts {
		total += len(s)
		recs[i], nums[i] = extract.RecordsNumbers(s)
	}
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(total))
			start, n := cpu.Time(), 0
			for b.Loop() {
				f()
				n++
			}
			cpu.ReportMBs(b, start, n*total)
		})
	}
	run("all", func() {
		for _, s := range texts {
			extractOne(s)
		}
	})
	run("records+numbers", func() {
		for _, s := range texts {
			extract.RecordsNumbers(s)
		}
	})
	run("checks", func() {
		for i, s := range texts {
			check.RunNumbers(s, nums[i], recs[i])
		}
	})
	run("indicator", func() {
		for i, s := range texts {
			for k := range recs[i] {
				recs[i][k].IndicatorID = ""
			}
			indicator.Assign(s, recs[i])
		}
	})
}
