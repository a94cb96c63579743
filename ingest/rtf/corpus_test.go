package rtf

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao"
)

// corpusDir holds real legacy-encoded reports and their Unicode transcripts.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus", "legacy")

var numberRE = regexp.MustCompile(`[0-9]+`)

// TestCorpus reads the real RTF files. The transcripts are Unicode and our
// text is still TCVN3 (vntext repairs it later), but digits are the same in
// both, so the sequence of numbers checks order and completeness, and the
// length checks that nothing large is missing or duplicated.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "files", "*.rtf"))
	if len(files) == 0 {
		t.Skip("shared corpus not present")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := new(Reader).Read(context.Background(), baocao.Source{Path: f, Name: filepath.Base(f), Data: data})
		if err != nil {
			t.Errorf("Read(%s): %v", f, err)
			continue
		}
		var b strings.Builder
		vn := 0
		for _, bl := range c.Blocks {
			if !utf8.ValidString(bl.Text) || bl.Raw != nil {
				t.Errorf("%s: block %q is not valid UTF-8 text", f, bl.Text)
			}
			if strings.HasPrefix(bl.Font, ".Vn") {
				vn++
			}
			b.WriteString(bl.Text)
			b.WriteByte(' ')
		}
		if vn == 0 {
			t.Errorf("%s: no block carries a .Vn font hint", f)
		}
		truth, err := os.ReadFile(filepath.Join(corpusDir, "truth", strings.TrimSuffix(filepath.Base(f), ".rtf")+".txt"))
		if err != nil {
			continue
		}
		got := numberRE.FindAllString(b.String(), -1)
		want := numberRE.FindAllString(string(truth), -1)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %d numbers, transcript %d; first difference at %d", f, len(got), len(want), firstDiff(got, want))
		}
		gl := utf8.RuneCountInString(strings.Join(strings.Fields(b.String()), ""))
		wl := utf8.RuneCountInString(strings.Join(strings.Fields(strings.ReplaceAll(string(truth), "|", "")), ""))
		if r := float64(gl) / float64(wl); r < 0.97 || r > 1.03 {
			t.Errorf("%s: %d non-space characters, transcript %d", f, gl, wl)
		}
	}
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func BenchmarkReadCorpus(b *testing.B) {
	f := filepath.Join(corpusDir, "files", "2003-A05.rtf")
	data, err := os.ReadFile(f)
	if err != nil {
		b.Skip("shared corpus not present")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := new(Reader).Read(context.Background(), baocao.Source{Name: "a.rtf", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadSynthetic(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{\rtf1\ansi\deff0{\fonttbl{\f0\fcharset0 .VnTime;}{\f1\fcharset163 Arial;}}`)
	for range 2000 {
		sb.WriteString(`\pard {\f0 Gi\'b6i quy\'d5t vi\'d6c l\'b5m cho 28.101 lao \'ae\'e9ng}{\f1  Vi\'ea\'f2t\u7879?}\par` + "\n")
	}
	sb.WriteString("}")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := new(Reader).Read(context.Background(), baocao.Source{Name: "s.rtf", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
