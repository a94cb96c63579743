package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"unicode/utf8"

	"baocao"
)

// poppler runs pdftotext on the file and returns its text per page (pages
// are separated by form feeds in its output).
func poppler(ctx context.Context, tool string, src baocao.Source) ([]string, error) {
	path := src.Path
	if path == "" || !sameFile(path, src.Data) {
		f, err := os.CreateTemp("", "baocao-*.pdf")
		if err != nil {
			return nil, fmt.Errorf("pdftotext: %w", err)
		}
		defer os.Remove(f.Name())
		if _, err := f.Write(src.Data); err != nil {
			f.Close()
			return nil, fmt.Errorf("pdftotext: %w", err)
		}
		if err := f.Close(); err != nil {
			return nil, fmt.Errorf("pdftotext: %w", err)
		}
		path = f.Name()
	}
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, tool, "-enc", "UTF-8", "-eol", "unix", "-q", path, "-")
	cmd.Stdout = &limitedBuffer{buf: &out, max: maxChildOutput}
	cmd.Stderr = &limitedBuffer{buf: &errb, max: 4096}
	cmd.WaitDelay = waitDelay
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("pdftotext: %w", baocao.ErrTimeout)
		}
		msg := strings.TrimSpace(errb.String())
		var ee *exec.ExitError
		if errors.As(err, &ee) && (ee.ExitCode() == 1 || ee.ExitCode() == 3) && strings.Contains(strings.ToLower(msg), "password") {
			return nil, fmt.Errorf("pdftotext: %s: %w", msg, baocao.ErrEncrypted)
		}
		err = fmt.Errorf("pdftotext: %v %s", err, msg)
		if ee != nil && ee.ExitCode() == 1 {
			// pdftotext's status for a file it could not open as a PDF
			err = openError{err}
		}
		return nil, err
	}
	text := strings.ToValidUTF8(out.String(), "\uFFFD")
	pages := strings.Split(text, "\f")
	if n := len(pages); n > 1 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages, nil
}

// sameFile reports whether path still holds data (the file may have been
// replaced since it was read).
func sameFile(path string, data []byte) bool {
	fi, err := os.Stat(path)
	if err != nil || fi.Size() != int64(len(data)) {
		return false
	}
	b, err := os.ReadFile(path)
	return err == nil && bytes.Equal(b, data)
}

// popplerLines turns one page of pdftotext output into lines, all in the
// page's dominant font (pdftotext does not say which font drew what).
func popplerLines(text, font string) []line {
	var out []line
	blank := false
	for _, s := range strings.Split(text, "\n") {
		s = strings.TrimRight(s, " \t\r")
		if strings.TrimSpace(s) == "" {
			blank = true
			continue
		}
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if legacyFont(font) {
			s = legacyGlyphs.Replace(s)
		}
		out = append(out, line{Runs: []run{{Text: s, Font: font}}, Blank: blank})
		blank = false
	}
	return out
}

// limitedBuffer is an io.Writer that fails once max bytes are written, so
// a runaway child cannot fill memory.
type limitedBuffer struct {
	buf *bytes.Buffer
	max int
}

var errOutputLimit = errors.New("output limit exceeded")

func (w *limitedBuffer) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.max {
		return 0, errOutputLimit
	}
	return w.buf.Write(p)
}

// openError is pdftotext's failure to open a file as a PDF.
type openError struct{ error }

func (e openError) Unwrap() error { return e.error }
