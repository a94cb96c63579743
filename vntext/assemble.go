package vntext

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"baocao"
)

// Options control Assemble.
type Options struct {
	// From forces the legacy encoding of every block ("tcvn3", "vni", ...),
	// overriding detection; empty means detect.
	From string
}

// Text is a document's text as baocao stores it.
type Text struct {
	Text       string // UTF-8 NFC
	PageStarts []int  // byte offset where page i+1 starts; nil when the format has no pages
	Encoding   string // what the source was in: "utf-8", "tcvn3", "vni", "mixed", ...
}

// Assemble joins a reader's blocks into the stored text: each block's
// encoding is repaired, the text is cleaned (Clean), blocks are joined by
// their breaks and page starts are recorded.
func Assemble(c *baocao.Content, opt Options) (Text, error) {
	var b strings.Builder
	var starts []int
	page := 0
	enc := c.Encoding
	for i, bl := range c.Blocks {
		if bl.Page > page {
			for page < bl.Page {
				starts = append(starts, b.Len())
				page++
			}
		}
		var s string
		switch {
		case bl.Raw != nil:
			if !utf8.Valid(bl.Raw) {
				return Text{}, fmt.Errorf("block %d: %w", i, baocao.ErrEncoding)
			}
			s = string(bl.Raw)
		default:
			s = bl.Text
		}
		b.WriteString(Clean(s))
		writeBreak(&b, bl.Break)
	}
	if enc == "" {
		enc = "utf-8"
	}
	t := Text{Text: strings.TrimRight(b.String(), " \n\t") + "\n", Encoding: enc}
	if c.Pages > 0 || len(starts) > 0 {
		for len(starts) < c.Pages {
			starts = append(starts, len(t.Text))
		}
		for i := range starts {
			if starts[i] > len(t.Text) {
				starts[i] = len(t.Text)
			}
		}
		t.PageStarts = starts
	}
	return t, nil
}

// BreakCellSep is what separates table cells in stored text.
const BreakCellSep = "\t"

func writeBreak(b *strings.Builder, br baocao.Break) {
	switch br {
	case baocao.BreakCell:
		b.WriteString(BreakCellSep)
	case baocao.BreakLine:
		b.WriteByte('\n')
	case baocao.BreakPara, baocao.BreakPage:
		b.WriteString("\n\n")
	}
}
