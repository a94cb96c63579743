package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"baocao/gen"
)

// Config says what to measure.
type Config struct {
	Exe     string // the baocao binary to run import/serve with
	Work    string // scratch folder (corpora, data folders)
	Sizes   []int  // corpus sizes for import and memory, e.g. 5000, 20000
	Search  int    // documents in the search corpus (the largest size if 0)
	Queries int    // queries per kind for latency
	PDFs    int    // text PDFs for the PDF reader benchmark
	Runs    int    // repetitions of the in-process measures; medians are quoted
	// ImportRuns is rounds of the 2-worker import, each followed by bleve
	// alone on the same texts; medians are quoted.
	ImportRuns int
	Log        io.Writer
}

// Row is one figure of the table.
type Row struct {
	Area, Measure, Value, Command string
}

// Run measures everything and returns the rows in table order.
func Run(ctx context.Context, cfg Config) ([]Row, error) {
	if cfg.Runs <= 0 {
		cfg.Runs = 3
	}
	if cfg.Queries <= 0 {
		cfg.Queries = 200
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	var rows []Row
	add := func(rs []Row, err error) error {
		rows = append(rows, rs...)
		return err
	}
	largest := 0
	for _, n := range cfg.Sizes {
		largest = max(largest, n)
	}
	if err := add(extraction(cfg)); err != nil {
		return rows, fmt.Errorf("extraction: %w", err)
	}
	for _, n := range cfg.Sizes {
		if err := add(importRun(ctx, cfg, n, n == largest)); err != nil {
			return rows, fmt.Errorf("import %d: %w", n, err)
		}
	}
	if cfg.PDFs > 0 {
		if err := add(pdfRun(ctx, cfg)); err != nil {
			return rows, fmt.Errorf("pdf: %w", err)
		}
	}
	return rows, nil
}

// corpus generates (once) a corpus of n reports in the given format mix.
func corpus(cfg Config, name string, n int, formats map[string]int) (string, gen.Stats, error) {
	dir := filepath.Join(cfg.Work, fmt.Sprintf("%s-%d", name, n))
	if _, err := os.Stat(filepath.Join(dir, gen.TruthFile)); err == nil {
		return dir, gen.Stats{Reports: n}, nil
	}
	os.RemoveAll(dir)
	fmt.Fprintf(cfg.Log, "generating %d reports in %s\n", n, dir)
	st, err := gen.Generate(gen.Options{Dir: dir, N: n, Seed: 1, Formats: formats, CorruptShare: 0.02, DuplicateShare: 0.01})
	return dir, st, err
}

// child runs the baocao binary and returns its wall time and peak RSS.
//
// The peak is the child's own VmHWM (/proc/PID/status), read every 20 ms
// while it runs. rusage's maxrss is not: Go starts children with vfork,
// and Linux carries the parent's high-water mark into the child's at exec,
// so every import after the benchmark process had held a corpus in memory
// reported the benchmark's peak (the same figure for 1 and 2 workers).
// rusage is the fallback where /proc is missing.
func child(ctx context.Context, cfg Config, args ...string) (time.Duration, int64, error) {
	cmd := exec.CommandContext(ctx, cfg.Exe, args...)
	cmd.Stderr = cfg.Log
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	done := make(chan struct{})
	peak := make(chan int64, 1)
	go func() {
		var hwm int64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			if v := readHWM(cmd.Process.Pid); v > hwm {
				hwm = v
			}
			select {
			case <-done:
				peak <- hwm
				return
			case <-t.C:
			}
		}
	}()
	err := cmd.Wait()
	wall := time.Since(start)
	close(done)
	rss := <-peak
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && rss == 0 {
			rss = ru.Maxrss * 1024 // kilobytes on Linux
		}
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
			err = nil // finished with some failed files: the corrupt ones
		}
	}
	return wall, rss, err
}

// readHWM reads the peak resident set of process pid in bytes (VmHWM), or
// 0 when it cannot.
func readHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func percentile(xs []float64, p float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	i := int(p * float64(len(s)-1))
	return s[i]
}

// dirSize sums the sizes of the files under p.
func dirSize(p string) int64 {
	var n int64
	filepath.Walk(p, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

// Machine describes where the figures came from.
func Machine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				cpu = strings.TrimSpace(strings.SplitN(l, ":", 2)[1])
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		fmt.Sscanf(strings.SplitN(string(b), "\n", 2)[0], "MemTotal: %d kB", &kb)
		mem = fmt.Sprintf(", %.0f GiB RAM", float64(kb)/1024/1024)
	}
	return fmt.Sprintf("%s, %d cores%s, %s %s/%s", cpu, runtime.NumCPU(), mem, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
