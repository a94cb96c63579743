package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"baocao/importer"
	"baocao/ingest"
)

func runImport(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "import", "[--workers N] [--from ENC] [--format jsonl] PATH...")
	workers := fs.Int("workers", runtime.NumCPU(), "files read and analysed at once")
	from := fs.String("from", "", "force the legacy `encoding` of every file ("+encodingNames()+"); default: detect")
	format := fs.String("format", "", "output `format`: jsonl (one line per file and a summary), or empty for people")
	retry := fs.Bool("retry-failed", false, "import only the files whose last attempt failed")
	recheck := fs.Bool("recheck", false, "read every file again, even when size and time match the ledger")
	maxMB := fs.Int("max-size", int(ingest.DefaultLimits.MaxSize>>20), "largest file to read, in `MB`; larger files fail with \"too large\"")
	timeout := fs.Duration("timeout", ingest.DefaultLimits.Timeout, "time limit per file")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the import to this `file` (go tool pprof)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer stop()
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	if *format != "" && *format != "jsonl" {
		return fmt.Errorf("import: unknown format %q", *format)
	}
	limitMemory()
	d, err := openData(*dataDir, writeStore)
	if err != nil {
		return err
	}
	defer d.close()
	d.ix.ReleasePagesEvery(releasePagesEvery)

	opt := importer.Options{Config: config(*from), Workers: *workers, RetryFailed: *retry, Recheck: *recheck}
	opt.MaxSize, opt.Timeout = int64(*maxMB)<<20, *timeout
	prog := newProgress(e.stderr, *format == "jsonl")
	opt.Start = func(n int) { prog.total = n }
	opt.Progress = func(r importer.Result) {
		if *format == "jsonl" {
			writeJSONL(e.stdout, []importer.Result{r})
			return
		}
		prog.file(r)
	}
	sum, err := importer.Run(ctx, fs.Args(), d.st, d.ix, opt)
	prog.done()
	if *format == "jsonl" {
		writeJSONL(e.stdout, []any{struct {
			Summary importer.Summary `json:"summary"`
		}{sum}})
	} else {
		printSummary(e.stdout, sum)
	}
	if cerr := d.close(); cerr != nil && err == nil {
		err = cerr
	}
	switch {
	case errors.Is(err, importer.ErrSomeFailed):
		return errPartial
	case err != nil:
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

// releasePagesEvery is how often an import drops the index's mapped
// segment pages from its resident set (index.ReleasePagesEvery): with it the
// import's peak RSS stopped growing with the index.
const releasePagesEvery = 50 * time.Millisecond

// limitMemory sets the import's garbage collector (importer.MemoryLimit,
// importer.GCPercent) unless GOMEMLIMIT or GOGC say otherwise.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(importer.MemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(importer.GCPercent)
	}
}

// startCPUProfile profiles the process into path until the returned
// function is called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func printSummary(w io.Writer, s importer.Summary) {
	fmt.Fprintf(w, "%d files: %d imported, %d unchanged, %d failed (%.1f MB in %.1f s)\n",
		s.Files, s.Imported, s.Unchanged, s.Failed, float64(s.Bytes)/1e6, s.Seconds)
	for r, n := range s.Reasons {
		fmt.Fprintf(w, "  failed: %d × %s\n", n, r)
	}
}

// progress prints what import does for people: on a terminal a live line,
// in a pipe one line per failure only.
type progress struct {
	w     io.Writer
	tty   bool
	quiet bool
	start time.Time
	total int
	n     int
	fails int
	bytes int64
	last  time.Time
}

func newProgress(w io.Writer, quiet bool) *progress {
	return &progress{w: w, quiet: quiet, start: time.Now(), tty: isTerminal(w)}
}

func (p *progress) file(r importer.Result) {
	p.n++
	p.bytes += r.Size
	if r.Status == importer.Failed {
		p.fails++
		if p.tty {
			fmt.Fprint(p.w, "\r\033[K")
		}
		fmt.Fprintf(p.w, "failed: %s: %s\n", r.File, r.Reason)
	}
	if p.quiet || !p.tty || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	secs := time.Since(p.start).Seconds()
	rate := float64(p.n) / secs
	eta := time.Duration(float64(p.total-p.n)/rate) * time.Second
	fmt.Fprintf(p.w, "\r\033[K%d/%d files, %.1f docs/s, %.1f MB/s, ETA %v, %d failed", p.n, p.total,
		rate, float64(p.bytes)/1e6/secs, eta.Round(time.Second), p.fails)
}

func (p *progress) done() {
	if p.tty && !p.quiet {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
