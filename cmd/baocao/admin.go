package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"baocao/importer"
	"baocao/store"
)

func runReindex(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "reindex", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	d, err := openData(*dataDir, writeStore)
	if err != nil {
		return err
	}
	defer d.close()
	limitMemory()
	d.ix.ReleasePagesEvery(releasePagesEvery)
	start := time.Now()
	if err := d.ix.Reset(); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	n, err := importer.Reindex(ctx, d.st, d.ix)
	if err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	if err := d.ix.Compact(ctx); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	fmt.Fprintf(e.stdout, "reindexed %d documents in %.1f s\n", n, time.Since(start).Seconds())
	return d.close()
}

func runStatus(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "status", "[--format jsonl] [--all]")
	format := fs.String("format", "", "output `format`: jsonl (the newest ledger entry of each path), or empty for people")
	all := fs.Bool("all", false, "list every path, not only failures")
	if err := parse(fs, args); err != nil {
		return err
	}
	d, err := openData(*dataDir, readStore)
	if err != nil {
		return err
	}
	defer d.close()
	entries, err := d.st.Ledger("")
	if err != nil {
		return err
	}
	latest := latestEntries(entries)
	if *format == "jsonl" {
		return writeJSONL(e.stdout, latest)
	}
	if *format != "" {
		return fmt.Errorf("status: unknown format %q", *format)
	}
	counts, err := d.st.CountLedger()
	if err != nil {
		return err
	}
	st, err := d.st.Stats()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d documents, %d records, %d checks; %d paths in the ledger: %d imported, %d unchanged, %d failed\n",
		st.Documents, st.Records, st.Checks, counts.Paths,
		counts.ByStatus[store.LedgerImported], counts.ByStatus[store.LedgerUnchanged], counts.ByStatus[store.LedgerFailed])
	fmt.Fprintf(e.stdout, "store file %.1f MB (%.1f MB free; baocao compact gives it back):", float64(st.FileBytes)/1e6, float64(st.FreeBytes)/1e6)
	for _, b := range st.Buckets {
		if b.Name != "" && b.Alloc > 0 {
			fmt.Fprintf(e.stdout, " %s %.1f MB", b.Name, float64(b.Alloc)/1e6)
		}
	}
	fmt.Fprintln(e.stdout)
	// a reason is "category: what the reader said about this file"; count
	// by category
	byCat := map[string]int{}
	for r, n := range counts.ByReason {
		cat, _, _ := strings.Cut(r, ": ")
		byCat[cat] += n
	}
	reasons := make([]string, 0, len(byCat))
	for r := range byCat {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if byCat[reasons[i]] != byCat[reasons[j]] {
			return byCat[reasons[i]] > byCat[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	for _, r := range reasons {
		fmt.Fprintf(e.stdout, "  %5d  %s\n", byCat[r], r)
	}
	t := newTable(e.stdout, "STATUS", "FILE", "REASON", "WHEN")
	shown := 0
	for _, le := range latest {
		if !*all && le.Status != store.LedgerFailed {
			continue
		}
		shown++
		t.row(le.Status, le.Path, le.Reason, le.Time.Local().Format("2006-01-02 15:04"))
	}
	if shown == 0 {
		return nil
	}
	fmt.Fprintln(e.stdout)
	return t.flush()
}

// latestEntries keeps the newest entry of each path; entries come ordered by
// path, oldest first.
func latestEntries(entries []store.LedgerEntry) []store.LedgerEntry {
	var out []store.LedgerEntry
	for i, le := range entries {
		if i+1 < len(entries) && entries[i+1].Path == le.Path {
			continue
		}
		out = append(out, le)
	}
	return out
}

func runVerify(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "verify", "[--repair] [--format json]")
	repair := fs.Bool("repair", false, "re-add missing and stale documents to the index, delete orphans")
	format := fs.String("format", "", "output `format`: json, or empty for people")
	if err := parse(fs, args); err != nil {
		return err
	}
	mode := readStore | useIndex
	if *repair {
		mode = writeStore
	}
	d, err := openData(*dataDir, mode)
	if err != nil {
		return err
	}
	defer d.close()
	drift, err := importer.Verify(ctx, d.st, d.ix, *repair)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	if *format == "json" {
		if err := writeJSON(e.stdout, drift); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(e.stdout, "%d documents stored, %d indexed: %d missing from the index, %d stale, %d orphans\n",
			drift.Documents, drift.Indexed, len(drift.Missing), len(drift.Stale), len(drift.Orphans))
		for _, l := range []struct {
			what string
			ids  []string
		}{{"missing", drift.Missing}, {"stale", drift.Stale}, {"orphan", drift.Orphans}} {
			for _, id := range l.ids {
				fmt.Fprintf(e.stdout, "  %s %s\n", l.what, id)
			}
		}
		if *repair && !drift.OK() {
			fmt.Fprintln(e.stdout, "repaired")
		}
	}
	if !drift.OK() && !*repair {
		return errDrift
	}
	return d.close()
}

// errDrift makes verify exit 3 when the index differs from the store.
var errDrift = fmt.Errorf("index differs from the store (run baocao verify --repair): %w", errPartial)

func runCompact(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "compact", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	before, after, err := store.Compact(filepath.Join(*dataDir, storeFile))
	if err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	fmt.Fprintf(e.stdout, "store %.1f MB → %.1f MB\n", float64(before)/1e6, float64(after)/1e6)
	return nil
}
