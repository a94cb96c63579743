package txt

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"baocao"
	"baocao/ingest"
)

// Reader reads plain text. The zero value drops portal chrome; set
// KeepChrome to keep every line. Safe for concurrent use.
type Reader struct {
	KeepChrome bool
}

var _ baocao.Reader = (*Reader)(nil)

// Formats lists the extensions of plain-text files.
func (*Reader) Formats() []string { return []string{"txt", "text", "csv", "md"} }

// Read decodes src as described in the package comment. It returns an
// error wrapping baocao.ErrEmpty for a 0-byte source.
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer ingest.Recover(&err, "txt")
	if len(src.Data) == 0 {
		return nil, fmt.Errorf("txt: %w", baocao.ErrEmpty)
	}
	text, enc := Decode(src.Data)
	c = &baocao.Content{Format: "txt", Reader: "txt", Encoding: enc}
	if enc == "" {
		c.Blocks = []baocao.Block{{Raw: src.Data, Break: baocao.BreakPara}}
		return c, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var dropped, cut int
	c.Blocks, dropped, cut = paragraphs(text, !r.KeepChrome)
	if dropped+cut > 0 {
		c.Warnings = append(c.Warnings, fmt.Sprintf("txt: dropped %d web-portal chrome lines, cut %d glued photo captions", dropped, cut))
	}
	return c, nil
}

// Decode returns data as a string and the encoding it was in ("utf-8",
// "utf-16le", "utf-16be"), without a BOM. It returns "", "" when data is in
// none of them.
func Decode(data []byte) (text, encoding string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD"), "utf-8"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), "utf-16be"
	}
	switch ingest.UTF16Order(data) {
	case "le":
		return decodeUTF16(data, false), "utf-16le"
	case "be":
		return decodeUTF16(data, true), "utf-16be"
	}
	if validUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8"
	}
	return "", ""
}

// validUTF8 accepts UTF-8 cut short in its last character, as a file
// truncated by a download is.
func validUTF8(b []byte) bool {
	if utf8.Valid(b) {
		return true
	}
	for i := 1; i <= 3 && i < len(b); i++ {
		if utf8.Valid(b[:len(b)-i]) {
			return !utf8.FullRune(b[len(b)-i:])
		}
	}
	return false
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
	}
	return string(utf16.Decode(u)) // lone surrogates become U+FFFD
}

// paragraphs splits text into paragraph blocks, dropping portal chrome
// when filter is set.
func paragraphs(text string, filter bool) (blocks []baocao.Block, dropped, cut int) {
	var para []string
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, baocao.Block{Text: strings.Join(para, "\n"), Break: baocao.BreakPara})
			para = para[:0]
		}
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n") // CRLF and old Mac CR
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if filter {
			if ingest.IsChrome(line) {
				dropped++
				continue
			}
			var ok bool
			if line, ok = ingest.CutCaption(line); ok {
				cut++
			}
		}
		para = append(para, line)
	}
	flush()
	return blocks, dropped, cut
}
