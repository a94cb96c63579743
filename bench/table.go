package bench

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Markers delimit the generated part of BENCHMARKS.md.
const (
	BeginMarker = "<!-- bench:begin -->"
	EndMarker   = "<!-- bench:end -->"
)

// Table renders rows as a Markdown table headed by the machine and date.
func Table(rows []Row, command string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured %s on %s with `%s`.\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"), Machine(), command)
	b.WriteString("| area | measure | figure | reproduce |\n|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | `%s` |\n", r.Area, r.Measure, r.Value, r.Command)
	}
	return b.String()
}

// Update replaces the generated part of the Markdown file at path (between
// BeginMarker and EndMarker, appended when absent) with table.
func Update(path, table string) error {
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	s := string(old)
	block := BeginMarker + "\n" + table + EndMarker
	i, j := strings.Index(s, BeginMarker), strings.Index(s, EndMarker)
	if i >= 0 && j > i {
		s = s[:i] + block + s[j+len(EndMarker):]
	} else {
		if s != "" && !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		s += "\n" + block + "\n"
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// Print writes the table for people.
func Print(w io.Writer, rows []Row) {
	for _, r := range rows {
		fmt.Fprintf(w, "%-10s %-70s %s\n", r.Area, r.Measure, r.Value)
	}
}
