package indicator

import (
	"syscall"
	"testing"
	"time"

	"baocao"
	"baocao/extract"
	"baocao/gen"
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
	cpu, n := cpuTime(), 0
	for b.Loop() {
		for i, s := range texts {
			for k := range recs[i] {
				recs[i][k].IndicatorID = ""
			}
			Assign(s, recs[i])
		}
		n++
	}
	if d := cpuTime() - cpu; d > 0 {
		b.ReportMetric(float64(n*total)/d.Seconds()/1e6, "cpuMB/s")
	}
}

// cpuTime is the CPU time the process has used so far. On a machine
// shared with other work, wall-clock MB/s moves with the load; CPU time
// per byte moves much less.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
