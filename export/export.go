package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"baocao"
)

// Formats Records and Checks write.
const (
	CSV   = "csv"
	XLSX  = "xlsx"
	JSONL = "jsonl"
)

// ErrFormat means the format is none of CSV, XLSX and JSONL.
var ErrFormat = errors.New("export: unknown format")

// ContentType returns the MIME type of format, "" for an unknown one.
func ContentType(format string) string {
	switch format {
	case CSV:
		return "text/csv; charset=utf-8"
	case XLSX:
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case JSONL:
		return "application/x-ndjson; charset=utf-8"
	}
	return ""
}

// Records writes recs to w in format.
func Records(w io.Writer, format string, recs []baocao.Record) error {
	return write(w, format, "records", recordColumns, recs)
}

// Checks writes checks to w in format.
func Checks(w io.Writer, format string, checks []baocao.Check) error {
	return write(w, format, "checks", checkColumns, checks)
}

func write[T any](w io.Writer, format, sheet string, cols []column[T], rows []T) error {
	switch format {
	case CSV:
		return writeCSV(w, cols, rows)
	case XLSX:
		return writeXLSX(w, sheet, cols, rows)
	case JSONL:
		return writeJSONL(w, rows)
	}
	return fmt.Errorf("%w %q (want csv, xlsx or jsonl)", ErrFormat, format)
}

// writeJSONL writes one JSON object per line, HTML characters unescaped
// (the output is data, not a page).
func writeJSONL[T any](w io.Writer, rows []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range rows {
		if err := enc.Encode(rows[i]); err != nil {
			return fmt.Errorf("export: jsonl: %w", err)
		}
	}
	return nil
}

// A cell is a string, a float64, an int, or nil (an absent number).
type column[T any] struct {
	name string
	cell func(*T) any
}

func opt(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func optInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// recordColumns begin with the columns `baocao records --format csv` has
// always printed, so switching it to this package changes nothing there.
var recordColumns = []column[baocao.Record]{
	{"doc", func(r *baocao.Record) any { return r.Doc }},
	{"file", func(r *baocao.Record) any { return r.File }},
	{"indicator", func(r *baocao.Record) any { return r.Indicator }},
	{"indicator_id", func(r *baocao.Record) any { return r.IndicatorID }},
	{"unit", func(r *baocao.Record) any { return r.Unit }},
	{"value", func(r *baocao.Record) any { return r.Value }},
	{"target", func(r *baocao.Record) any { return opt(r.Target) }},
	{"percent", func(r *baocao.Record) any { return opt(r.Percent) }},
	{"qualifier", func(r *baocao.Record) any { return r.Qualifier }},
	{"year", func(r *baocao.Record) any { return r.Year }},
	{"province", func(r *baocao.Record) any { return r.Province }},
	{"page", func(r *baocao.Record) any { return r.Page }},
	{"start", func(r *baocao.Record) any { return r.Start }},
	{"end", func(r *baocao.Record) any { return r.End }},
	{"text", func(r *baocao.Record) any { return r.Text }},
	{"kind", func(r *baocao.Record) any { return r.Kind }},
	{"period", func(r *baocao.Record) any { return r.Period }},
	{"plan", func(r *baocao.Record) any { return strconv.FormatBool(r.Plan) }},
}

var checkColumns = []column[baocao.Check]{
	{"doc", func(c *baocao.Check) any { return c.Doc }},
	{"file", func(c *baocao.Check) any { return c.File }},
	{"kind", func(c *baocao.Check) any { return c.Kind }},
	{"status", func(c *baocao.Check) any { return c.Status }},
	{"severity", func(c *baocao.Check) any { return c.Severity }},
	{"stated", func(c *baocao.Check) any { return c.Stated }},
	{"computed", func(c *baocao.Check) any { return opt(c.Computed) }},
	{"page", func(c *baocao.Check) any { return optInt(c.Page) }},
	{"start", func(c *baocao.Check) any { return c.Start }},
	{"end", func(c *baocao.Check) any { return c.End }},
	{"reason", func(c *baocao.Check) any { return c.Reason }},
	{"text", func(c *baocao.Check) any { return c.Text }},
}
