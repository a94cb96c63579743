package gen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"strings"
	"unicode"

	"github.com/signintech/gopdf"

	"baocao/vntext"
)

// render writes r in format.
func render(r *report, format string, font []byte) ([]byte, error) {
	switch format {
	case "txt":
		return []byte(strings.Join(r.lines(), "\n") + "\n"), nil
	case "html":
		return renderHTML(r), nil
	case "docx":
		return renderDOCX(r)
	case "pdf":
		return renderPDF(r, font)
	case "tcvn3", "vni":
		return renderLegacy(r, vntext.Encoding(format))
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

func renderHTML(r *report) []byte {
	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>%s</title>\n", e(r.title))
	b.WriteString("<script>var trackers = [];</script><style>.menu{float:left}</style></head><body>\n")
	b.WriteString("<div class=\"header\"><ul class=\"menu\"><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gioi-thieu\">Giới thiệu</a></li><li><a href=\"/tin-tuc\">Tin tức</a></li><li><a href=\"/van-ban\">Văn bản</a></li></ul></div>\n")
	b.WriteString("<div class=\"toolbar\"><a href=\"#\">Tăng cỡ chữ</a> <a href=\"#\">Giảm cỡ chữ</a> <a href=\"#\">In trang</a></div>\n")
	b.WriteString("<div class=\"news-detail\" id=\"content\">\n")
	for _, p := range r.paras {
		switch {
		case p.rows != nil:
			fmt.Fprintf(&b, "<p>%s</p>\n<table>\n", e(p.text))
			for i, row := range p.rows {
				cell := "td"
				if i == 0 {
					cell = "th"
				}
				b.WriteString("<tr>")
				for _, c := range row {
					fmt.Fprintf(&b, "<%s>%s</%s>", cell, e(c), cell)
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</table>\n")
		case p.heading:
			fmt.Fprintf(&b, "<h3>%s</h3>\n", e(p.text))
		default:
			fmt.Fprintf(&b, "<p>%s</p>\n", e(p.text))
		}
	}
	b.WriteString("</div>\n<div class=\"related\"><h4>Tin liên quan</h4><ul><li><a href=\"/a\">Hội nghị tổng kết công tác lao động</a></li><li><a href=\"/b\">Trao quà cho gia đình chính sách</a></li></ul></div>\n")
	b.WriteString("<div class=\"footer\">Bản quyền thuộc Sở Lao động - Thương binh và Xã hội. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>\n</body></html>\n")
	return []byte(b.String())
}

func renderDOCX(r *report) ([]byte, error) {
	var body strings.Builder
	x := func(s string) string {
		var b bytes.Buffer
		_ = xml.EscapeText(&b, []byte(s)) // writing to a Buffer cannot fail
		return b.String()
	}
	run := func(s string) string {
		return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t xml:space="preserve">` + x(s) + `</w:t></w:r>`
	}
	for _, p := range r.paras {
		body.WriteString("<w:p>" + run(p.text) + "</w:p>")
		if p.rows != nil {
			body.WriteString("<w:tbl>")
			for _, row := range p.rows {
				body.WriteString("<w:tr>")
				for _, c := range row {
					body.WriteString("<w:tc><w:p>" + run(c) + "</w:p></w:tc>")
				}
				body.WriteString("</w:tr>")
			}
			body.WriteString("</w:tbl>")
		}
	}
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		// a fixed time keeps the zip byte-identical across runs
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(f.data)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func renderPDF(r *report, font []byte) ([]byte, error) {
	pdf := gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	pdf.SetNoCompression() // deterministic output and fast writing
	if err := pdf.AddTTFFontData("body", font); err != nil {
		return nil, err
	}
	if err := pdf.SetFont("body", "", 11); err != nil {
		return nil, err
	}
	const left, top, width, lineH, bottom = 56.0, 56.0, 483.0, 15.0, 790.0
	y := bottom
	newLine := func() {
		if y+lineH > bottom {
			pdf.AddPage()
			y = top
		}
	}
	write := func(s string) error {
		lines, err := pdf.SplitTextWithWordWrap(s, width)
		if err != nil {
			return err
		}
		for _, l := range lines {
			newLine()
			pdf.SetXY(left, y)
			if err := pdf.Cell(nil, l); err != nil {
				return err
			}
			y += lineH
		}
		y += 4
		return nil
	}
	for _, p := range r.paras {
		if err := write(p.text); err != nil {
			return nil, err
		}
		for _, row := range p.rows {
			newLine()
			x := left
			for i, c := range row {
				pdf.SetXY(x, y)
				if err := pdf.Cell(nil, c); err != nil {
					return nil, err
				}
				if i == 0 {
					x += 200
				} else {
					x += 70
				}
			}
			y += lineH + 2
		}
	}
	return pdf.GetBytesPdfReturnErr()
}

// renderLegacy writes the plain text in a legacy 8-bit encoding. TCVN3 has
// no toned capitals (reports used a capital font for headings): those
// letters are written in lower case, as a plain-text export would.
func renderLegacy(r *report, enc vntext.Encoding) ([]byte, error) {
	text := strings.Join(r.lines(), "\r\n") + "\r\n"
	text = strings.NewReplacer("¹", "(1)").Replace(text)
	b, err := vntext.Encode(enc, text)
	if err == nil {
		return b, nil
	}
	var s strings.Builder
	for _, c := range text {
		if _, err := vntext.Encode(enc, string(c)); err != nil && unicode.IsUpper(c) {
			c = unicode.ToLower(c)
		}
		s.WriteRune(c)
	}
	return vntext.Encode(enc, s.String())
}

// corrupt makes a file no reader can import.
func corrupt(rng *rand.Rand, i int) (string, []byte) {
	name := fmt.Sprintf(ReportsDir+"/r%03d/%06d-hong", i/1000, i)
	switch rng.IntN(4) {
	case 0: // random bytes named .pdf
		b := make([]byte, 200+rng.IntN(2000))
		for j := range b {
			b[j] = byte(rng.UintN(256))
		}
		return name + ".pdf", b
	case 1: // a PDF cut short
		return name + ".pdf", []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa")
	case 2: // an empty text file
		return name + ".txt", nil
	default: // a docx that is not a zip
		return name + ".docx", []byte("PK\x03\x04 this is not really a zip archive")
	}
}

// loadFont reads a TrueType font with Vietnamese glyphs.
func loadFont(path string) ([]byte, error) {
	candidates := []string{path}
	if path == "" {
		candidates = []string{
			"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
			"/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
			"/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
		}
	}
	for _, p := range candidates {
		if b, err := os.ReadFile(p); err == nil {
			return b, nil
		}
	}
	return nil, ErrNoFont
}
