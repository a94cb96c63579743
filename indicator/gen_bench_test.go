package indicator

import (
	"testing"

	"baocao"
	"baocao/extract"
	"baocao/gen"
	"baocao/internal/cpu"
)

// BenchmarkAssignGenerated names the records of generated reports, read
// once by extract: go test ./indicator -run XXX -bench AssignGenerated
func BenchmarkAssignGenerated(b *testing.B) {
	texts := gen.Texts(100, 1)
	recs := make([][]baocao.Record, len(texts))
	total := 0
	for i, s := range texts {
		recs[i] = extract.Records(s)
		total += len(s)
	}
	b.SetBytes(int64(total))
	start, n := cpu.Time(), 0
	for b.Loop() {
		for i, s := range texts {
			for k := range recs[i] {
				recs[i][k].IndicatorID = ""
			}
			Assign(s, recs[i])
		}
		n++
	}
	cpu.ReportMBs(b, start, n*total)
}
