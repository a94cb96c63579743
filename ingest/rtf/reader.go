package rtf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"baocao"
)

// Default limits, used when the Reader's fields are zero.
const (
	DefaultMaxSize = 256 << 20 // bytes of RTF
	DefaultMaxText = 64 << 20  // bytes of text produced
)

// Reader reads RTF files. The zero value is ready to use and safe for
// concurrent use.
type Reader struct {
	// Headers keeps running headers and footers, placed before the body.
	Headers bool
	// Numbering keeps the list numbers and bullets Word writes as text
	// for older readers (\pntext, \listtext).
	Numbering bool
	// MaxSize and MaxText bound the input and the text produced; zero
	// means DefaultMaxSize and DefaultMaxText.
	MaxSize int
	MaxText int
}

var _ baocao.Reader = (*Reader)(nil)

// Formats implements baocao.Reader.
func (r *Reader) Formats() []string { return []string{"rtf"} }

// Read implements baocao.Reader. Errors wrap baocao.ErrEmpty (no bytes),
// ErrCorrupt (not RTF, nesting too deep, or a recovered panic), ErrTooLarge,
// or ctx's error.
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer func() {
		if v := recover(); v != nil {
			c, err = nil, fmt.Errorf("rtf: %s: panic %v: %w", src.Name, v, baocao.ErrCorrupt)
		}
	}()
	maxSize, maxText := r.MaxSize, r.MaxText
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	if maxText <= 0 {
		maxText = DefaultMaxText
	}
	data := src.Data
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("rtf: %s: %w", src.Name, baocao.ErrEmpty)
	}
	if len(data) > maxSize {
		return nil, fmt.Errorf("rtf: %s: %d bytes: %w", src.Name, len(data), baocao.ErrTooLarge)
	}
	start := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if !bytes.HasPrefix(start, []byte(`{\rtf`)) {
		return nil, fmt.Errorf("rtf: %s: no {\\rtf header: %w", src.Name, baocao.ErrCorrupt)
	}
	p := newParser(ctx, start, maxText)
	p.numbering = r.Numbering
	if err := p.run(); err != nil {
		switch {
		case errors.Is(err, errDepth):
			return nil, fmt.Errorf("rtf: %s: %w: %w", src.Name, err, baocao.ErrCorrupt)
		default:
			return nil, fmt.Errorf("rtf: %s: %w", src.Name, err)
		}
	}
	p.body.finish()
	p.notes.finish()
	p.heads.finish()
	p.title.finish()
	c = &baocao.Content{Format: "rtf", Reader: "rtf"}
	if r.Headers {
		c.Blocks = append(c.Blocks, p.heads.blocks...)
	}
	c.Blocks = append(c.Blocks, p.body.blocks...)
	c.Blocks = append(c.Blocks, p.notes.blocks...)
	var t strings.Builder
	for _, b := range p.title.blocks {
		t.WriteString(b.Text)
	}
	c.Title = strings.Join(strings.Fields(t.String()), " ")
	return c, nil
}
