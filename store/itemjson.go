package store

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"baocao"
)

// The stored frames are JSON (doc.go), and encoding/json's reflection took
// some 40% of encoding a document's items in the import's workers. These
// appenders write the bytes json.Marshal writes for a Record and a Check
// (TestItemJSON compares them on every item of the generated corpus and on
// awkward values); strings and numbers they are not sure of go through
// encoding/json itself.

// appendRecord appends the JSON of r, as json.Marshal(r) writes it.
func appendRecord(b []byte, r *baocao.Record) ([]byte, bool) {
	if !finite(r.Value) || (r.Target != nil && !finite(*r.Target)) || (r.Percent != nil && !finite(*r.Percent)) {
		return b, false
	}
	b = append(b, `{"doc":`...)
	b = appendString(b, r.Doc)
	b = append(b, `,"file":`...)
	b = appendString(b, r.File)
	b = append(b, `,"indicator":`...)
	b = appendString(b, r.Indicator)
	if r.IndicatorID != "" {
		b = append(b, `,"indicator_id":`...)
		b = appendString(b, r.IndicatorID)
	}
	b = append(b, `,"unit":`...)
	b = appendString(b, r.Unit)
	b = append(b, `,"value":`...)
	b = appendFloat(b, r.Value)
	b = append(b, `,"target":`...)
	b = appendFloatPtr(b, r.Target)
	b = append(b, `,"percent":`...)
	b = appendFloatPtr(b, r.Percent)
	b = append(b, `,"qualifier":`...)
	b = appendString(b, r.Qualifier)
	b = append(b, `,"year":`...)
	b = strconv.AppendInt(b, int64(r.Year), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, r.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(r.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(r.End), 10)
	b = appendOmitString(b, `,"value_text":`, r.ValueText)
	b = appendOmitString(b, `,"target_text":`, r.TargetText)
	b = appendOmitString(b, `,"percent_text":`, r.PercentText)
	b = appendOmitString(b, `,"kind":`, r.Kind)
	b = appendOmitString(b, `,"period":`, r.Period)
	if r.Plan {
		b = append(b, `,"plan":true`...)
	}
	b = appendOmitString(b, `,"province":`, r.Province)
	if r.Page != 0 {
		b = append(b, `,"page":`...)
		b = strconv.AppendInt(b, int64(r.Page), 10)
	}
	return append(b, '}'), true
}

// appendCheck appends the JSON of c, as json.Marshal(c) writes it.
func appendCheck(b []byte, c *baocao.Check) ([]byte, bool) {
	if !finite(c.Stated) || (c.Computed != nil && !finite(*c.Computed)) {
		return b, false
	}
	b = append(b, `{"doc":`...)
	b = appendString(b, c.Doc)
	b = append(b, `,"file":`...)
	b = appendString(b, c.File)
	b = append(b, `,"kind":`...)
	b = appendString(b, c.Kind)
	b = append(b, `,"status":`...)
	b = appendString(b, c.Status)
	b = append(b, `,"stated":`...)
	b = appendFloat(b, c.Stated)
	b = append(b, `,"computed":`...)
	b = appendFloatPtr(b, c.Computed)
	b = append(b, `,"text":`...)
	b = appendString(b, c.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(c.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(c.End), 10)
	b = append(b, `,"reason":`...)
	b = appendString(b, c.Reason)
	b = appendOmitString(b, `,"severity":`, c.Severity)
	b = appendOmitString(b, `,"stated_text":`, c.StatedText)
	b = appendOmitString(b, `,"computed_text":`, c.ComputedText)
	if c.Page != 0 {
		b = append(b, `,"page":`...)
		b = strconv.AppendInt(b, int64(c.Page), 10)
	}
	return append(b, '}'), true
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

func appendOmitString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendString(append(b, key...), s)
}

func appendFloatPtr(b []byte, f *float64) []byte {
	if f == nil {
		return append(b, "null"...)
	}
	return appendFloat(b, *f)
}

// appendFloat writes f the way encoding/json does: the shortest form that
// reads back, in exponent notation only for very small and very large
// magnitudes, with a two-digit negative exponent shortened (1e-07 → 1e-7).
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString writes s quoted. Strings with nothing to escape (most:
// Vietnamese letters, digits, punctuation) are copied; any other goes
// through encoding/json, whose escaping (HTML characters, U+2028, invalid
// UTF-8) the stored frames have always had.
func appendString(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return appendEscaped(b, s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r == '\u2028' || r == '\u2029' {
			return appendEscaped(b, s)
		}
		i += n
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

func appendEscaped(b []byte, s string) []byte {
	v, _ := json.Marshal(s) // a string always marshals
	return append(b, v...)
}
