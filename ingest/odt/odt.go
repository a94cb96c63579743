package odt

import (
	"context"
	"errors"
	"fmt"

	"baocao"
	"baocao/ingest"
)

// Reader reads OpenDocument files. The zero value uses
// ingest.DefaultZipLimits. Safe for concurrent use.
type Reader struct {
	Limits *ingest.ZipLimits
}

var _ baocao.Reader = (*Reader)(nil)

// Formats lists the OpenDocument extensions read.
func (*Reader) Formats() []string { return []string{"odt", "ott", "ods", "ots"} }

// SheetPrefix starts the line naming each table of a spreadsheet.
const SheetPrefix = "## Sheet: "

// Read extracts the text of content.xml. Errors wrap baocao.ErrCorrupt,
// baocao.ErrTooLarge or baocao.ErrEmpty.
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer ingest.Recover(&err, "odt")
	if len(src.Data) == 0 {
		return nil, fmt.Errorf("odt: %w", baocao.ErrEmpty)
	}
	lim := ingest.DefaultZipLimits
	if r.Limits != nil {
		lim = *r.Limits
	}
	z, err := ingest.OpenZip(src.Data, lim)
	if err != nil {
		return nil, fmt.Errorf("odt: %w", err)
	}
	content, err := z.Read("content.xml")
	if errors.Is(err, baocao.ErrNotFound) {
		return nil, fmt.Errorf("odt: no content.xml: %w", baocao.ErrCorrupt)
	}
	if err != nil {
		return nil, fmt.Errorf("odt: %w", err)
	}
	c = &baocao.Content{Format: "odt", Reader: "odt", Title: z.Title("meta.xml")}
	st := newStyles()
	if data, err := z.Read("styles.xml"); err == nil {
		if err := st.parse(data); err != nil {
			c.Warnings = append(c.Warnings, fmt.Sprintf("odt: styles.xml ignored: %v", err))
		}
	} else if errors.Is(err, baocao.ErrTooLarge) {
		return nil, fmt.Errorf("odt: %w", err)
	}
	w := newWalker(st)
	if err := w.walk(ctx, content); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("odt: content.xml: %v: %w", err, baocao.ErrCorrupt)
	}
	if w.truncated {
		c.Warnings = append(c.Warnings, fmt.Sprintf("odt: more than %d blocks; the rest is left out", maxBlocks))
	}
	if w.spreadsheet {
		c.Format = "ods"
	}
	c.Blocks = append(w.out, w.notes...)
	return c, nil
}
