package export

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// maxCellRunes is Excel's limit on the characters of one cell; longer text
// makes the file unreadable, so it is cut.
const maxCellRunes = 32767

// writeXLSX writes one sheet through excelize's stream writer, which keeps
// memory flat in the number of rows.
func writeXLSX[T any](w io.Writer, sheet string, cols []column[T], rows []T) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("export: xlsx: %w", cerr)
		}
	}()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return fmt.Errorf("export: xlsx: %w", err)
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return fmt.Errorf("export: xlsx: %w", err)
	}
	row := make([]any, len(cols))
	for i, c := range cols {
		row[i] = c.name
	}
	if err := sw.SetRow("A1", row); err != nil {
		return fmt.Errorf("export: xlsx: %w", err)
	}
	for i := range rows {
		for j, c := range cols {
			v := c.cell(&rows[i])
			if s, ok := v.(string); ok && len(s) > maxCellRunes && utf8.RuneCountInString(s) > maxCellRunes {
				v = string([]rune(s)[:maxCellRunes])
			}
			row[j] = v
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return fmt.Errorf("export: xlsx: %w", err)
		}
		if err := sw.SetRow(cell, row); err != nil {
			return fmt.Errorf("export: xlsx: row %d: %w", i+2, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("export: xlsx: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("export: xlsx: %w", err)
	}
	return nil
}
