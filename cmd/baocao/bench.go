package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"baocao/bench"
)

func runBench(ctx context.Context, e *env, args []string) error {
	fs, _ := newFlags(e, "bench", "[--sizes 5000,20000] [--update BENCHMARKS.md]")
	sizes := fs.String("sizes", "5000,20000", "corpus `sizes` for import throughput and memory; search runs on the largest")
	cfg := bench.Config{Log: e.stderr}
	fs.IntVar(&cfg.Queries, "queries", 200, "queries per kind for search latency")
	fs.IntVar(&cfg.PDFs, "pdfs", 50, "text PDFs for the PDF reader figures (0 skips)")
	fs.IntVar(&cfg.Runs, "runs", 3, "repetitions of the in-process measures (medians are quoted)")
	fs.IntVar(&cfg.ImportRuns, "import-runs", 3, "rounds of the 2-worker import, each followed by bleve alone (medians are quoted)")
	fs.StringVar(&cfg.Work, "work", "", "scratch `folder` for corpora and data folders (default: a temporary folder, removed)")
	update := fs.String("update", "", "rewrite the generated table in this Markdown `file`")
	if err := parse(fs, args); err != nil {
		return err
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return fmt.Errorf("bench: bad size %q", s)
		}
		cfg.Sizes = append(cfg.Sizes, n)
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cfg.Exe = exe
	if cfg.Work == "" {
		if cfg.Work, err = os.MkdirTemp("", "baocao-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(cfg.Work)
	}
	rows, err := bench.Run(ctx, cfg)
	bench.Print(e.stdout, rows)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if *update != "" {
		command := "baocao bench --sizes " + *sizes + " --queries " + strconv.Itoa(cfg.Queries) + " --pdfs " + strconv.Itoa(cfg.PDFs) + " --import-runs " + strconv.Itoa(cfg.ImportRuns)
		return bench.Update(*update, bench.Table(rows, command))
	}
	return nil
}
