package pdf

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao"
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
