package docx

import (
	"context"
	"fmt"

	"baocao"
	"baocao/ingest"
	"baocao/ingest/html"
)

// Some systems write a report as HTML and wrap it in a docx: the document
// part holds only a w:altChunk that points at the HTML (or a MIME web
// archive). Word renders the chunk in place, and so does the reader, with
// the HTML reader in its whole-page mode; other chunk formats (RTF, plain
// text) are reported in a warning.

// chunker returns the blocks of the alternative-format chunk with the
// given relationship id of part.
type chunker func(id string) []baocao.Block

func newChunker(ctx context.Context, z *ingest.Zip, part string, warn func(string)) chunker {
	return func(id string) []baocao.Block {
		rels, _ := z.Rels(part)
		target := ""
		for _, r := range rels {
			if r.ID == id && !r.External {
				target = r.Target
			}
		}
		if target == "" {
			warn(fmt.Sprintf("docx: altChunk %s has no part", id))
			return nil
		}
		data, err := z.Read(target)
		if err != nil {
			warn(fmt.Sprintf("docx: altChunk %s: %v", target, err))
			return nil
		}
		format, _ := ingest.Sniff(data, target)
		if format != "html" && format != "mht" && ingest.Ext(target) != "htm" && ingest.Ext(target) != "html" {
			warn(fmt.Sprintf("docx: altChunk %s in format %q left out", target, format))
			return nil
		}
		c, err := (&html.Reader{WholePage: true}).Read(ctx, baocao.Source{Name: target, Data: data})
		if err != nil {
			warn(fmt.Sprintf("docx: altChunk %s: %v", target, err))
			return nil
		}
		return c.Blocks
	}
}
