package pdf

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao"

	lpdf "github.com/ledongthuc/pdf"
)

// TestHelperChild is the child process of the tests below: the test
// binary re-runs itself with this test selected and the child's flags after
// "--". In a normal run there is no "--" and it does nothing.
func TestHelperChild(t *testing.T) {
	args := os.Args
	i := 0
	for i < len(args) && args[i] != "--" {
		i++
	}
	if i == len(args) {
		return
	}
	if err := ChildMain(context.Background(), args[i+1:], os.Stdin, os.Stdout); err != nil {
		os.Stderr.WriteString(err.Error())
		os.Exit(1)
	}
	os.Exit(0)
}

func childReader() *Reader {
	return &Reader{
		Exec:      []string{os.Args[0], "-test.run=^TestHelperChild$", "--"},
		Pdftotext: "-",
		Timeout:   20 * time.Second,
	}
}

func TestChild(t *testing.T) {
	p := testPDF{pages: []string{words("F1", 700, "Giai", "quyet", "viec", "lam"), text("F2", 10, 72, 700, "\xae\xb9t 73,95%")}}
	c, err := childReader().Read(context.Background(), baocao.Source{Name: "c.pdf", Data: p.bytes()})
	if err != nil {
		t.Fatalf("Read via child: %v", err)
	}
	want := "<Helvetica>Giai quyet viec lam § <.VnTime,Bold>®¹t 73,95% §"
	if got := render(c); got != want {
		t.Errorf("Read via child = %q, want %q", got, want)
	}
	_, err = childReader().Read(context.Background(), baocao.Source{Name: "bad.pdf", Data: []byte("%PDF-1.4\nnot really\n")})
	if !errors.Is(err, baocao.ErrCorrupt) {
		t.Errorf("Read of a broken PDF via child: error %v, want %v", err, baocao.ErrCorrupt)
	}
}

func TestChildMainJSON(t *testing.T) {
	p := testPDF{pages: []string{text("F1", 10, 72, 700, "hello")}}
	var out bytes.Buffer
	if err := ChildMain(context.Background(), []string{"-max-pages", "5"}, bytes.NewReader(p.bytes()), &out); err != nil {
		t.Fatal(err)
	}
	var d docText
	if err := json.Unmarshal(out.Bytes(), &d); err != nil {
		t.Fatalf("ChildMain output %q: %v", out.String(), err)
	}
	if d.Count != 1 || len(d.Pages) != 1 || len(d.Pages[0].Lines) != 1 || d.Pages[0].Lines[0].text() != "hello" {
		t.Errorf("ChildMain = %+v, want one page with the line hello", d)
	}
	out.Reset()
	if err := ChildMain(context.Background(), []string{"-max-size", "10"}, bytes.NewReader(p.bytes()), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"kind":"too large"`) {
		t.Errorf("ChildMain over -max-size = %s, want kind too large", out.String())
	}
}

// TestChildTimeout checks that a child that does not finish is killed at
// the deadline: the "program" here sleeps instead of reading.
func TestChildTimeout(t *testing.T) {
	sh, err := execLookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	// The Reader's flags become the script's ignored positional arguments.
	r := &Reader{Exec: []string{sh, "-c", "sleep 30", "sh"}, Pdftotext: "-", Timeout: 300 * time.Millisecond}
	start := time.Now()
	_, err = r.Read(context.Background(), baocao.Source{Name: "slow.pdf", Data: testPDF{pages: []string{""}}.bytes()})
	if !errors.Is(err, baocao.ErrTimeout) {
		t.Errorf("Read with a hanging child: error %v, want %v", err, baocao.ErrTimeout)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Read with a hanging child took %v", d)
	}
}

// TestLoopingFile checks a file on which the library loops for ever (a
// cross-reference /Prev pointing at itself): the reader refuses it up
// front, and a child running the library on it anyway is killed at the
// deadline.
func TestLoopingFile(t *testing.T) {
	data := testPDF{pages: []string{text("F1", 10, 72, 700, "x")}, loopPrev: true}.bytes()
	if !prevLoop(data) {
		t.Errorf("prevLoop = false on a self-referencing /Prev")
	}
	if prevLoop(testPDF{pages: []string{""}}.bytes()) {
		t.Errorf("prevLoop = true on a file without /Prev")
	}
	_, err := lib.Read(context.Background(), baocao.Source{Name: "loop.pdf", Data: data})
	if !errors.Is(err, baocao.ErrCorrupt) {
		t.Errorf("Read of a looping file: error %v, want %v", err, baocao.ErrCorrupt)
	}
	sh, err := execLookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	// A child that skips the check: the test binary's library call, run
	// through a shell so the looping file reaches lpdf.NewReader directly.
	r := &Reader{Exec: []string{sh, "-c", `exec "$0" -test.run='^TestHelperLoop$' -- loop`, os.Args[0]}, Pdftotext: "-", Timeout: 2 * time.Second}
	start := time.Now()
	_, err = r.Read(context.Background(), baocao.Source{Name: "loop.pdf", Data: data})
	if !errors.Is(err, baocao.ErrTimeout) {
		t.Errorf("Read of a looping file via a child: error %v, want %v", err, baocao.ErrTimeout)
	}
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("Read of a looping file took %v", d)
	}
}

// TestHelperLoop is a child that hands stdin straight to the library.
func TestHelperLoop(t *testing.T) {
	if len(os.Args) < 2 || os.Args[len(os.Args)-1] != "loop" {
		return
	}
	data, _ := io.ReadAll(os.Stdin)
	lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	os.Exit(0)
}

// TestOwnerPasswordOnly reads a file encrypted with an empty user
// password, which needs no password to open: make.sh made it from the same
// seed as seed-003, so the text must be the same.
func TestOwnerPasswordOnly(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "enc-owner.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := os.ReadFile(filepath.Join("testdata", "seed-003_c0c1f748af53598b.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pc, err := lib.Read(context.Background(), baocao.Source{Name: "seed.pdf", Data: plain})
	if err != nil {
		t.Fatal(err)
	}
	want := render(pc)
	for _, r := range []*Reader{lib, childReader()} {
		c, err := r.Read(context.Background(), baocao.Source{Name: "enc-owner.pdf", Data: data})
		if err != nil {
			t.Errorf("Read(enc-owner.pdf) child=%v: %v", r.Exec != nil, err)
			continue
		}
		if got := render(c); got != want || c.Pages != pc.Pages {
			t.Errorf("Read(enc-owner.pdf) child=%v = %d pages %.60q..., want %d pages %.60q...", r.Exec != nil, c.Pages, got, pc.Pages, want)
		}
	}
}

// TestMalformedFiles reads the broken fixtures made by testdata/make.sh,
// in-process and via the child, each within its time bound.
func TestMalformedFiles(t *testing.T) {
	want := map[string]error{
		"bad-empty.pdf":     baocao.ErrEmpty,
		"bad-random.pdf":    baocao.ErrCorrupt,
		"bad-truncated.pdf": baocao.ErrCorrupt,
		"bad-encrypted.pdf": baocao.ErrEncrypted,
	}
	for name, sentinel := range want {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []*Reader{{Pdftotext: "-", Timeout: 10 * time.Second}, childReader()} {
			start := time.Now()
			_, err := r.Read(context.Background(), baocao.Source{Name: name, Data: data})
			if !errors.Is(err, sentinel) {
				t.Errorf("Read(%s) child=%v: error %v, want %v", name, r.Exec != nil, err, sentinel)
			}
			if d := time.Since(start); d > 15*time.Second {
				t.Errorf("Read(%s) took %v", name, d)
			}
		}
	}
}

var execLookPath = exec.LookPath
