//go:build unix

package bench

import (
	"syscall"
	"testing"
	"time"

	"baocao/extract"
	"baocao/gen"
)

// BenchmarkRecordsNumbersCPU is Stages/records+numbers reporting the
// process's CPU time per op besides the wall time: on a machine shared
// with other work, CPU time is the steadier figure to compare two builds
// by (alternated runs of each).
func BenchmarkRecordsNumbersCPU(b *testing.B) {
	texts := gen.Texts(100, 1)
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	b.SetBytes(int64(total))
	start := cpuTime()
	n := 0
	for b.Loop() {
		for _, s := range texts {
			extract.RecordsNumbers(s)
		}
		n++
	}
	b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(n), "cpu-ns/op")
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
