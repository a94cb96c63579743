package check

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"baocao/extract"
	"baocao/gen"
)

// parseAttainment is how a stated percent was read before quotes: Parse,
// then 100 added for "vượt". readAttainment must agree with it.
func parseAttainment(s string) (extract.Number, error) {
	rest, over := strings.CutPrefix(s, "vượt ")
	n, err := extract.Parse(rest)
	if err != nil || !over {
		return n, err
	}
	h := big.NewRat(100, 1)
	n.Value.Add(n.Value, h)
	if n.Lo != nil {
		n.Lo.Add(n.Lo, h)
	}
	if n.Hi != nil {
		n.Hi.Add(n.Hi, h)
	}
	n.Text = s
	return n, nil
}

// quoteTexts are written forms at and past the edges of readPlain.
var quoteTexts = []string{
	"0", "7", "03", "0,5", "0,5%", "00", "1.5", "1.500", "1.500,25", "1.500,25%", "12.345.678", "1234.567", "1234,567",
	"1,234,567", "1,234", "1.234.5", "1.23", "1.2345", "98,13%", "100%", "5 %", " 5%", "5%%", "%", ",5", "5,", "5.",
	"1.000.000.000.000.000.000", "999.999.999.999.999.999", "9.999.999.999.999.999.999", "0123456789", "2021",
	"2.354 triệu đồng", "khoảng 7.000", "120-150", "<3%", "trên 16.000", "1-1,5", "13.676,5 triệu đồng",
	"vượt 5%", "vượt 5,5%", "vượt khoảng 5%", "vượt 0", "vượt", "vượt 1.5", "٣", "1.000,", "1.000,5.5",
}

func TestReadQuote(t *testing.T) {
	texts := append([]string(nil), quoteTexts...)
	for _, s := range gen.Texts(30, 11) {
		for _, r := range extract.Records(s) {
			texts = append(texts, r.ValueText, r.TargetText, r.PercentText, r.Qualifier+" "+r.ValueText)
		}
	}
	for i := 0; i < 3000; i++ { // digits, dots and commas in every order
		var b strings.Builder
		for k := i; k > 0; k /= 13 {
			b.WriteByte("0123456789.,%"[k%13])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want, wantOK := "", false
		if n, err := extract.Parse(s); err == nil {
			want, wantOK = quoteString(quoteOf(n)), true
		}
		if q, ok := readQuote(s); ok != wantOK || (ok && quoteString(q) != want) {
			t.Errorf("readQuote(%q) = %s %v, want %s %v", s, quoteString(q), ok, want, wantOK)
		}
		want, wantOK = "", false
		if n, err := parseAttainment(s); err == nil {
			want, wantOK = quoteString(quoteOf(n)), true
		}
		if q, ok := readAttainment(s); ok != wantOK || (ok && quoteString(q) != want) {
			t.Errorf("readAttainment(%q) = %s %v, want %s %v", s, quoteString(q), ok, want, wantOK)
		}
	}
}

// quoteString shows every field of q by value.
func quoteString(q quote) string {
	hi := "∞"
	if !q.operand.open {
		hi = q.operand.hi.rat().RatString()
	}
	return fmt.Sprintf("%q dec=%d exp=%d v=%s [%s, %s] bounds=%s", q.written(), q.decimals, q.scaleExp,
		q.value.rat().RatString(), q.operand.lo.rat().RatString(), hi, rangeText(q.widened(), 12, ""))
}
