package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"baocao"
)

// Defaults for the Reader's zero fields.
const (
	DefaultTimeout  = 60 * time.Second // per document, for the library and again for pdftotext
	DefaultMaxPages = 3000
	DefaultMaxSize  = 256 << 20 // bytes of PDF
	DefaultMaxMem   = 2 << 30   // heap bytes of the child process
)

// Reader reads PDF text layers. The zero value reads in-process and uses
// pdftotext from PATH when it is installed. Safe for concurrent use.
type Reader struct {
	// Exec, when set, runs the library in a child process: Exec[0] is the
	// program and the rest its first arguments, e.g.
	// {os.Executable(), ChildCommand}; the program must call ChildMain.
	Exec []string
	// Pdftotext is the pdftotext program: "" looks it up in PATH, "-"
	// disables it.
	Pdftotext string
	// Timeout bounds the library's work on one document, and separately
	// pdftotext's; MaxPages, MaxSize and MaxMem bound pages read, input
	// bytes and the child's heap. Zero means the Default.
	Timeout  time.Duration
	MaxPages int
	MaxSize  int64
	MaxMem   int64
	// KeepFurniture keeps running headers, footers and page numbers.
	KeepFurniture bool

	poolOnce sync.Once
	pool     *childPool // children waiting for the next document (pool.go)
	// compareAlways runs pdftotext even on documents the library read
	// cleanly (tests compare with the reading before that shortcut).
	compareAlways bool
}

var _ baocao.Reader = (*Reader)(nil)

// Formats implements baocao.Reader.
func (r *Reader) Formats() []string { return []string{"pdf"} }

func (r *Reader) timeout() time.Duration { return orDefault(r.Timeout, DefaultTimeout) }
func (r *Reader) maxPages() int          { return orDefault(r.MaxPages, DefaultMaxPages) }
func (r *Reader) maxSize() int64         { return orDefault(r.MaxSize, DefaultMaxSize) }
func (r *Reader) maxMem() int64          { return orDefault(r.MaxMem, DefaultMaxMem) }

func orDefault[T int | int64 | time.Duration](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

// Read implements baocao.Reader. Errors wrap baocao.ErrEmpty, ErrTooLarge,
// ErrEncrypted (a password is needed), ErrCorrupt (not a PDF, or neither
// the library nor pdftotext could read it) or ErrTimeout.
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer func() {
		if v := recover(); v != nil {
			c, err = nil, fmt.Errorf("pdf: %s: panic %v: %w", src.Name, v, baocao.ErrCorrupt)
		}
	}()
	data := src.Data
	switch {
	case len(data) == 0:
		return nil, fmt.Errorf("pdf: %s: %w", src.Name, baocao.ErrEmpty)
	case int64(len(data)) > r.maxSize():
		return nil, fmt.Errorf("pdf: %s: %d bytes: %w", src.Name, len(data), baocao.ErrTooLarge)
	case !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")):
		return nil, notPDF{fmt.Errorf("pdf: %s: no %%PDF- header: %w", src.Name, baocao.ErrCorrupt)}
	}

	lctx, cancel := context.WithTimeout(ctx, r.timeout())
	var d *docText
	var libErr error
	if len(r.Exec) > 0 {
		d, libErr = r.runChild(lctx, data)
	} else {
		d, libErr = r.inProcess(lctx, data)
	}
	cancel()
	if libErr == nil {
		libErr = docError(d)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("pdf: %s: %w", src.Name, err)
	}

	var warnings []string
	var pop []string
	var popErr error
	switch tool := r.pdftotextPath(); {
	case tool == "":
		warnings = append(warnings, "pdftotext not installed: pages the PDF library reads badly cannot be compared")
	case libErr == nil && !r.compareAlways && libraryEnough(d):
		// pdftotext could not be preferred on any page: save its run,
		// which costs more than the library's reading in a pooled child.
	default:
		pctx, cancel := context.WithTimeout(ctx, r.timeout())
		pop, popErr = poppler(pctx, tool, src)
		cancel()
		if popErr != nil {
			warnings = append(warnings, popErr.Error())
		}
	}
	if len(pop) > r.maxPages() {
		pop = pop[:r.maxPages()]
	}

	if libErr != nil {
		if pop == nil {
			if popErr != nil && errors.Is(popErr, baocao.ErrEncrypted) && !errors.Is(libErr, baocao.ErrEncrypted) {
				libErr = popErr
			}
			err := fmt.Errorf("pdf: %s: %w", src.Name, libErr)
			if errors.Is(libErr, baocao.ErrCorrupt) && errors.As(popErr, new(openError)) {
				return nil, notPDF{err}
			}
			return nil, err
		}
		d = &docText{}
		warnings = append(warnings, "pdf library: "+libErr.Error())
	}
	c = r.merge(d, pop)
	c.Warnings = append(append(warnings, d.Warnings...), c.Warnings...)
	if len(c.Blocks) == 0 && c.Reader == "pdf" && pageFailures(d) > 0 {
		err := fmt.Errorf("pdf: %s: no page could be read: %s: %w", src.Name, strings.Join(c.Warnings, "; "), baocao.ErrCorrupt)
		if errors.As(popErr, new(openError)) {
			return nil, notPDF{err}
		}
		return nil, err
	}
	return c, nil
}

