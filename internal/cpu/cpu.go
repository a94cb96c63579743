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
