package pdf

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"baocao"
)

// Starting the child costs far more than reading a typical report with it:
// the binary's package initialisation (spreadsheet, index and place tables)
// takes about 35 ms of CPU, the library 5 to 10 ms for a two-page report.
// So a child started with -serve reads one document after another from the
// same pipes, each framed as an 8-byte big-endian length and the bytes (the
// PDF in, the JSON docText out), and the Reader keeps the children it is not
// using. A child is never reused after anything went wrong with it: a
// timeout kills it, and a crash or a memory bound ends it as before, so each
// document is still bounded on its own.

const (
	serveFlag = "serve"
	// idleLife is how long an unused child is kept: enough to bridge the
	// gaps between PDFs in an import, short enough that a server does not
	// keep idle processes around.
	idleLife = 5 * time.Second
)

// worker is one running child in serve mode.
type worker struct {
	cmd     *exec.Cmd
	in      io.WriteCloser
	out     *bufio.Reader
	outFile io.Closer
	stderr  *syncBuffer
	done    chan struct{} // closed when Wait has returned; then waitErr is set
	waitErr error
	idle    time.Time
}

// childPool holds the children of one Reader that wait for work.
type childPool struct {
	mu    sync.Mutex
	idle  []*worker
	timer *time.Timer
}

func (r *Reader) children() *childPool {
	r.poolOnce.Do(func() { r.pool = &childPool{} })
	return r.pool
}

// get returns an idle child or starts one. An idle child that has ended
// meanwhile (killed from outside) is dropped, so that its end is not taken
// for the next document's fault.
func (p *childPool) get(r *Reader) (*worker, error) {
	p.mu.Lock()
	for n := len(p.idle); n > 0; n = len(p.idle) {
		w := p.idle[n-1]
		p.idle[n-1] = nil
		p.idle = p.idle[:n-1]
		select {
		case <-w.done:
			go w.end()
			continue
		default:
		}
		p.mu.Unlock()
		return w, nil
	}
	p.mu.Unlock()
	return r.startWorker()
}

// put keeps a child that finished a document cleanly, up to one per
// processor; the surplus is stopped.
func (p *childPool) put(w *worker) {
	w.idle = time.Now()
	p.mu.Lock()
	if len(p.idle) >= max(2, runtime.GOMAXPROCS(0)) {
		p.mu.Unlock()
		w.stop()
		return
	}
	p.idle = append(p.idle, w)
	if p.timer == nil {
		p.timer = time.AfterFunc(idleLife, p.sweep)
	}
	p.mu.Unlock()
}

// sweep stops the children idle for idleLife and comes back while some
// remain.
func (p *childPool) sweep() {
	p.mu.Lock()
	var old []*worker
	keep := p.idle[:0]
	for _, w := range p.idle {
		if time.Since(w.idle) >= idleLife {
			old = append(old, w)
		} else {
			keep = append(keep, w)
		}
	}
	clear(p.idle[len(keep):])
	p.idle = keep
	p.timer = nil
	if len(p.idle) > 0 {
		p.timer = time.AfterFunc(idleLife, p.sweep)
	}
	p.mu.Unlock()
	for _, w := range old {
		w.stop()
	}
}

func (r *Reader) startWorker() (*worker, error) {
	args := append(append([]string(nil), r.Exec[1:]...),
		"-"+serveFlag,
		"-max-pages", strconv.Itoa(r.maxPages()),
		"-max-size", strconv.FormatInt(r.maxSize(), 10),
		"-max-mem", strconv.FormatInt(r.maxMem(), 10))
	cmd := exec.Command(r.Exec[0], args...)
	w := &worker{cmd: cmd, stderr: &syncBuffer{max: 4096}, done: make(chan struct{})}
	cmd.Stderr = w.stderr
	cmd.WaitDelay = waitDelay
	// Pipes of our own, not cmd's: Wait, which runs from the start, would
	// close those under a read in progress.
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, err
	}
	cmd.Stdin, cmd.Stdout = inR, outW
	err = cmd.Start()
	inR.Close()
	outW.Close()
	if err != nil {
		inW.Close()
		outR.Close()
		return nil, err
	}
	w.in, w.out, w.outFile = inW, bufio.NewReaderSize(outR, 64<<10), outR
	go func() {
		w.waitErr = cmd.Wait()
		close(w.done)
	}()
	return w, nil
}

// stop ends an idle child: it exits when its input closes.
func (w *worker) stop() { go w.end() }

// end closes the child's input, gives it waitDelay to exit, kills it
// otherwise, and returns once it is gone.
func (w *worker) end() {
	w.in.Close()
	select {
	case <-w.done:
	case <-time.After(waitDelay):
		w.cmd.Process.Kill()
		<-w.done
	}
	w.outFile.Close()
}

// kill ends the child now; the pipes are closed too, since a process it
// started may still hold them.
func (w *worker) kill() {
	w.cmd.Process.Kill()
	w.in.Close()
	w.outFile.Close()
}

