package main

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"baocao"
	"baocao/extract"
	"baocao/store"
)

func runDocs(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "docs", "[--format jsonl]")
	format := fs.String("format", "", "output `format`: jsonl, or empty for people")
	if err := parse(fs, args); err != nil {
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
	switch *format {
	case "jsonl":
		return writeJSONL(e.stdout, docs)
	case "":
		t := newTable(e.stdout, "DOC", "FILE", "PROVINCE", "DATE", "TYPE", "NUMBER", "FORMAT", "ENCODING", "PAGES", "CHARS", "TITLE")
		for _, x := range docs {
			date := x.Date
			if date == "" && x.Year > 0 {
				date = strconv.Itoa(x.Year)
			}
			t.row(x.ID, clip(x.File, 40), x.Province, date, x.Type, x.Number, x.Format, x.Encoding,
				strconv.Itoa(x.Pages), strconv.Itoa(x.Chars), clip(x.Title, 60))
		}
		return t.flush()
	}
	return fmt.Errorf("docs: unknown format %q", *format)
}

func runRecords(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "records", "[--format jsonl|csv] [filters]")
	format := fs.String("format", "", "output `format`: jsonl, csv, or empty for people")
	var f store.Filter
	fs.StringVar(&f.Indicator, "indicator", "", "records whose indicator name contains this (without diacritics is fine), or whose indicator id is this")
	fs.StringVar(&f.Province, "province", "", "records of this province")
	fs.IntVar(&f.Year, "year", 0, "records of this year")
	fs.StringVar(&f.Doc, "doc", "", "records of this document id")
	fs.StringVar(&f.Kind, "kind", "", "records of this kind: ratio, count, money, percent")
	fs.Func("min-value", "records whose value is at least `N` (28101 or 28.101)", rangeEnd(&f.Value.Min))
	fs.Func("max-value", "records whose value is at most `N`", rangeEnd(&f.Value.Max))
	fs.Func("min-percent", "records whose stated percent is at least `P` (73.95 or 73,95)", rangeEnd(&f.Percent.Min))
	fs.Func("max-percent", "records whose stated percent is at most `P`", rangeEnd(&f.Percent.Max))
	if err := parse(fs, args); err != nil {
		return err
	}
	d, err := openData(*dataDir, readStore)
	if err != nil {
		return err
	}
	defer d.close()
	recs, err := records(d.st, f)
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl":
		return writeJSONL(e.stdout, recs)
	case "csv":
		return writeRecordsCSV(e.stdout, recs)
	case "":
		return printRecords(e.stdout, recs)
	}
	return fmt.Errorf("records: unknown format %q", *format)
}

// rangeEnd parses a bound written either way: 28101, 28.101 (Vietnamese
// thousands), 73.95 or 73,95.
func rangeEnd(end **float64) func(string) error {
	return func(s string) error {
		n, err := extract.Parse(s)
		if err != nil {
			return err
		}
		v, _ := n.Value.Float64()
		*end = &v
		return nil
	}
}

// records applies f; an --indicator that names an indicator id selects by id.
func records(st *store.Store, f store.Filter) ([]baocao.Record, error) {
	if f.Indicator != "" {
		byID := f
		byID.IndicatorID, byID.Indicator = f.Indicator, ""
		recs, err := st.Records(byID)
		if err != nil || len(recs) > 0 {
			return recs, err
		}
	}
	return st.Records(f)
}

func printRecords(w io.Writer, recs []baocao.Record) error {
	t := newTable(w, "DOC", "PAGE", "INDICATOR", "VALUE", "TARGET", "PERCENT", "UNIT", "QUAL", "YEAR", "PROVINCE")
	for _, r := range recs {
		page := ""
		if r.Page > 0 {
			page = strconv.Itoa(r.Page)
		}
		t.row(r.Doc, page, clip(r.Indicator, 50), num(r.Value), optNum(r.Target), optNum(r.Percent),
			r.Unit, r.Qualifier, strconv.Itoa(r.Year), r.Province)
	}
	return t.flush()
}

func writeRecordsCSV(w io.Writer, recs []baocao.Record) error {
	header := []string{"doc", "file", "indicator", "indicator_id", "unit", "value", "target", "percent",
		"qualifier", "year", "province", "page", "start", "end", "text"}
	rows := make([][]string, 0, len(recs))
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	opt := func(v *float64) string {
		if v == nil {
			return ""
		}
		return f(*v)
	}
	for _, r := range recs {
		rows = append(rows, []string{r.Doc, r.File, r.Indicator, r.IndicatorID, r.Unit, f(r.Value),
			opt(r.Target), opt(r.Percent), r.Qualifier, strconv.Itoa(r.Year), r.Province,
			strconv.Itoa(r.Page), strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Text})
	}
	return writeCSV(w, header, rows)
}

func runChecks(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "checks", "[--format jsonl] [--status S]")
	format := fs.String("format", "", "output `format`: jsonl, or empty for people")
	var f store.Filter
	fs.StringVar(&f.Status, "status", "", "checks with this status: ok, mismatch, unverifiable")
	fs.StringVar(&f.Kind, "kind", "", "checks of this kind: percent, sum, product, ...")
	fs.StringVar(&f.Doc, "doc", "", "checks of this document id")
	fs.StringVar(&f.Province, "province", "", "checks of this province")
	fs.IntVar(&f.Year, "year", 0, "checks of this year")
	if err := parse(fs, args); err != nil {
		return err
	}
	d, err := openData(*dataDir, readStore)
	if err != nil {
		return err
	}
	defer d.close()
	checks, err := d.st.Checks(f)
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl":
		return writeJSONL(e.stdout, checks)
	case "":
		return printChecks(e.stdout, checks)
	}
	return fmt.Errorf("checks: unknown format %q", *format)
}

func printChecks(w io.Writer, checks []baocao.Check) error {
	counts := map[string]int{}
	for _, c := range checks {
		counts[c.Status]++
	}
	t := newTable(w, "DOC", "KIND", "STATUS", "STATED", "COMPUTED", "REASON", "EVIDENCE")
	for _, c := range checks {
		status := c.Status
		if c.Severity != "" {
			status += " (" + c.Severity + ")"
		}
		computed := c.ComputedText
		if computed == "" {
			computed = optNum(c.Computed)
		}
		t.row(c.Doc, c.Kind, status, num(c.Stated), computed, clip(c.Reason, 70), clip(c.Text, 80))
	}
	if err := t.flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d checks: %d ok, %d mismatch, %d unverifiable\n", len(checks),
		counts[baocao.StatusOK], counts[baocao.StatusMismatch], counts[baocao.StatusUnverifiable])
	return err
}

// describeDoc is a one-paragraph description of a document for people.
func describeDoc(x *baocao.Document) string {
	s := fmt.Sprintf("%s  %s\n  %s", x.ID, x.File, x.Title)
	s += fmt.Sprintf("\n  type %q number %q date %q province %q agency %q", x.Type, x.Number, x.Date, x.Province, x.Agency)
	s += fmt.Sprintf("\n  format %s, encoding %s, %d pages, %d chars", x.Format, x.Encoding, x.Pages, x.Chars)
	return s
}
