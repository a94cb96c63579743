package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"baocao"
)

// hangMarker in a PDF makes TestHelperServe's child stop answering.
const hangMarker = "%HANG"

// TestHelperServe is a serving child that hangs on a document holding
// hangMarker and crashes on one holding "%CRASH"; run like TestHelperChild.
func TestHelperServe(t *testing.T) {
	args := os.Args
	if len(args) < 2 || args[len(args)-1] != "serve-test" {
		return
	}
	in := &markerReader{r: os.Stdin}
	if err := serve(context.Background(), in, os.Stdout, 10, 1<<20); err != nil {
		os.Exit(1)
	}
	os.Exit(0)
}

// markerReader passes a child's input through, hanging or exiting when it
// sees a marker.
type markerReader struct{ r io.Reader }

func (m *markerReader) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	switch {
	case bytes.Contains(p[:n], []byte(hangMarker)):
		time.Sleep(time.Hour)
	case bytes.Contains(p[:n], []byte("%CRASH")):
		os.Exit(2)
	}
	return n, err
}

// serveReader runs TestHelperServe as its child; the Reader's own flags
// come before the final "serve-test" through a shell.
func serveReader(timeout time.Duration) *Reader {
	return &Reader{
		Exec:      []string{"sh", "-c", `exec "$0" -test.run='^TestHelperServe$' -- serve-test`, os.Args[0]},
		Pdftotext: "-",
		Timeout:   timeout,
	}
}

// idlePIDs lists the process ids of a Reader's idle children.
func idlePIDs(r *Reader) []int {
	p := r.children()
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []int
	for _, w := range p.idle {
		out = append(out, w.cmd.Process.Pid)
	}
	return out
}

// TestChildReused reads several documents through one Reader: one child
// reads them all, in order, and each gives its own text.
func TestChildReused(t *testing.T) {
	r := childReader()
	var pid int
	for i, s := range []string{"mot", "hai", "ba"} {
		data := testPDF{pages: []string{text("F1", 10, 72, 700, s)}}.bytes()
		c, err := r.Read(context.Background(), baocao.Source{Name: s + ".pdf", Data: data})
		if err != nil {
			t.Fatalf("Read(%s.pdf): %v", s, err)
		}
		if got, want := render(c), "<Helvetica>"+s+" §"; got != want {
			t.Errorf("Read(%s.pdf) = %q, want %q", s, got, want)
		}
		pids := idlePIDs(r)
		if len(pids) != 1 {
			t.Fatalf("after document %d: %d idle children, want 1", i+1, len(pids))
		}
		if i > 0 && pids[0] != pid {
			t.Errorf("document %d read by child %d, want the first one, %d", i+1, pids[0], pid)
		}
		pid = pids[0]
	}
}

// TestChildNotReusedAfterFailure checks that a child that timed out or
// crashed is gone, and the next document gets a new child that works.
func TestChildNotReusedAfterFailure(t *testing.T) {
	if _, err := execLookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	good := testPDF{pages: []string{text("F1", 10, 72, 700, "tot")}}.bytes()
	cases := []struct {
		marker string
		want   error
	}{
		{hangMarker, baocao.ErrTimeout},
		{"%CRASH", baocao.ErrCorrupt},
	}
	for _, tc := range cases {
		r := serveReader(2 * time.Second)
		if _, err := r.Read(context.Background(), baocao.Source{Name: "a.pdf", Data: good}); err != nil {
			t.Fatalf("Read(a.pdf): %v", err)
		}
		bad := append(testPDF{pages: []string{text("F1", 10, 72, 700, "x")}}.bytes(), tc.marker...)
		start := time.Now()
		_, err := r.Read(context.Background(), baocao.Source{Name: "bad.pdf", Data: bad})
		if !errors.Is(err, tc.want) {
			t.Errorf("Read(%s) = %v, want %v", tc.marker, err, tc.want)
		}
		if d := time.Since(start); d > 8*time.Second {
			t.Errorf("Read(%s) took %v", tc.marker, d)
		}
		if n := len(idlePIDs(r)); n != 0 {
			t.Errorf("after %s: %d idle children, want 0", tc.marker, n)
		}
		c, err := r.Read(context.Background(), baocao.Source{Name: "b.pdf", Data: good})
		if err != nil || render(c) != "<Helvetica>tot §" {
			t.Errorf("Read after %s = %v, %v; want the text tot", tc.marker, c, err)
		}
	}
}

// TestSweep checks that idle children are stopped after idleLife.
func TestSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the idle life")
	}
	r := childReader()
	data := testPDF{pages: []string{text("F1", 10, 72, 700, "x")}}.bytes()
	if _, err := r.Read(context.Background(), baocao.Source{Name: "x.pdf", Data: data}); err != nil {
		t.Fatal(err)
	}
	p := r.children()
	p.mu.Lock()
	w := p.idle[0]
	p.mu.Unlock()
	select {
	case <-w.done:
	case <-time.After(idleLife + 5*time.Second):
		t.Fatalf("idle child still running after %v", idleLife+5*time.Second)
	}
	if n := len(idlePIDs(r)); n != 0 {
		t.Errorf("%d idle children after the sweep, want 0", n)
	}
}

// TestChildKilledWhileIdle: a child that ended while idle is replaced, not
// blamed for the next document.
func TestChildKilledWhileIdle(t *testing.T) {
	r := childReader()
	data := testPDF{pages: []string{text("F1", 10, 72, 700, "x")}}.bytes()
	if _, err := r.Read(context.Background(), baocao.Source{Name: "a.pdf", Data: data}); err != nil {
		t.Fatal(err)
	}
	p := r.children()
	p.mu.Lock()
	w := p.idle[0]
	p.mu.Unlock()
	w.cmd.Process.Kill()
	<-w.done
	c, err := r.Read(context.Background(), baocao.Source{Name: "b.pdf", Data: data})
	if err != nil || render(c) != "<Helvetica>x §" {
		t.Errorf("Read after the idle child was killed = %v, %v; want the text x", c, err)
	}
}

// TestChildConcurrent reads documents from several goroutines through one
// Reader: each gets its own text back.
func TestChildConcurrent(t *testing.T) {
	r := childReader()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 3 {
				s := fmt.Sprintf("tai lieu %d %d", g, i)
				data := testPDF{pages: []string{text("F1", 10, 72, 700, s)}}.bytes()
				c, err := r.Read(context.Background(), baocao.Source{Name: "c.pdf", Data: data})
				if err != nil {
					t.Errorf("Read(%q): %v", s, err)
					continue
				}
				if got, want := render(c), "<Helvetica>"+s+" §"; got != want {
					t.Errorf("Read(%q) = %q, want %q", s, got, want)
				}
			}
		})
	}
	wg.Wait()
	if n := len(idlePIDs(r)); n < 1 || n > max(2, runtime.GOMAXPROCS(0)) {
		t.Errorf("%d idle children after the reads, want 1..%d", n, max(2, runtime.GOMAXPROCS(0)))
	}
}
