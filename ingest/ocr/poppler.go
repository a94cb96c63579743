package ocr

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"baocao"
)

// poppler runs the poppler-utils programs (pdftoppm, pdfinfo, pdfimages)
// that PDF needs.
type poppler struct {
	dir     string // where the programs are, "" for PATH
	timeout time.Duration
}

func (p poppler) run(ctx context.Context, name string, args ...string) ([]byte, error) {
	prog := name
	if p.dir != "" {
		prog = filepath.Join(p.dir, name)
	}
	path, err := exec.LookPath(prog)
	if err != nil {
		return nil, fmt.Errorf("%s is not installed: apt-get install poppler-utils: %w", name, baocao.ErrNoTool)
	}
	ctx, cancel := context.WithTimeout(ctx, p.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr limited
	stdout.max, stderr.max = 16<<20, 64<<10
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return nil, fmt.Errorf("%s: %s: %w", name, p.timeout, baocao.ErrTimeout)
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case err != nil && strings.Contains(stderr.String(), "Incorrect password"):
		return nil, fmt.Errorf("%s: %w", name, baocao.ErrEncrypted)
	case err != nil:
		return nil, fmt.Errorf("%s: %v: %s: %w", name, err, firstLine(stderr.String()), baocao.ErrCorrupt)
	}
	return stdout.Bytes(), nil
}

// pages returns the page count pdfinfo gives.
func (p poppler) pages(ctx context.Context, file string) (int, error) {
	out, err := p.run(ctx, "pdfinfo", file)
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n < 0 {
				break
			}
			return n, nil
		}
	}
	return 0, fmt.Errorf("pdfinfo: no page count: %w", baocao.ErrCorrupt)
}

// minImagePixels is the size from which an image on a page may be a
// scanned page (or part of one) rather than a logo or a stamp: a sixth of
// an A4 page at 150 dpi.
const minImagePixels = 1240 * 1754 / 6

// largeImage reports whether an image of so many pixels may be a scanned
// page rather than a logo or a stamp.
func largeImage(pixels int64) bool { return pixels >= minImagePixels }

// imagePages returns the pages that carry a large image, from
// "pdfimages -list". ok is false when that could not be told.
func (p poppler) imagePages(ctx context.Context, file string) (pages map[int]bool, ok bool) {
	out, err := p.run(ctx, "pdfimages", "-list", file)
	if err != nil {
		return nil, false
	}
	return parseImageList(out), true
}

// parseImageList reads pdfimages -list output: a header, a rule, then
// "page num type width height ..." per image.
func parseImageList(out []byte) map[int]bool {
	pages := map[int]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 5 {
			continue
		}
		page, err1 := strconv.Atoi(f[0])
		w, err2 := strconv.Atoi(f[3])
		h, err3 := strconv.Atoi(f[4])
		if err1 != nil || err2 != nil || err3 != nil || f[2] == "smask" || f[2] == "stencil" {
			continue
		}
		if w > 0 && h > 0 && largeImage(min(int64(w), 1<<24)*min(int64(h), 1<<24)) {
			pages[page] = true
		}
	}
	return pages
}

// render writes page n of file as a greyscale PGM at dpi into out.pgm and
// returns its name. PGM, not PNG: compressing a noisy 300 dpi scan as PNG
// costs pdftoppm 11 s of CPU a page, writing it raw 0.2 s.
func (p poppler) render(ctx context.Context, file string, n, dpi int, out string) (string, error) {
	_, err := p.run(ctx, "pdftoppm", "-r", strconv.Itoa(dpi), "-gray", "-singlefile",
		"-f", strconv.Itoa(n), "-l", strconv.Itoa(n), file, out)
	if err != nil {
		return "", err
	}
	return out + ".pgm", nil
}

// noOCR is the text-layer reader's failure that should not lead to
// OCR: a password is needed, or the file is over a limit.
func noOCR(err error) bool {
	return errors.Is(err, baocao.ErrEncrypted) || errors.Is(err, baocao.ErrTooLarge) || errors.Is(err, baocao.ErrEmpty) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
