package xls

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao"
)

// corpus is the shared legacy corpus, read at test time when present.
var corpus = filepath.Join("..", "..", "..", "shared", "corpus", "legacy")

// ext is the extension of the corpus files this package reads.
const ext = ".xls"

// corpusFacts are structural facts about real workbooks: a font that must
// be named and bounds on the number of rows.
var corpusFacts = []struct {
	name             string
	font             string
	minRows, maxRows int
}{
	{"2005-FDILangson.xls", ".VnTime", 30, 70},
	{"2006-Mau21_CKTC_NSH-1.xls", "VNI-Times", 15, 40},
	{"2005-34448_Data_08-2005_Website.xls", ".VnArial Narrow", 300, 450},
	{"2007-bkqd1412006.dot.xls", "VNI-Times", 400, 800},
}

func readCorpus(t testing.TB, name string) *baocao.Content {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus, "files", name))
	if os.IsNotExist(err) {
		t.Skipf("%s absent", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	c, err := new(Reader).Read(context.Background(), baocao.Source{Name: name, Data: data})
	if err != nil {
		t.Fatalf("Read(%s) = %v", name, err)
	}
	return c
}

func TestCorpusFacts(t *testing.T) {
	for _, f := range corpusFacts {
		c := readCorpus(t, f.name)
		fonts := map[string]bool{}
		rows := 0
		for _, b := range c.Blocks {
			fonts[b.Font] = true
			if b.Break >= baocao.BreakLine {
				rows++
			}
			if strings.ContainsRune(b.Text, 0) || !utf8.ValidString(b.Text) {
				t.Errorf("%s: cell %q holds NUL or invalid UTF-8", f.name, b.Text)
			}
		}
		if !fonts[f.font] {
			t.Errorf("%s: fonts %v, want %q among them", f.name, fonts, f.font)
		}
		if rows < f.minRows || rows > f.maxRows {
			t.Errorf("%s: %d rows, want %d..%d", f.name, rows, f.minRows, f.maxRows)
		}
	}
}

var digits = regexp.MustCompile(`[0-9]+`)

// TestCorpusNumbers checks completeness, cell order and number formatting
// on every real workbook: the numbers of the reference transcript must
// appear in the reader's text in the same order.
func TestCorpusNumbers(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus, "files", "*"+ext))
	if len(files) == 0 {
		t.Skip("corpus absent")
	}
	for _, p := range files {
		name := filepath.Base(p)
		truth, err := os.ReadFile(filepath.Join(corpus, "truth", strings.TrimSuffix(name, ext)+".txt"))
		if err != nil {
			continue
		}
		c := readCorpus(t, name)
		var sb strings.Builder
		for _, b := range c.Blocks {
			sb.WriteString(b.Text)
			sb.WriteByte(' ')
		}
		want := digits.FindAllString(string(truth), -1)
		found := inOrder(want, digits.FindAllString(sb.String(), -1))
		if len(want) > 0 && found != len(want) {
			t.Errorf("%s: %d of %d transcript numbers found in order", name, found, len(want))
		}
	}
}

// inOrder is the length of the longest common subsequence of want and got.
func inOrder(want, got []string) int {
	prev := make([]int, len(got)+1)
	cur := make([]int, len(got)+1)
	for _, w := range want {
		for j, g := range got {
			switch {
			case w == g:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(got)]
}

// sentinels are the errors Read may return; anything else is a bug.
var sentinels = []error{baocao.ErrCorrupt, baocao.ErrEncrypted, baocao.ErrUnsupported, context.Canceled}

// FuzzRead feeds damaged workbooks to the reader: no panic, valid UTF-8,
// only sentinel errors.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.xls"))
	seeds = append(seeds, filepath.Join(corpus, "files", "2006-Mau21_CKTC_NSH-1.xls"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: "f.xls", Data: data})
		if err != nil {
			for _, s := range sentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("Read = %v, want an error wrapping a baocao sentinel", err)
		}
		for _, b := range c.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("cell %q is not valid UTF-8", b.Text)
			}
		}
	})
}

// BenchmarkRead measures the reader on the largest real workbook.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpus, "files", "2007-bkqd1412006.dot.xls"))
	if err != nil {
		b.Skip("corpus absent")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := new(Reader).Read(context.Background(), baocao.Source{Name: "x.xls", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
