package pdf

import (
	"bufio"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"baocao"
)

func TestOpenHex(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"BT (a) Tj ET", false},
		{"BT <0041> Tj ET", false},
		{"BT <00", true},
		{"BT <00 41\n", true},
		{"BT <", true},
		{"<< /A 1 >>", false},
		{"<<", false},
		{"<>", false},
		{"(a <b) Tj", false},   // inside a literal string
		{"(a \\) <b", false},   // escaped parenthesis: still in the string
		{"((x) <b) Tj", false}, // nested parentheses
		{"% comment <00\nBT", false},
		{"% comment\n<00", true},
		{"<00zz", false}, // the library fails on z, it does not loop
		{"<0 0\r\n\t\f", true},
	}
	for _, tt := range tests {
		if got := openHex(bufio.NewReader(strings.NewReader(tt.in))); got != tt.want {
			t.Errorf("openHex(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestReadOpenHex reads PDFs whose content stream or ToUnicode map ends
// inside a hex string: the library's lexer would loop there until the
// deadline. The page is reported, with no text, and the other is read.
func TestReadOpenHex(t *testing.T) {
	good := text("F1", 10, 72, 700, "two")
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0041> <00"
	tests := []struct {
		name string
		pdf  testPDF
		want string
	}{
		{"content", testPDF{pages: []string{"BT /F1 10 Tf 72 700 Td (one) Tj ET <4142", good}}, "<Helvetica>two §"},
		{"compressed stream, abbreviated filter", testPDF{pages: []string{"BT /F1 10 Tf 72 700 Td <41", good}, abbrevFilter: true}, "<Helvetica>two §"},
		{"ToUnicode", testPDF{pages: []string{"BT /F3 10 Tf 72 700 Td <0041> Tj ET", good}, toUnicode: cmap}, "<Helvetica>two §"},
	}
	r := &Reader{Pdftotext: "-", Timeout: 5 * time.Second}
	for _, tt := range tests {
		c, err := r.Read(context.Background(), baocao.Source{Name: tt.name + ".pdf", Data: tt.pdf.bytes()})
		if errors.Is(err, baocao.ErrTimeout) {
			t.Errorf("%s: Read timed out: the library looped", tt.name)
			continue
		}
		if err != nil {
			t.Errorf("%s: Read error %v", tt.name, err)
			continue
		}
		if got := render(c); got != tt.want {
			t.Errorf("%s: Read = %q, want %q", tt.name, got, tt.want)
		}
		if want := "pdf library failed on page 1: " + errOpenHex; !slices.Contains(c.Warnings, want) {
			t.Errorf("%s: Warnings = %q, want %q among them", tt.name, c.Warnings, want)
		}
	}
}
