package xls

import (
	"math"
	"strconv"
	"strings"
)

// cell is one non-empty cell of a sheet.
type cell struct {
	row, col int
	text     string
	xf       int
}

// rkValue decodes an RK number ([MS-XLS] 2.5.217): a 30-bit integer or the
// top 30 bits of a double, optionally divided by 100.
func rkValue(rk uint32) float64 {
	var v float64
	if rk&0x02 != 0 {
		v = float64(int32(rk) >> 2)
	} else {
		v = math.Float64frombits(uint64(rk&0xFFFFFFFC) << 32)
	}
	if rk&0x01 != 0 {
		v /= 100
	}
	return v
}

// formatNumber writes v as Excel's General format shows it: integers in
// full, other values rounded to ten significant digits without trailing
// zeros, so 1234.4999999999 reads 1234.5.
func formatNumber(v float64) string {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return ""
	case v == math.Trunc(v) && math.Abs(v) < 1e15:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatFloat(v, 'g', 10, 64)
	if strings.ContainsAny(s, "eE") {
		a := math.Abs(v)
		if a >= 1e-9 && a < 1e15 {
			// Keep plain notation: digits after the point so that ten
			// significant digits survive.
			dec := 9 - int(math.Floor(math.Log10(a)))
			s = strconv.FormatFloat(v, 'f', max(dec, 0), 64)
			if strings.Contains(s, ".") {
				s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
			}
		}
	}
	return s
}

// boolErr renders a BOOLERR value or a formula's boolean or error result.
func boolErr(v byte, isErr bool) string {
	if !isErr {
		if v != 0 {
			return "TRUE"
		}
		return "FALSE"
	}
	switch v {
	case 0x00:
		return "#NULL!"
	case 0x07:
		return "#DIV/0!"
	case 0x0F:
		return "#VALUE!"
	case 0x17:
		return "#REF!"
	case 0x1D:
		return "#NAME?"
	case 0x24:
		return "#NUM!"
	case 0x2A:
		return "#N/A"
	}
	return "#ERR"
}
