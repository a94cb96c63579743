package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"baocao"
)

// errNoTesseract is the message the import shows for files it could not
// OCR because the tools are missing.
var errNoTesseract = fmt.Errorf("tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-vie: %w", baocao.ErrNoTool)

// maxOutput bounds what is kept of a tool's stdout and stderr.
const maxOutput = 64 << 20

// tesseract runs tesseract on one image file and returns its TSV output.
// OMP_THREAD_LIMIT=1 keeps each run on one core: tesseract's OpenMP
// threads slow it down when several pages are read at once.
func (r *Reader) tesseract(ctx context.Context, image string) ([]byte, error) {
	prog, err := r.program()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout())
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, image, "stdout", "-l", r.lang(), "--psm", strconv.Itoa(r.psm()), "tsv")
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr limited
	stdout.max, stderr.max = maxOutput, 64<<10
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return nil, fmt.Errorf("tesseract: %s: %w", r.timeout(), baocao.ErrTimeout)
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case errors.Is(err, exec.ErrNotFound), errors.Is(err, os.ErrNotExist):
		return nil, errNoTesseract
	case err != nil && missingModel(stderr.String()):
		return nil, fmt.Errorf("tesseract has no %q model: apt-get install tesseract-ocr-%s: %w", r.lang(), r.lang(), baocao.ErrNoTool)
	case err != nil:
		return nil, fmt.Errorf("tesseract: %v: %s: %w", err, firstLine(stderr.String()), baocao.ErrCorrupt)
	case stdout.over:
		return nil, fmt.Errorf("tesseract: output over %d bytes: %w", maxOutput, baocao.ErrTooLarge)
	}
	return stdout.Bytes(), nil
}

// program is the tesseract executable, or errNoTesseract.
func (r *Reader) program() (string, error) {
	name := r.Tesseract
	if name == "" {
		name = "tesseract"
	}
	p, err := exec.LookPath(name)
	if err != nil {
		return "", errNoTesseract
	}
	return p, nil
}

// missingModel recognises tesseract's complaint about a language it has no
// traineddata for.
func missingModel(stderr string) bool {
	return strings.Contains(stderr, "Failed loading language") || strings.Contains(stderr, "couldn't load any languages")
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}

// limited is a buffer that keeps at most max bytes and remembers whether
// more came.
type limited struct {
	bytes.Buffer
	max  int
	over bool
}

func (l *limited) Write(p []byte) (int, error) {
	if room := l.max - l.Len(); len(p) > room {
		l.over = true
		l.Buffer.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return l.Buffer.Write(p)
}
