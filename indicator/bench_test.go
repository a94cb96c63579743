package indicator

import (
	"os"
	"path/filepath"
	"testing"

	"baocao/extract"
)

func BenchmarkMatch(b *testing.B) {
	for b.Loop() {
		for _, tt := range matchTests {
			Match(tt.phrase, tt.unit)
		}
	}
	b.ReportMetric(float64(len(matchTests)), "phrases/op")
}

// BenchmarkAssignSeed names the records of the largest seed.
func BenchmarkAssignSeed(b *testing.B) {
	p := filepath.Join(seedDir, "004_0fb4bd408661e4a6.txt")
	text, err := os.ReadFile(p)
	if err != nil {
		b.Skip("no seed: ", err)
	}
	recs := extract.Records(string(text))
	for b.Loop() {
		for i := range recs {
			recs[i].IndicatorID = ""
		}
		Assign(string(text), recs)
	}
	b.ReportMetric(float64(len(recs)), "records/op")
}
