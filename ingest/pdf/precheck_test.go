package pdf

import (
	"context"
	"errors"
	"strings"
	"testing"

	"baocao"
)

// TestXrefTooLarge plants object counts the file cannot hold where the
// library would size its table from them.
func TestXrefTooLarge(t *testing.T) {
	good := string(testPDF{pages: []string{text("F1", 10, 72, 700, "x")}}.bytes())
	tests := []struct {
		name string
		pdf  string
		want bool
	}{
		{"well-formed", good, false},
		{"subsection start", strings.Replace(good, "xref\n0 ", "xref\n77777777 ", 1), true},
		{"subsection count", strings.Replace(good, "xref\n0 ", "xref\n0 9999999", 1), true},
		{"second subsection", strings.Replace(good, "trailer", "99999990 2\n0000000000 65535 f \n0000000000 65535 f \ntrailer", 1), true},
		{"second subsection that fits", strings.Replace(good, "trailer", "40 1\n0000000000 65535 f \ntrailer", 1), false},
		{"trailer /Size", strings.Replace(good, "/Size ", "/Size 5000000", 1), true},
		{"xref stream /Index", good + "9 0 obj\n<< /Type /XRef /Index [0 3 4000000 2] >>\nendobj\n", true},
		{"xref stream /Index that fits", good + "9 0 obj\n<< /Type /XRef /Index [0 3 40 2] >>\nendobj\n", false},
		{"startxref is not a table", strings.Replace(good, "startxref\n", "startxref\n99999999 ", 1), false},
	}
	for _, tt := range tests {
		if got := xrefTooLarge([]byte(tt.pdf)); got != tt.want {
			t.Errorf("%s: xrefTooLarge = %v, want %v", tt.name, got, tt.want)
		}
	}
	_, err := lib.Read(context.Background(), baocao.Source{Name: "big.pdf", Data: []byte(tests[1].pdf)})
	if !errors.Is(err, baocao.ErrCorrupt) || !strings.Contains(err.Error(), "more objects than the file has bytes") {
		t.Errorf("Read of a file declaring 77.777.786 objects: error %v, want %v saying why", err, baocao.ErrCorrupt)
	}
}
