package docx

import (
	"context"
	"fmt"
	"strings"

	"baocao"
	"baocao/ingest"
)

// Reader reads docx files. The zero value uses ingest.DefaultZipLimits.
// Safe for concurrent use.
type Reader struct {
	Limits *ingest.ZipLimits
}

var _ baocao.Reader = (*Reader)(nil)

// Formats lists the Word 2007+ extensions.
func (*Reader) Formats() []string { return []string{"docx", "docm", "dotx", "dotm"} }

const (
	relDoc       = "/officeDocument"
	relStyles    = "/styles"
	relNumbering = "/numbering"
	relFootnotes = "/footnotes"
	relEndnotes  = "/endnotes"
	relHeader    = "/header"
	relFooter    = "/footer"
)

// walkPart reads one part; tests swap in the encoding/xml walker of
// before the byte scanner to compare the two.
var walkPart = walk

// Read extracts the text of a docx. Errors wrap baocao.ErrCorrupt (not a
// docx, malformed XML), baocao.ErrTooLarge (zip bomb) or baocao.ErrEmpty.
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer ingest.Recover(&err, "docx")
	if len(src.Data) == 0 {
		return nil, fmt.Errorf("docx: %w", baocao.ErrEmpty)
	}
	lim := ingest.DefaultZipLimits
	if r.Limits != nil {
		lim = *r.Limits
	}
	z, err := ingest.OpenZip(src.Data, lim)
	if err != nil {
		return nil, fmt.Errorf("docx: %w", err)
	}
	main := z.RelTarget("", relDoc)
	if main == "" || !z.Has(main) {
		main = "word/document.xml"
	}
	if !z.Has(main) {
		return nil, fmt.Errorf("docx: no main document part (word/document.xml): %w", baocao.ErrCorrupt)
	}
	c = &baocao.Content{Format: "docx", Reader: "docx", Title: z.Title("docProps/core.xml")}
	st := &styles{}
	if p := z.RelTarget(main, relStyles); p != "" {
		if data, err := z.Read(p); err == nil {
			st, err = parseStyles(data)
			if err != nil {
				c.Warnings = append(c.Warnings, fmt.Sprintf("docx: styles ignored: %v", err))
				st = &styles{}
			}
		}
	}
	rels, err := z.Rels(main)
	if err != nil {
		return nil, fmt.Errorf("docx: relationships of %s: %v: %w", main, err, baocao.ErrCorrupt)
	}
	var nb *numbering
	if p := z.RelTarget(main, relNumbering); p != "" {
		if data, err := z.Read(p); err == nil {
			if nb, err = parseNumbering(data); err != nil {
				c.Warnings = append(c.Warnings, fmt.Sprintf("docx: list numbering ignored: %v", err))
			}
		}
	}
	parts := []string{main}
	for _, typ := range []string{relFootnotes, relEndnotes, relHeader, relFooter} {
		for _, rel := range rels {
			if !rel.External && strings.HasSuffix(rel.Type, typ) && z.Has(rel.Target) {
				parts = append(parts, rel.Target)
			}
		}
	}
	seen := map[string]bool{}
	texts := map[string]bool{} // header and footer texts already read
	for i, p := range parts {
		if seen[p] {
			continue
		}
		seen[p] = true
		data, err := z.Read(p)
		if err != nil {
			if i == 0 {
				return nil, fmt.Errorf("docx: %w", err)
			}
			c.Warnings = append(c.Warnings, fmt.Sprintf("docx: %s skipped: %v", p, err))
			continue
		}
		var chunk chunker
		if i == 0 {
			chunk = newChunker(ctx, z, main, func(w string) { c.Warnings = append(c.Warnings, w) })
		}
		blocks, err := walkPart(ctx, data, st, nb, chunk)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if i == 0 {
				return nil, fmt.Errorf("docx: %s: %v: %w", p, err, baocao.ErrCorrupt)
			}
			c.Warnings = append(c.Warnings, fmt.Sprintf("docx: %s skipped: %v", p, err))
			continue
		}
		if i > 0 {
			t := key(blocks)
			if texts[t] {
				continue // the same header on every section
			}
			texts[t] = true
		}
		c.Blocks = append(c.Blocks, blocks...)
	}
	return c, nil
}

// key renders blocks for comparing parts: the first, even and default
// headers of several sections often repeat one text.
func key(blocks []baocao.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		b.WriteString(bl.Text)
		b.WriteByte(byte(bl.Break))
	}
	return b.String()
}
