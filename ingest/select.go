package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"baocao"
)

// Select picks the reader for src. The content decides first (Sniff): a
// PDF named .doc goes to the PDF reader, a Word "document" that is really
// HTML or RTF to the HTML or RTF reader. The extension decides only when the
// content is not recognised, so a damaged file still reaches the reader of
// its declared format and fails there with a precise reason.
//
// Select returns an error wrapping baocao.ErrEmpty for a 0-byte source,
// baocao.ErrEncrypted for an encrypted Office file, and baocao.ErrUnsupported
// when no reader handles the format.
func Select(readers []baocao.Reader, src baocao.Source) (baocao.Reader, error) {
	if len(src.Data) == 0 {
		return nil, fmt.Errorf("select %s: %w", src.Name, baocao.ErrEmpty)
	}
	format, err := Sniff(src.Data, src.Name)
	if err != nil {
		return nil, fmt.Errorf("select %s: %w", src.Name, err)
	}
	switch ext := Ext(src.Name); {
	case format == "":
		format = ext
	case format == "txt" && markupExt[ext]:
		// Text without a document prolog but named as a page is a page
		// fragment: "<p>...<br>..." reads better through the HTML reader.
		format = ext
	}
	for _, r := range readers {
		if slices.Contains(r.Formats(), format) {
			return r, nil
		}
	}
	if format == "" {
		format = "unrecognised content"
	}
	return nil, fmt.Errorf("select %s: %s: %w", src.Name, format, baocao.ErrUnsupported)
}

// Ext returns the lower-case extension of name without the dot.
func Ext(name string) string {
	return strings.ToLower(strings.TrimPrefix(path.Ext(strings.ReplaceAll(name, "\\", "/")), "."))
}

// markupExt are the extensions that make a text file a web page.
var markupExt = map[string]bool{"htm": true, "html": true, "xhtml": true, "shtml": true, "asp": true, "aspx": true, "php": true, "jsp": true, "mht": true, "mhtml": true}

// Format names Sniff returns; they match the extensions readers list in
// Formats.
var oleByExt = map[string]string{
	"doc": "doc", "dot": "doc",
	"xls": "xls", "xlt": "xls",
	"ppt": "ppt", "pps": "ppt", "pot": "ppt",
	"msg": "msg",
}

// Sniff names the format of data from its content: "pdf", "doc", "xls",
// "ppt", "docx", "xlsx", "pptx", "odt", "ods", "odp", "rtf", "mht" (a MIME
// web archive), "html", "txt",
// or an image format ("png", "jpg", "gif", "tif", "bmp"). It returns "" when
// the content is not recognised (unknown binary, or an OLE2 or ZIP container
// whose kind it cannot tell), and an error wrapping baocao.ErrEncrypted for
// a password-protected OOXML file (an OLE2 container holding an
// EncryptedPackage stream). name is used only to break ties inside OLE2.
func Sniff(data []byte, name string) (string, error) {
	switch {
	case hasPrefixAfterSpace(data, "%PDF-"):
		return "pdf", nil
	case bytes.HasPrefix(data, oleMagic):
		return sniffOLE(data, name)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(data), nil
	case hasPrefixAfterSpace(data, `{\rtf`):
		return "rtf", nil
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return "png", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return "jpg", nil
	case bytes.HasPrefix(data, []byte("GIF8")):
		return "gif", nil
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return "tif", nil
	case bytes.HasPrefix(data, []byte("BM")) && len(data) > 26 && Ext(name) == "bmp":
		return "bmp", nil
	}
	if !looksText(data) {
		return "", nil
	}
	if looksMHTML(data) {
		return "mht", nil
	}
	if looksHTML(data) {
		return "html", nil
	}
	return "txt", nil
}

func hasPrefixAfterSpace(data []byte, p string) bool {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	return bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n"), []byte(p))
}

// sniffOLE tells Word, Excel and PowerPoint compound files apart. The
// extension is trusted when it names an OLE2 format; otherwise the stream
// names are looked for as UTF-16LE strings, which is where an OLE2
// directory keeps them. That is a heuristic (a document could quote such a
// name) but a cheap one, and it only runs for misnamed files.
func sniffOLE(data []byte, name string) (string, error) {
	if bytes.Contains(data, utf16le("EncryptedPackage")) {
		return "", fmt.Errorf("office file protected by a password: %w", baocao.ErrEncrypted)
	}
	if f, ok := oleByExt[Ext(name)]; ok {
		return f, nil
	}
	for _, c := range []struct{ stream, format string }{
		{"WordDocument", "doc"},
		{"Workbook", "xls"},
		{"Book", "xls"}, // Excel 5/95
		{"PowerPoint Document", "ppt"},
	} {
		if bytes.Contains(data, utf16le(c.stream+"\x00")) {
			return c.format, nil
		}
	}
	return "", nil
}

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// sniffZip reads the central directory and, for OOXML, [Content_Types].xml
// or, for ODF, the mimetype entry. Both are tiny; they are read under a
// small limit so a bomb cannot hurt here.
func sniffZip(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	names := map[string]*zip.File{}
	for _, f := range zr.File {
		names[partKey(f.Name)] = f
	}
	if f := names["mimetype"]; f != nil {
		mt := string(readSmall(f))
		for _, c := range []struct{ mime, format string }{
			{"application/vnd.oasis.opendocument.text", "odt"},
			{"application/vnd.oasis.opendocument.spreadsheet", "ods"},
			{"application/vnd.oasis.opendocument.presentation", "odp"},
		} {
			if strings.HasPrefix(mt, c.mime) {
				return c.format
			}
		}
	}
	if f := names["[content_types].xml"]; f != nil {
		ct := string(readSmall(f))
		switch {
		case strings.Contains(ct, "wordprocessingml.document.main"), strings.Contains(ct, "wordprocessingml.template.main"),
			strings.Contains(ct, "ms-word.document.macroEnabled.main"):
			return "docx"
		case strings.Contains(ct, "spreadsheetml.sheet.main"), strings.Contains(ct, "spreadsheetml.template.main"),
			strings.Contains(ct, "ms-excel.sheet.macroEnabled.main"):
			return "xlsx"
		case strings.Contains(ct, "presentationml"):
			return "pptx"
		}
	}
	// A content-types part that names an unusual main type: fall back on
	// the conventional part names.
	switch {
	case names["word/document.xml"] != nil:
		return "docx"
	case names["xl/workbook.xml"] != nil:
		return "xlsx"
	case names["ppt/presentation.xml"] != nil:
		return "pptx"
	}
	return ""
}