// exchange sends one PDF and returns the child's JSON.
func (w *worker) exchange(data []byte) ([]byte, error) {
	var hdr [8]byte
	binary.BigEndian.PutUint64(hdr[:], uint64(len(data)))
	if _, err := w.in.Write(hdr[:]); err != nil {
		return nil, err
	}
	if _, err := w.in.Write(data); err != nil {
		return nil, err
	}
	if _, err := io.ReadFull(w.out, hdr[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint64(hdr[:])
	if n > maxChildOutput {
		return nil, errOutputLimit
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(w.out, body); err != nil {
		return nil, err
	}
	return body, nil
}

// runChild reads one document in a child process and decodes its JSON.
func (r *Reader) runChild(ctx context.Context, data []byte) (*docText, error) {
	pool := r.children()
	w, err := pool.get(r)
	if err != nil {
		return nil, fmt.Errorf("pdf library: run %s: %w", r.Exec[0], err)
	}
	type result struct {
		body []byte
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		body, err := w.exchange(data)
		ch <- result{body, err}
	}()
	var res result
	select {
	case res = <-ch:
	case <-ctx.Done():
		w.kill()
		<-ch
		<-w.done
		return nil, fmt.Errorf("pdf library: %v: %w", ctx.Err(), baocao.ErrTimeout)
	}
	if res.err != nil {
		// The child died or broke the protocol: it is not reused.
		w.end()
		return nil, childError(r.Exec[0], w, res.err)
	}
	var d docText
	if err := json.Unmarshal(res.body, &d); err != nil {
		w.kill()
		return nil, fmt.Errorf("pdf library: child output: %v: %w", err, baocao.ErrCorrupt)
	}
	pool.put(w)
	return &d, nil
}

// childError says why a child gave no answer: its exit status when it
// ended, else the pipe error.
func childError(prog string, w *worker, pipeErr error) error {
	msg := firstLine(w.stderr.String())
	var ee *exec.ExitError
	switch {
	case errors.As(w.waitErr, &ee) && ee.ExitCode() == memExitCode:
		return fmt.Errorf("pdf library: %s: %w", msg, baocao.ErrTooLarge)
	case errors.As(w.waitErr, &ee):
		return fmt.Errorf("pdf library crashed (%v): %s: %w", w.waitErr, msg, baocao.ErrCorrupt)
	case w.waitErr != nil:
		return fmt.Errorf("pdf library: run %s: %w", prog, w.waitErr)
	case errors.Is(pipeErr, io.EOF), errors.Is(pipeErr, io.ErrUnexpectedEOF):
		return fmt.Errorf("pdf library: child output: %v: %w", pipeErr, baocao.ErrCorrupt)
	}
	return fmt.Errorf("pdf library: run %s: %w", prog, pipeErr)
}

// serve is the child's loop in serve mode: one framed PDF in, one framed
// JSON docText out, until its input ends.
func serve(ctx context.Context, stdin io.Reader, stdout io.Writer, maxPages int, maxSize int64) error {
	in := bufio.NewReaderSize(stdin, 64<<10)
	out := bufio.NewWriterSize(stdout, 64<<10)
	var hdr [8]byte
	for {
		if _, err := io.ReadFull(in, hdr[:]); err != nil {
			if err == io.EOF {
				return nil
			}
			return fmt.Errorf("%s: read: %w", ChildCommand, err)
		}
		n := binary.BigEndian.Uint64(hdr[:])
		var d *docText
		if n > uint64(maxSize) {
			if _, err := io.CopyN(io.Discard, in, int64(n)); err != nil {
				return fmt.Errorf("%s: read: %w", ChildCommand, err)
			}
			d = &docText{Err: fmt.Sprintf("more than %d bytes", maxSize), Kind: kindTooLarge}
		} else {
			data := make([]byte, n)
			if _, err := io.ReadFull(in, data); err != nil {
				return fmt.Errorf("%s: read: %w", ChildCommand, err)
			}
			d = extract(ctx, data, maxPages)
		}
		body, err := json.Marshal(d)
		if err != nil {
			return fmt.Errorf("%s: encode: %w", ChildCommand, err)
		}
		binary.BigEndian.PutUint64(hdr[:], uint64(len(body)))
		out.Write(hdr[:])
		out.Write(body)
		if err := out.Flush(); err != nil {
			return fmt.Errorf("%s: write: %w", ChildCommand, err)
		}
		releaseMemory()
	}
}

// keptHeap is the memory a serving child may keep from the OS between
// documents.
const keptHeap = 256 << 20

// releaseMemory gives a large document's memory back to the OS at once: a
// child waiting for the next document should not hold on to it.
func releaseMemory() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if m.HeapSys-m.HeapReleased > keptHeap {
		debug.FreeOSMemory()
	}
}

// syncBuffer keeps the first max bytes a child writes to stderr; exec
// copies into it from its own goroutine.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	max int
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := b.max - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
