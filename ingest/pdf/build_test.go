package pdf

import (
	"bytes"
	"cmp"
	"compress/zlib"
	"fmt"
	"strings"
)

// testPDF builds small PDFs for tests: every page's content stream is
// given as PDF operators. Three fonts are available: /F1 Helvetica and
// /F2 ".VnTime", both WinAnsi simple fonts whose glyphs are all 500/1000 em
// wide, so positions are easy to predict, and /F3, a two-byte CID font
// without a ToUnicode map (codes 65, 66 are 500 and 600 wide, 67-90 400).
type testPDF struct {
	pages []string
	// cyclicTree makes the page tree's Kids point back at the tree.
	cyclicTree bool
	// info, when set, is the document's /Title.
	title string
	// abbrevFilter compresses the content streams and names their filter
	// "/Fl", as pdfFactory does.
	abbrevFilter bool
	// loopPrev points the trailer's /Prev at its own cross-reference
	// table: the library then reads it forever.
	loopPrev bool
	// annot, when set, is a content stream drawn by a free-text annotation
	// with an appearance on every page; annotType replaces FreeText.
	annot, annotType string
	// bareFont makes /F1 an unembedded Helvetica without Widths; noCID
	// leaves /F3 out of the pages' resources.
	bareFont, noCID bool
	// images gives the pages XObjects: /Big, a 2000×1000 image; /Small,
	// 40×30; /Mask, a 3000×3000 stencil mask; /Form, a form drawing /Big;
	// /Odd, a PostScript XObject.
	images bool
	// toUnicode, when set, is /F3's ToUnicode map (a CMap program).
	toUnicode string
}

func (t testPDF) bytes() []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	widths := strings.TrimSpace(strings.Repeat("500 ", 224))
	f1 := add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [%s] >>", widths))
	if t.bareFont {
		objs[f1-1] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	}
	annots := ""
	if t.annot != "" {
		typ := cmp.Or(t.annotType, "FreeText")
		ap := add(fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 %d 0 R >> >> /Length %d >>\nstream\n%s\nendstream", f1, len(t.annot), t.annot))
		a := add(fmt.Sprintf("<< /Type /Annot /Subtype /%s /Rect [72 500 372 520] /AP << /N %d 0 R >> >>", typ, ap))
		annots = fmt.Sprintf(" /Annots [%d 0 R]", a)
	}
	f2 := add(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+.VnTime,Bold /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [%s] >>", widths))
	desc := add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /XYZABC+ArialMT /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [65 [500 600] 67 90 400] >>")
	toUni := ""
	if t.toUnicode != "" {
		toUni = fmt.Sprintf(" /ToUnicode %d 0 R", add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(t.toUnicode), t.toUnicode)))
	}
	f3 := add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /XYZABC+ArialMT /Encoding /Identity-H /DescendantFonts [%d 0 R]%s >>", desc, toUni))
	xobjects := ""
	if t.images {
		img := func(dict string) int {
			return add("<< /Type /XObject /Subtype /Image " + dict + " /Length 0 >>\nstream\n\nendstream")
		}
		big := img("/Width 2000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 8")
		small := img("/Width 40 /Height 30 /ColorSpace /DeviceGray /BitsPerComponent 8")
		mask := img("/Width 3000 /Height 3000 /ImageMask true /BitsPerComponent 1")
		form := add(fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Big %d 0 R >> >> /Length 7 >>\nstream\n/Big Do\nendstream", big))
		odd := add("<< /Type /XObject /Subtype /PS /Length 0 >>\nstream\n\nendstream")
		xobjects = fmt.Sprintf(" /XObject << /Big %d 0 R /Small %d 0 R /Mask %d 0 R /Form %d 0 R /Odd %d 0 R >>", big, small, mask, form, odd)
	}
	pagesID := len(objs) + 1 + 2*len(t.pages)
	var kids []string
	for _, c := range t.pages {
		filter := ""
		if t.abbrevFilter {
			var z bytes.Buffer
			w := zlib.NewWriter(&z)
			w.Write([]byte(c))
			w.Close()
			c, filter = z.String(), "/Filter /Fl "
		}
		s := add(fmt.Sprintf("<< %s/Length %d >>\nstream\n%s\nendstream", filter, len(c), c))
		fonts := fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R /F3 %d 0 R", f1, f2, f3)
		if t.noCID {
			fonts = fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f1, f2)
		}
		p := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << %s >>%s >> /Contents %d 0 R%s >>", pagesID, fonts, xobjects, s, annots))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	if t.cyclicTree {
		kids = append(kids, fmt.Sprintf("%d 0 R", pagesID))
	}
	add(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(t.pages)))
	catalog := add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesID))
	info := 0
	if t.title != "" {
		info = add(fmt.Sprintf("<< /Title (%s) >>", t.title))
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R", len(objs)+1, catalog)
	if info != 0 {
		fmt.Fprintf(&b, " /Info %d 0 R", info)
	}
	if t.loopPrev {
		fmt.Fprintf(&b, " /Prev %d", xref)
	}
	fmt.Fprintf(&b, " >>\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

// words writes each word at its own position, with no space glyphs, the
// way many PDF producers do: size 10, x from 72, y as given.
func words(font string, y float64, ws ...string) string {
	var b strings.Builder
	x := 72.0
	for _, w := range ws {
		fmt.Fprintf(&b, "BT /%s 10 Tf %.1f %.1f Td (%s) Tj ET\n", font, x, y, w)
		x += float64(len(w))*5 + 3 // 500/1000 em per glyph, then a 0.3 em gap
	}
	return b.String()
}

// text writes a whole line with explicit spaces at (x, y).
func text(font string, size, x, y float64, s string) string {
	return fmt.Sprintf("BT /%s %g Tf %.1f %.1f Td (%s) Tj ET\n", font, size, x, y, s)
}