// ErrNotPDF is matched (errors.Is) by the ErrCorrupt errors of files that
// are not readable PDFs at all: no %PDF- header, or neither the library
// nor pdftotext could open the file. Poppler cannot render their pages
// either, so OCR is no second chance for them (see ocr.PDF).
var ErrNotPDF = errors.New("pdf: not a readable PDF")

// notPDF marks an error as ErrNotPDF without changing its text.
type notPDF struct{ error }

func (e notPDF) Unwrap() error      { return e.error }
func (notPDF) Is(target error) bool { return target == ErrNotPDF }

func (r *Reader) pdftotextPath() string {
	switch r.Pdftotext {
	case "-":
		return ""
	case "":
		p, err := exec.LookPath("pdftotext")
		if err != nil {
			return ""
		}
		return p
	}
	return r.Pdftotext
}

// merge chooses, page by page, the library's lines or pdftotext's, removes
// running headers and footers and builds the blocks.
func (r *Reader) merge(d *docText, pop []string) *baocao.Content {
	n := max(len(d.Pages), len(pop))
	docFont := documentFont(d.Pages)
	pages := make([]page, n)
	usedLib, usedPop := 0, 0
	failed := map[string][]int{} // library error → pages it hit
	for i := range n {
		var lib page
		libOK := i < len(d.Pages) && d.Pages[i].Err == ""
		if i < len(d.Pages) {
			lib = d.Pages[i]
		}
		if i < len(pop) {
			font := lib.Font
			if font == "" {
				font = docFont
			}
			popLines := popplerLines(pop[i], font)
			lq, pq := measureText(pageText(lib.Lines)), measureText(pageText(popLines))
			if preferPoppler(lq, pq, !libOK) {
				pages[i] = page{Lines: popLines, Font: font}
				usedPop++
				continue
			}
		}
		if !libOK && lib.Err != "" {
			failed[lib.Err] = append(failed[lib.Err], i+1)
		}
		pages[i] = lib
		if len(lib.Lines) > 0 {
			usedLib++
		}
	}
	if !r.KeepFurniture {
		removeFurniture(pages)
	}
	c := &baocao.Content{Format: "pdf", Pages: n, Title: d.Title, Warnings: pageWarnings(failed), ImagePixels: imagePixels(d.Pages, n)}
	switch {
	case usedPop == 0:
		c.Reader = "pdf"
	case usedLib == 0:
		c.Reader = "pdftotext"
	default:
		c.Reader = "pdf+pdftotext"
	}
	doc := documentMetrics(pages)
	for i := range pages {
		var following []line
		if i+1 < len(pages) {
			following = pages[i+1].Lines
		}
		c.Blocks = append(c.Blocks, pageBlocks(pages[i].Lines, i+1, following, doc)...)
	}
	if len(c.Blocks) == 0 && n > 0 && len(failed) == 0 {
		c.Warnings = append(c.Warnings, "no text layer: the PDF may be a scan")
	}
	return c
}

// imagePixels is Content.ImagePixels for n pages of which the library
// read pages: -1 for a page it failed on or did not reach.
func imagePixels(pages []page, n int) []int64 {
	if len(pages) == 0 {
		return nil
	}
	out := make([]int64, n)
	for i := range out {
		out[i] = -1
		if i < len(pages) && pages[i].Err == "" {
			out[i] = max(pages[i].Image, -1)
		}
	}
	return out
}

func pageFailures(d *docText) int {
	n := 0
	for _, p := range d.Pages {
		if p.Err != "" {
			n++
		}
	}
	return n
}

// pageWarnings says which pages the library failed on, one line per error.
func pageWarnings(failed map[string][]int) []string {
	var out []string
	for msg, pages := range failed {
		out = append(out, fmt.Sprintf("pdf library failed on %s: %s", pageList(pages), msg))
	}
	sort.Strings(out)
	return out
}

// pageList writes sorted page numbers with ranges: "pages 1-3, 7".
func pageList(pages []int) string {
	var parts []string
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d-%d", pages[i], pages[j]))
		} else {
			parts = append(parts, strconv.Itoa(pages[i]))
		}
		i = j + 1
	}
	if len(pages) == 1 {
		return "page " + parts[0]
	}
	return "pages " + strings.Join(parts, ", ")
}

// documentFont is the font most pages are mostly in, for pdftotext pages
// where the library could not tell.
func documentFont(pages []page) string {
	count := map[string]int{}
	best, n := "", 0
	for _, p := range pages {
		if p.Font == "" {
			continue
		}
		count[p.Font]++
		if c := count[p.Font]; c > n || c == n && strings.Compare(p.Font, best) < 0 {
			best, n = p.Font, c
		}
	}
	return best
}
