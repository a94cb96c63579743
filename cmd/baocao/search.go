package main

import (
	"context"
	"fmt"
	"strings"

	"baocao/index"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "search", `[--format json] [--limit N] [--province P] [--year Y] QUERY`)
	format := fs.String("format", "", "output `format`: json, or empty for people")
	var q index.Query
	fs.IntVar(&q.Limit, "limit", 10, "hits to show")
	fs.IntVar(&q.Offset, "offset", 0, "hits to skip")
	fs.StringVar(&q.Province, "province", "", "only documents of this province")
	fs.IntVar(&q.Year, "year", 0, "only documents of this year")
	fs.StringVar(&q.Type, "type", "", "only documents of this type (Báo cáo, Kế hoạch, ...)")
	fs.BoolVar(&q.Facets, "facets", false, "count hits by province, year, type, format and encoding")
	fs.StringVar(&q.Sort, "sort", "", "order: relevance (default) or date (newest first)")
	fs.StringVar(&q.Indicator, "indicator", "", "only documents with records of this indicator id")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	q.Text = strings.Join(fs.Args(), " ")
	d, err := openData(*dataDir, readStore|useIndex) // fragments come from the store's texts
	if err != nil {
		return err
	}
	defer d.close()
	res, err := d.ix.Search(ctx, q)
	if err != nil {
		return fmt.Errorf("search: %w", err)
	}
	switch *format {
	case "json":
		return writeJSON(e.stdout, res)
	case "":
	default:
		return fmt.Errorf("search: unknown format %q", *format)
	}
	fmt.Fprintf(e.stdout, "%d documents match %q\n", res.Total, q.Text)
	hl := strings.NewReplacer(index.MarkStart, "\033[1m", index.MarkEnd, "\033[0m")
	if !isTerminal(e.stdout) {
		hl = strings.NewReplacer(index.MarkStart, "[", index.MarkEnd, "]")
	}
	for i, h := range res.Hits {
		fmt.Fprintf(e.stdout, "\n%d. %s  %s  (score %.3g)\n", q.Offset+i+1, h.Doc, h.File, h.Score)
		if h.Title != "" {
			fmt.Fprintf(e.stdout, "   %s\n", h.Title)
		}
		for _, f := range h.Fragments {
			fmt.Fprintf(e.stdout, "   %s\n", hl.Replace(strings.Join(strings.Fields(f), " ")))
		}
	}
	for _, name := range []string{"province", "year", "type", "format", "encoding"} {
		if fc := res.Facets[name]; len(fc) > 0 {
			var parts []string
			for _, c := range fc {
				parts = append(parts, fmt.Sprintf("%s (%d)", c.Value, c.Count))
			}
			fmt.Fprintf(e.stdout, "\n%s: %s", name, strings.Join(parts, ", "))
		}
	}
	if q.Facets {
		fmt.Fprintln(e.stdout)
	}
	return nil
}
