package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"baocao/gen"
	"baocao/store"
)

func runGen(ctx context.Context, e *env, args []string) error {
	fs, _ := newFlags(e, "gen", "[--n N] [--seed S] [--formats txt=40,html=20,...] --out DIR")
	var opt gen.Options
	fs.IntVar(&opt.N, "n", 100, "number of reports")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random seed: the same seed gives byte-identical files")
	fs.StringVar(&opt.Dir, "out", "", "`folder` to write the corpus into: the reports under "+gen.ReportsDir+"/, the truth in "+gen.TruthFile)
	fs.Float64Var(&opt.PlantShare, "plant", 0.05, "share of checkable claims made inconsistent")
	fs.Float64Var(&opt.CorruptShare, "corrupt", 0.02, "share of extra corrupt files")
	fs.Float64Var(&opt.DuplicateShare, "duplicates", 0.01, "share of extra copies under other names")
	fs.StringVar(&opt.Font, "font", "", "TrueType font `file` with Vietnamese glyphs for PDFs (default: DejaVu Sans)")
	formats := fs.String("formats", "", "format `weights`, e.g. txt=40,html=20,docx=20,pdf=10,tcvn3=5,vni=5")
	if err := parse(fs, args); err != nil {
		return err
	}
	if opt.Dir == "" || opt.N <= 0 {
		fs.Usage()
		return errUsage
	}
	if *formats != "" {
		opt.Formats = map[string]int{}
		for _, kv := range strings.Split(*formats, ",") {
			k, v, ok := strings.Cut(kv, "=")
			w, err := strconv.Atoi(v)
			if !ok || err != nil || w < 0 {
				return fmt.Errorf("gen: bad --formats entry %q (want name=weight)", kv)
			}
			opt.Formats[k] = w
		}
	}
	st, err := gen.Generate(opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d reports (%v), %d duplicates, %d corrupt files, %.1f MB in %s; truth: %d records, %d checks (%d planted) in %s\n",
		st.Reports, st.ByFormat, st.Duplicates, st.Corrupt, float64(st.Bytes)/1e6, filepath.Join(opt.Dir, gen.ReportsDir),
		st.Records, st.Checks, st.Planted, filepath.Join(opt.Dir, gen.TruthFile))
	return nil
}

func runScore(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "score", "--corpus DIR")
	corpus := fs.String("corpus", "", "the generated corpus `folder` that was imported (holds "+gen.TruthFile+")")
	format := fs.String("format", "", "output `format`: json, or empty for people")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *corpus == "" {
		fs.Usage()
		return errUsage
	}
	truth, err := gen.ReadTruth(filepath.Join(*corpus, gen.TruthFile))
	if err != nil {
		return err
	}
	d, err := openData(*dataDir, readStore)
	if err != nil {
		return err
	}
	defer d.close()
	docs, err := d.st.Documents()
	if err != nil {
		return err
	}
	recs, err := d.st.Records(store.Filter{})
	if err != nil {
		return err
	}
	checks, err := d.st.Checks(store.Filter{})
	if err != nil {
		return err
	}
	s := gen.Score(*corpus, truth, docs, recs, checks)
	if *format == "json" {
		return writeJSON(e.stdout, s)
	}
	s.Write(e.stdout)
	return nil
}
