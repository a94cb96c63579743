package pdf

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"baocao"
)

// ChildCommand is the hidden subcommand name cmd/baocao dispatches to
// ChildMain; Reader.Exec is typically {os.Executable(), ChildCommand}.
const ChildCommand = "__pdftext"

const (
	maxChildOutput = 256 << 20 // bytes of JSON a child may write
	waitDelay      = 2 * time.Second
	memExitCode    = 3 // the child's exit status when it hit its memory bound
)

// ChildMain is the body of the child process that runs the PDF library: it
// reads one PDF from stdin, extracts its lines and writes them to stdout as
// JSON for Reader. Flags: -max-pages N, -max-size BYTES, -max-mem BYTES
// (with -max-mem the process exits with status 3 when its heap grows past
// the bound), -serve (read framed documents one after another until stdin
// ends, pool.go). Failures to read the PDF are reported inside the JSON;
// the returned error is only for I/O and flag problems.
func ChildMain(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet(ChildCommand, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	maxPages := fs.Int("max-pages", DefaultMaxPages, "pages to read at most")
	maxSize := fs.Int64("max-size", DefaultMaxSize, "bytes of PDF accepted")
	maxMem := fs.Int64("max-mem", 0, "heap bytes before the process gives up (0: no bound)")
	serveMode := fs.Bool(serveFlag, false, "read length-framed documents until stdin ends")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%s: %w", ChildCommand, err)
	}
	if *maxMem > 0 {
		debug.SetMemoryLimit(*maxMem / 2)
		go watchMemory(uint64(*maxMem))
	}
	if *serveMode {
		return serve(ctx, stdin, stdout, *maxPages, *maxSize)
	}
	data, err := io.ReadAll(io.LimitReader(stdin, *maxSize+1))
	if err != nil {
		return fmt.Errorf("%s: read stdin: %w", ChildCommand, err)
	}
	var d *docText
	if int64(len(data)) > *maxSize {
		d = &docText{Err: fmt.Sprintf("more than %d bytes", *maxSize), Kind: kindTooLarge}
	} else {
		d = extract(ctx, data, *maxPages)
	}
	if err := json.NewEncoder(stdout).Encode(d); err != nil {
		return fmt.Errorf("%s: write: %w", ChildCommand, err)
	}
	return nil
}

// watchMemory ends the process when its heap passes max: the library can
// allocate without bound on hostile input, and a child is cheap to lose.
func watchMemory(max uint64) {
	var m runtime.MemStats
	for range time.Tick(50 * time.Millisecond) {
		runtime.ReadMemStats(&m)
		if m.HeapAlloc > max {
			fmt.Fprintf(os.Stderr, "%s: heap %d bytes passed the bound of %d\n", ChildCommand, m.HeapAlloc, max)
			os.Exit(memExitCode)
		}
	}
}

// inProcess runs the library in a goroutine. A panic is recovered; a
// library that loops is abandoned at the deadline (the goroutine leaks
// until it returns, which is why Exec is the robust choice).
func (r *Reader) inProcess(ctx context.Context, data []byte) (*docText, error) {
	ch := make(chan *docText, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				ch <- &docText{Err: fmt.Sprintf("pdf library panic: %v", v), Kind: kindCorrupt}
			}
		}()
		ch <- extract(ctx, data, r.maxPages())
	}()
	select {
	case d := <-ch:
		return d, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("pdf library: %v: %w", ctx.Err(), baocao.ErrTimeout)
	}
}

// docError turns a whole-file failure reported by extract into an error.
func docError(d *docText) error {
	if d.Err == "" {
		return nil
	}
	switch d.Kind {
	case kindEncrypted:
		return fmt.Errorf("pdf library: %s: %w", d.Err, baocao.ErrEncrypted)
	case kindTooLarge:
		return fmt.Errorf("pdf library: %s: %w", d.Err, baocao.ErrTooLarge)
	}
	return fmt.Errorf("pdf library: %s: %w", d.Err, baocao.ErrCorrupt)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
