package ppt

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao"
)

var update = flag.Bool("update", false, "rewrite golden files")

func render(c *baocao.Content) string {
	var sb strings.Builder
	for _, b := range c.Blocks {
		fmt.Fprintf(&sb, "%q font=%q %s\n", b.Text, b.Font, breakNames[b.Break])
	}
	return sb.String()
}

var breakNames = map[baocao.Break]string{
	baocao.BreakNone: "none", baocao.BreakCell: "cell", baocao.BreakLine: "line",
	baocao.BreakPara: "para", baocao.BreakPage: "page",
}

func TestGolden(t *testing.T) {
	in := filepath.Join("testdata", "deck.ppt")
	golden := filepath.Join("testdata", "deck.golden")
	if *update {
		if err := os.WriteFile(in, presentation(false), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, presentation(false)) {
		t.Errorf("%s is stale: run go test -update", in)
	}
	c, err := new(Reader).Read(context.Background(), baocao.Source{Name: "deck.ppt", Data: data})
	if err != nil {
		t.Fatalf("Read(%s) = %v", in, err)
	}
	got := render(c)
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("Read(%s) =\n%s\nwant\n%s", in, got, want)
	}
}

var errorTests = []struct {
	name string
	data []byte
	want error
}{
	{"encrypted", presentation(true), baocao.ErrEncrypted},
	{"not ole", []byte("plain text"), baocao.ErrCorrupt},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		_, err := new(Reader).Read(context.Background(), baocao.Source{Name: tt.name, Data: tt.data})
		if !errors.Is(err, tt.want) {
			t.Errorf("Read(%s) = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestCorpus checks the real presentation: VNI fonts named, every
// transcript number present, no NUL.
func TestCorpus(t *testing.T) {
	const name = "2009-Van-ban-phap-quy-2-_10-02-09.ppt"
	data, err := os.ReadFile(filepath.Join(corpus, "files", name))
	if err != nil {
		t.Skip("corpus absent")
	}
	truth, err := os.ReadFile(filepath.Join(corpus, "truth", strings.TrimSuffix(name, ext)+".txt"))
	if err != nil {
		t.Skip("transcript absent")
	}
	c, err := new(Reader).Read(context.Background(), baocao.Source{Name: name, Data: data})
	if err != nil {
		t.Fatalf("Read(%s) = %v", name, err)
	}
	var sb strings.Builder
	fonts := map[string]int{}
	for _, b := range c.Blocks {
		sb.WriteString(b.Text)
		sb.WriteByte('\n')
		fonts[b.Font] += len(b.Text)
	}
	got := sb.String()
	if strings.ContainsRune(got, 0) || !utf8.ValidString(got) {
		t.Errorf("%s: text holds NUL or invalid UTF-8", name)
	}
	if fonts["VNI-Avo"] < len(got)/2 {
		t.Errorf("%s: fonts %v, want VNI-Avo for most of the text", name, fonts)
	}
	for _, line := range strings.Split(string(truth), "\n") {
		for _, f := range strings.Fields(line) {
			if strings.Trim(f, "0123456789/.,:()-") == "" && len(f) > 2 && !strings.Contains(got, f) {
				t.Errorf("%s: transcript figure %q missing", name, f)
			}
		}
	}
}

// FuzzRead: no panic, valid UTF-8, only sentinel errors.
func FuzzRead(f *testing.F) {
	f.Add(presentation(false))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: "f.ppt", Data: data})
		if err != nil {
			for _, s := range []error{baocao.ErrCorrupt, baocao.ErrEncrypted} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("Read = %v, want an error wrapping a baocao sentinel", err)
		}
		for _, b := range c.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("block %q is not valid UTF-8", b.Text)
			}
		}
	})
}

// BenchmarkRead measures the reader on the real presentation.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpus, "files", "2009-Van-ban-phap-quy-2-_10-02-09.ppt"))
	if err != nil {
		b.Skip("corpus absent")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := new(Reader).Read(context.Background(), baocao.Source{Name: "x.ppt", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
