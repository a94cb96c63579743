package ocr

import (
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/jpeg" // image.DecodeConfig: pixel bound before tesseract
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"time"

	"baocao"
)

// Defaults for the Reader's zero fields.
const (
	DefaultTimeout   = 2 * time.Minute // one tesseract run on one page
	DefaultMaxSize   = 256 << 20       // bytes of image
	DefaultMaxPixels = 200_000_000     // a 300 dpi A0 sheet is 140 million
	DefaultPSM       = 3               // tesseract's fully automatic page segmentation
	DefaultLang      = "vie"
	DefaultBlur      = 0.9
)

// Reader reads images (PNG, JPEG, TIFF, multi-page TIFF included) with
// tesseract. The zero value runs "tesseract" from PATH with the Vietnamese
// model. Safe for concurrent use.
type Reader struct {
	// Tesseract is the program: "" looks "tesseract" up in PATH.
	Tesseract string
	// Lang is the tesseract model ("vie"); PSM its page segmentation mode.
	Lang string
	PSM  int
	// Timeout bounds one tesseract run on one page; MaxSize the input
	// bytes; MaxPixels the pixels of a PNG or JPEG. Zero means the Default.
	Timeout   time.Duration
	MaxSize   int64
	MaxPixels int
	// Blur is the standard deviation in pixels of the Gaussian blur applied
	// to PNG, JPEG and rendered PDF pages before OCR (preprocess.go); 0 is
	// DefaultBlur, negative turns it off. TIFF images are not blurred.
	Blur float64
}

var _ baocao.Reader = (*Reader)(nil)

// Formats implements baocao.Reader.
func (r *Reader) Formats() []string { return []string{"png", "jpg", "jpeg", "tif", "tiff"} }

func (r *Reader) timeout() time.Duration { return orDefault(r.Timeout, DefaultTimeout) }
func (r *Reader) maxSize() int64         { return orDefault(r.MaxSize, DefaultMaxSize) }
func (r *Reader) maxPixels() int         { return orDefault(r.MaxPixels, DefaultMaxPixels) }
func (r *Reader) psm() int               { return orDefault(r.PSM, DefaultPSM) }

func (r *Reader) blur() float64 {
	if r.Blur == 0 {
		return DefaultBlur
	}
	return max(r.Blur, 0)
}

func (r *Reader) lang() string {
	if r.Lang == "" {
		return DefaultLang
	}
	return r.Lang
}

func orDefault[T int | int64 | time.Duration](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

// Read implements baocao.Reader. Errors wrap baocao.ErrEmpty, ErrTooLarge,
// ErrCorrupt (not an image tesseract can read), ErrTimeout or ErrNoTool
// (tesseract or its model is not installed).
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer func() {
		if v := recover(); v != nil {
			c, err = nil, fmt.Errorf("ocr: %s: panic %v: %w", src.Name, v, baocao.ErrCorrupt)
		}
	}()
	data := src.Data
	if len(data) == 0 {
		return nil, fmt.Errorf("ocr: %s: %w", src.Name, baocao.ErrEmpty)
	}
	if int64(len(data)) > r.maxSize() {
		return nil, fmt.Errorf("ocr: %s: %d bytes: %w", src.Name, len(data), baocao.ErrTooLarge)
	}
	kind := sniff(data)
	if kind == "" {
		return nil, fmt.Errorf("ocr: %s: not a PNG, JPEG or TIFF image: %w", src.Name, baocao.ErrCorrupt)
	}
	pages := 1
	if kind == "tiff" {
		if pages, err = tiffPages(data); err != nil {
			return nil, fmt.Errorf("ocr: %s: %w", src.Name, err)
		}
	} else if err := r.checkPixels(data); err != nil {
		return nil, fmt.Errorf("ocr: %s: %w", src.Name, err)
	}
	if _, err := r.program(); err != nil {
		return nil, fmt.Errorf("ocr: %s: %w", src.Name, err)
	}

	dir, err := os.MkdirTemp("", "baocao-ocr-*")
	if err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "image."+kind)
	if err := os.WriteFile(file, data, 0o600); err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	// a multi-page TIFF is one tesseract run: it gets a page's time per page
	rr := *r
	rr.Timeout = r.timeout() * time.Duration(pages)
	res, err := rr.ocrFile(ctx, file)
	if err != nil {
		return nil, fmt.Errorf("ocr: %s: %w", src.Name, err)
	}
	c = &baocao.Content{Format: kind, Pages: pages, Reader: "tesseract", OCR: true}
	if kind == "tiff" {
		c.Format = "tif"
	}
	c.Blocks = blocks(res.paras, 0)
	c.Confidence = res.confidence()
	return c, nil
}

// checkPixels refuses PNG and JPEG images too large to OCR in bounded
// memory, from their headers.
func (r *Reader) checkPixels(data []byte) error {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("image header: %v: %w", err, baocao.ErrCorrupt)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return fmt.Errorf("image of %dx%d pixels: %w", cfg.Width, cfg.Height, baocao.ErrCorrupt)
	}
	if cfg.Width > r.maxPixels()/cfg.Height {
		return fmt.Errorf("image of %dx%d pixels: %w", cfg.Width, cfg.Height, baocao.ErrTooLarge)
	}
	return nil
}

// sniff names the image format from its first bytes, or "".
func sniff(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return "jpg"
	case bytes.HasPrefix(b, []byte("II*\x00")), bytes.HasPrefix(b, []byte("MM\x00*")):
		return "tiff"
	}
	return ""
}

// result is what tesseract read in one file.
type result struct {
	paras   []para
	confSum float64 // sum of word confidences, 0..1 each
	words   int
}

func (r *result) confidence() float64 {
	if r.words == 0 {
		return 0
	}
	return r.confSum / float64(r.words)
}

// ocrFile runs tesseract on an image file and assembles its paragraphs.
func (r *Reader) ocrFile(ctx context.Context, file string) (*result, error) {
	if sigma := r.blur(); sigma > 0 && filepath.Ext(file) != ".tiff" {
		soft := strings.TrimSuffix(file, filepath.Ext(file)) + "-blur.pgm"
		// an image Go cannot decode may still be one tesseract reads: the
		// blur is then skipped, not the page
		if blurred, err := blurFile(file, soft, sigma, r.maxPixels()); err == nil && blurred {
			defer os.Remove(soft)
			file = soft
		}
	}
	out, err := r.tesseract(ctx, file)
	if err != nil {
		return nil, err
	}
	words, err := parseTSV(out)
	if err != nil {
		return nil, fmt.Errorf("tesseract output: %w", err)
	}
	res := &result{paras: paragraphs(lines(words))}
	for _, w := range words {
		if w.Conf >= 0 {
			res.confSum += min(w.Conf, 100) / 100
			res.words++
		}
	}
	return res, nil
}

// blocks turns paragraphs into content blocks. page, when not 0, replaces
// the page numbers tesseract gave (always 1 for a single image).
func blocks(paras []para, page int) []baocao.Block {
	out := make([]baocao.Block, 0, len(paras))
	for i, p := range paras {
		b := baocao.Block{Text: p.Text, Page: p.Page, Break: baocao.BreakPara}
		if page != 0 {
			b.Page = page
		}
		if i+1 < len(paras) && paras[i+1].Page != p.Page {
			b.Break = baocao.BreakPage
		}
		out = append(out, b)
	}
	return out
}
