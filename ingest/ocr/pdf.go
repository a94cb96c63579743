package ocr

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"baocao"
	"baocao/ingest/pdf"
	"baocao/vntext"
)

// Defaults for PDF's zero fields.
const (
	DefaultDPI        = 300
	DefaultMaxPages   = 3000
	DefaultMaxPDFSize = 256 << 20
	DefaultRenderTime = 2 * time.Minute // pdftoppm on one page
)

// PDF reads PDFs with a text-layer reader and OCRs the pages that reader
// could not read: scans, and text in fonts that map to no usable
// characters. Safe for concurrent use.
type PDF struct {
	// Text reads the text layer (the *pdf.Reader of baocao/ingest/pdf).
	// Nil OCRs every page.
	Text baocao.Reader
	// OCR reads the rendered pages; nil is the zero Reader.
	OCR *Reader
	// Poppler is the folder of pdftoppm, pdfinfo and pdfimages: "" is PATH.
	Poppler string
	// DPI is the rendering resolution; Workers the pages OCRed at once
	// (0: GOMAXPROCS); MaxPages the pages OCRed at most; RenderTimeout
	// bounds pdftoppm on one page. Zero means the Default.
	DPI           int
	Workers       int
	MaxPages      int
	MaxSize       int64
	RenderTimeout time.Duration
}

var _ baocao.Reader = (*PDF)(nil)

// Formats implements baocao.Reader.
func (p *PDF) Formats() []string { return []string{"pdf"} }

func (p *PDF) ocr() *Reader {
	if p.OCR == nil {
		return &Reader{}
	}
	return p.OCR
}

