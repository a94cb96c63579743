package check

import (
	"fmt"
	"strconv"

	"baocao"
)

// checkLine is the one-line golden form of a check.
func checkLine(c baocao.Check) string {
	sev := ""
	if c.Severity != "" {
		sev = " " + c.Severity
	}
	return fmt.Sprintf("%d-%d %s %s%s stated=%q computed=%q | %s", c.Start, c.End, c.Kind, c.Status, sev, c.StatedText, c.ComputedText, c.Reason)
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
