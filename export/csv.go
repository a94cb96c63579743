package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// bom makes Excel read the CSV as UTF-8 instead of the machine's code page.
const bom = "\ufeff"

func writeCSV[T any](w io.Writer, cols []column[T], rows []T) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	cw := csv.NewWriter(w)
	rec := make([]string, len(cols))
	for i, c := range cols {
		rec[i] = c.name
	}
	if err := cw.Write(rec); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	for i := range rows {
		for j, c := range cols {
			rec[j] = csvCell(c.cell(&rows[i]))
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("export: csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	return nil
}

// csvCell formats a cell; numbers keep every digit (no %.2f rounding).
func csvCell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int:
		return strconv.Itoa(x)
	case string:
		return defuse(x)
	}
	return fmt.Sprint(v)
}

// defuse keeps a spreadsheet from reading text as a formula.
func defuse(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