func (p *PDF) workers() int {
	if p.Workers > 0 {
		return p.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// Read implements baocao.Reader. It returns the text reader's content,
// with OCR text in place of the pages it could not read; Content.Reader
// then says "R+tesseract" (R the text reader's name), or "tesseract" when
// every page came from OCR. The text reader's errors other than
// ErrEncrypted, ErrTooLarge, ErrEmpty and pdf.ErrNotPDF (a file poppler
// cannot open either, so no page can be rendered) lead to OCR of every
// page; when OCR is impossible too, its error is returned with the text
// reader's.
func (p *PDF) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer func() {
		if v := recover(); v != nil {
			c, err = nil, fmt.Errorf("ocr: %s: panic %v: %w", src.Name, v, baocao.ErrCorrupt)
		}
	}()
	if len(src.Data) == 0 {
		return nil, fmt.Errorf("ocr: %s: %w", src.Name, baocao.ErrEmpty)
	}
	if int64(len(src.Data)) > orDefault(p.MaxSize, DefaultMaxPDFSize) {
		return nil, fmt.Errorf("ocr: %s: %d bytes: %w", src.Name, len(src.Data), baocao.ErrTooLarge)
	}
	var textErr error
	if p.Text != nil {
		c, textErr = p.Text.Read(ctx, src)
		if textErr != nil && (noOCR(textErr) || errors.Is(textErr, pdf.ErrNotPDF)) {
			return nil, textErr
		}
	}
	if c != nil && !p.mayNeedOCR(c) {
		return c, nil
	}

	dir, err := os.MkdirTemp("", "baocao-ocr-*")
	if err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(file, src.Data, 0o600); err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	pop := poppler{dir: p.Poppler, timeout: orDefault(p.RenderTimeout, DefaultRenderTime)}

	if c == nil {
		n, err := pop.pages(ctx, file)
		if err == nil {
			c, err = p.ocrAll(ctx, pop, file, dir, n)
		}
		if err != nil {
			switch {
			case textErr != nil && errors.Is(err, baocao.ErrNoTool):
				// installing the tool may be all it takes
				return nil, fmt.Errorf("ocr: %s: %w (text layer: %v)", src.Name, err, textErr)
			case textErr != nil:
				// what the text layer said is the better reason: OCR was
				// only a second try
				return nil, fmt.Errorf("%w (OCR: %v)", textErr, err)
			}
			return nil, fmt.Errorf("ocr: %s: %w", src.Name, err)
		}
		if textErr != nil {
			c.Warnings = append(c.Warnings, "text layer unreadable, every page OCRed: "+textErr.Error())
		}
		return c, nil
	}
	return p.repair(ctx, pop, file, dir, c)
}

// mayNeedOCR is a cheap first look: a document where every page has plenty
// of good text needs no tool run.
func (p *PDF) mayNeedOCR(c *baocao.Content) bool {
	texts := pageTexts(c)
	for i := range max(c.Pages, len(texts)) {
		q := scoreText(texts[i+1])
		// a sparse page that surely draws no large image is a short page
		if large, known := readerImage(c, i+1); q.garbage() || q.sparse() && (!known || large) {
			return true
		}
	}
	return false
}

// readerImage says whether page n draws a large image, as the text reader
// saw it (Content.ImagePixels); known is false when it could not tell.
func readerImage(c *baocao.Content, n int) (large, known bool) {
	if n < 1 || n > len(c.ImagePixels) || c.ImagePixels[n-1] < 0 {
		return false, false
	}
	return largeImage(c.ImagePixels[n-1]), true
}

// pageTexts joins each page's blocks, decoded from legacy encodings as
// vntext would (a TCVN3 text layer is good text), keyed by page.
func pageTexts(c *baocao.Content) map[int]string {
	var b = map[int]*strings.Builder{}
	for _, bl := range c.Blocks {
		s := bl.Text
		if s == "" && bl.Raw != nil {
			s = string(bl.Raw)
		}
		s, _ = vntext.Repair(s, bl.Font)
		if b[bl.Page] == nil {
			b[bl.Page] = &strings.Builder{}
		}
		b[bl.Page].WriteString(s)
		b[bl.Page].WriteByte('\n')
	}
	out := make(map[int]string, len(b))
	for k, v := range b {
		out[k] = v.String()
	}
	return out
}

// repair OCRs the pages of c whose text is garbage, or sparse on a page
// with a large image, and puts the OCR text in place where it reads better.
func (p *PDF) repair(ctx context.Context, pop poppler, file, dir string, c *baocao.Content) (*baocao.Content, error) {
	texts := pageTexts(c)
	var images map[int]bool
	known, listed := false, false
	// mayBeScan: page n draws a large image, or that cannot be told. The
	// text reader's own reading answers first; poppler's list, which costs
	// a process, only for the pages it could not tell about.
	mayBeScan := func(n int) bool {
		if large, ok := readerImage(c, n); ok {
			return large
		}
		if !listed {
			images, known = pop.imagePages(ctx, file)
			listed = true
		}
		return !known || images[n]
	}
	scores := map[int]textScore{}
	var queue []int
	for n := 1; n <= c.Pages; n++ {
		q := scoreText(texts[n])
		scores[n] = q
		if q.garbage() || q.sparse() && mayBeScan(n) {
			queue = append(queue, n)
		}
	}
	if len(queue) == 0 {
		return c, nil
	}
	if len(queue) > orDefault(p.MaxPages, DefaultMaxPages) {
		queue = queue[:orDefault(p.MaxPages, DefaultMaxPages)]
	}
	results, errs := p.ocrPages(ctx, pop, file, dir, queue)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	replace := map[int]*result{}
	var failures []string
	for i, n := range queue {
		if errs[i] != nil {
			if errors.Is(errs[i], baocao.ErrNoTool) {
				// the text layer is all there is: keep it, say why
				c.Warnings = append(c.Warnings, errs[i].Error())
				return c, nil
			}
			failures = append(failures, fmt.Sprintf("page %d: %v", n, errs[i]))
			continue
		}
		if scoreText(joinParas(results[i].paras)).better(scores[n]) {
			replace[n] = results[i]
		}
	}
	c.Warnings = append(c.Warnings, failures...)
	if len(replace) == 0 {
		return c, nil
	}
	out := *c
	out.Blocks = nil
	// the text reader's guess that the file is a scan has been acted on
	out.Warnings = slices.DeleteFunc(slices.Clone(c.Warnings), func(w string) bool { return strings.HasPrefix(w, "no text layer") })
	var conf float64
	for _, b := range c.Blocks {
		if replace[b.Page] == nil {
			out.Blocks = append(out.Blocks, b)
		}
	}
	for n, res := range replace {
		out.Blocks = append(out.Blocks, blocks(res.paras, n)...)
		conf += res.confidence()
	}
	sortByPage(out.Blocks)
	out.OCR = true
	out.Confidence = conf / float64(len(replace))
	out.Reader = c.Reader + "+tesseract"
	if c.Reader == "" {
		out.Reader = "tesseract"
	}
	return &out, nil
}

// ocrAll OCRs every page of a PDF the text reader could not open.
func (p *PDF) ocrAll(ctx context.Context, pop poppler, file, dir string, pages int) (*baocao.Content, error) {
	c := &baocao.Content{Format: "pdf", Pages: pages, Reader: "tesseract", OCR: true}
	queue := make([]int, 0, pages)
	for n := 1; n <= min(pages, orDefault(p.MaxPages, DefaultMaxPages)); n++ {
		queue = append(queue, n)
	}
	results, errs := p.ocrPages(ctx, pop, file, dir, queue)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var conf float64
	read := 0
	for i, n := range queue {
		if errs[i] != nil {
			if errors.Is(errs[i], baocao.ErrNoTool) {
				return nil, errs[i]
			}
			c.Warnings = append(c.Warnings, fmt.Sprintf("page %d: %v", n, errs[i]))
			continue
		}
		c.Blocks = append(c.Blocks, blocks(results[i].paras, n)...)
		conf += results[i].confidence()
		read++
	}
	if read == 0 && len(queue) > 0 {
		return nil, fmt.Errorf("no page could be OCRed: %w", errs[0])
	}
	if read > 0 {
		c.Confidence = conf / float64(read)
	}
	return c, nil
}

// ocrPages renders and OCRs the given pages, Workers at a time. A missing
// tool stops the work early.
func (p *PDF) ocrPages(ctx context.Context, pop poppler, file, dir string, pages []int) ([]*result, []error) {
	results := make([]*result, len(pages))
	errs := make([]error, len(pages))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(p.workers(), len(pages)) {
		wg.Go(func() {
			for i := range next {
				results[i], errs[i] = p.ocrPage(ctx, pop, file, dir, pages[i])
				if errors.Is(errs[i], baocao.ErrNoTool) {
					cancel()
				}
			}
		})
	}
feed:
	for i := range pages {
		select {
		case next <- i:
		case <-ctx.Done():
			for j := i; j < len(pages); j++ {
				errs[j] = ctx.Err()
			}
			break feed
		}
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if errors.Is(err, baocao.ErrNoTool) {
			// report the missing tool on every page, not the cancellations it caused
			for i := range errs {
				errs[i] = err
			}
			break
		}
	}
	return results, errs
}

func (p *PDF) ocrPage(ctx context.Context, pop poppler, file, dir string, n int) (*result, error) {
	img, err := pop.render(ctx, file, n, orDefault(p.DPI, DefaultDPI), filepath.Join(dir, fmt.Sprintf("page-%d", n)))
	if err != nil {
		return nil, err
	}
	defer os.Remove(img)
	return p.ocr().ocrFile(ctx, img)
}

func joinParas(ps []para) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// sortByPage orders blocks by page, keeping the order within a page, and
// ends each page's last block with a page break.
func sortByPage(bs []baocao.Block) {
	slices.SortStableFunc(bs, func(a, b baocao.Block) int { return cmp.Compare(a.Page, b.Page) })
	for i := range bs {
		if i+1 < len(bs) && bs[i+1].Page != bs[i].Page && bs[i].Break < baocao.BreakPage {
			bs[i].Break = baocao.BreakPage
		}
	}
}