func readSmall(f *zip.File) []byte {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, 256<<10))
	return b
}

// looksText reports whether the start of data reads as text: UTF-16 by its
// BOM or NUL pattern, or bytes with almost no control characters (legacy
// 8-bit encodings such as VISCII put a few letters in C0, so a small share
// is allowed).
func looksText(data []byte) bool {
	s := data[:min(len(data), 64<<10)]
	if bytes.HasPrefix(s, []byte{0xFF, 0xFE}) || bytes.HasPrefix(s, []byte{0xFE, 0xFF}) {
		return true
	}
	if UTF16Order(s) != "" {
		return true
	}
	ctl := 0
	for _, c := range s {
		switch {
		case c == 0:
			return false
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A:
			ctl++
		}
	}
	return ctl*100 <= len(s)
}

// UTF16Order guesses the byte order of BOM-less UTF-16 from where the NUL
// bytes fall: mostly-ASCII text in UTF-16LE has NULs at odd offsets. It
// returns "le", "be" or "" when the pattern is not clear. Vietnamese text
// has many non-ASCII letters, but its spaces, digits and punctuation are
// enough for the pattern.
func UTF16Order(s []byte) string {
	s = s[:min(len(s), 64<<10)&^1]
	if len(s) < 4 {
		return ""
	}
	var even, odd int
	for i := 0; i < len(s); i += 2 {
		if s[i] == 0 {
			even++
		}
		if s[i+1] == 0 {
			odd++
		}
	}
	pairs := len(s) / 2
	switch {
	case odd*100 >= pairs*30 && even*100 <= pairs*2:
		return "le"
	case even*100 >= pairs*30 && odd*100 <= pairs*2:
		return "be"
	}
	return ""
}

// looksMHTML reports whether the text is a MIME web archive (Word's
// "Single File Web Page", often saved as .doc).
func looksMHTML(data []byte) bool {
	head := lowerHead(data[:min(len(data), 4096)])
	return bytes.Contains(head, []byte("mime-version:")) && bytes.Contains(head, []byte("multipart/related"))
}

// looksHTML reports whether the text opens like an HTML document: a
// doctype, <html>, <head> or <body> near the start (after comments and an
// XML declaration). A plain-text report that quotes a tag such as <sup> in
// its body stays text.
func looksHTML(data []byte) bool {
	head := data[:min(len(data), 4096)]
	var s []byte
	if bytes.IndexByte(head, 0) < 0 {
		// not UTF-16 (lowerHead)
		s = bytes.TrimPrefix(lowerHead(head), []byte("\xef\xbb\xbf"))
	} else {
		s = bytes.TrimPrefix(bytes.ToLower(head), []byte("\xef\xbb\xbf"))
		if UTF16Order(s) != "" || bytes.HasPrefix(s, []byte{0xff, 0xfe}) || bytes.HasPrefix(s, []byte{0xfe, 0xff}) {
			s = bytes.ReplaceAll(s, []byte{0}, nil)
			s = bytes.TrimLeft(s, "\xff\xfe")
		}
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if i := bytes.Index(s, []byte(tag)); i >= 0 && onlyPrologBefore(s[:i]) {
			return true
		}
	}
	return false
}

// lowerHead lowers the head of a file for the sniffers, which look for
// ASCII markup and headers only. bytes.ToLower decoded every Vietnamese
// letter of a file's first 4 kB for them, a tenth of a text file's reading;
// lowering A-Z alone finds the same patterns unless the head holds one of
// the two letters bytes.ToLower lowers to ASCII, İ (to i) and the Kelvin
// sign (to k). The bytes it replaces (invalid UTF-8) match no pattern
// either way. TestSniffLowerSame and FuzzSniffLower hold the two apart.
func lowerHead(b []byte) []byte {
	if bytes.Contains(b, []byte("\u0130")) || bytes.Contains(b, []byte("\u212a")) {
		return bytes.ToLower(b)
	}
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// onlyPrologBefore reports whether s holds nothing but white space, an XML
// declaration, comments or a doctype, as may precede <html>.
func onlyPrologBefore(s []byte) bool {
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case len(s) == 0:
			return true
		case bytes.HasPrefix(s, []byte("<!--")):
			i := bytes.Index(s, []byte("-->"))
			if i < 0 {
				return false
			}
			s = s[i+3:]
		case bytes.HasPrefix(s, []byte("<?")), bytes.HasPrefix(s, []byte("<!")):
			i := bytes.IndexByte(s, '>')
			if i < 0 {
				return false
			}
			s = s[i+1:]
		default:
			return false
		}
	}
}
