// Package cpu reads the CPU time the process has used, for benchmarks: on a
// machine shared with other work, wall-clock throughput moves with the load,
// CPU time per byte or per query much less.
package cpu

import (
	"syscall"
	"testing"
	"time"
)

// Time is the user and system CPU time the process has used so far, or 0
// when the system does not say.
func Time() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// ReportMBs reports on b the megabytes processed per CPU second since
// start ("cpuMB/s"), bytes being what all the iterations processed.
func ReportMBs(b *testing.B, start time.Duration, bytes int) {
	if d := Time() - start; d > 0 && bytes > 0 {
		b.ReportMetric(float64(bytes)/d.Seconds()/1e6, "cpuMB/s")
	}
}

// MinRatio runs old and new on each input by turns (which goes first
// alternates from input to input) and reports on b the sum over the inputs
// of the fastest old time over the fastest new one ("old/new"): on a shared
// machine the minima are what the code costs, without the other jobs'
// share, so two implementations compare in one run.
func MinRatio(b *testing.B, inputs []string, new, old func(string)) {
	best := make([][2]time.Duration, len(inputs))
	for b.Loop() {
		for k, s := range inputs {
			fs := [2]func(string){new, old}
			for j := range 2 {
				j ^= k & 1
				t0 := time.Now()
				fs[j](s)
				if d := time.Since(t0); best[k][j] == 0 || d < best[k][j] {
					best[k][j] = d
				}
			}
		}
	}
	var sum [2]time.Duration
	for _, d := range best {
		sum[0] += d[0]
		sum[1] += d[1]
	}
	b.ReportMetric(float64(sum[1])/float64(sum[0]), "old/new")
}
