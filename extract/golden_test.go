package extract

import (
	"fmt"
	"strconv"

	"baocao"
)

// recordLine is the one-line golden form of a record.
func recordLine(r baocao.Record) string {
	s := fmt.Sprintf("%d-%d %s %q unit=%q value=%s", r.Start, r.End, r.Kind, r.Indicator, r.Unit, num(r.Value))
	if r.Target != nil {
		s += " target=" + num(*r.Target)
	}
	if r.Percent != nil {
		s += " percent=" + num(*r.Percent)
	}
	if r.Qualifier != "" {
		s += " qual=" + r.Qualifier
	}
	if r.Plan {
		s += " plan"
	}
	s += fmt.Sprintf(" year=%d texts=%q/%q/%q", r.Year, r.ValueText, r.TargetText, r.PercentText)
	return s
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func shortLine(r baocao.Record) string {
	s := fmt.Sprintf("%s %q unit=%q value=%s", r.Kind, r.Indicator, r.Unit, num(r.Value))
	if r.Target != nil {
		s += " target=" + num(*r.Target)
	}
	if r.Percent != nil {
		s += " percent=" + num(*r.Percent)
	}
	if r.Qualifier != "" {
		s += " qual=" + r.Qualifier
	}
	return s + fmt.Sprintf(" year=%d", r.Year)
}
