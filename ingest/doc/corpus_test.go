package doc

import (
	"context"
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
const ext = ".doc"

// corpusFacts are structural facts about real files, checked against what
// the reader returns: a font that must be named, and bounds on the number
// of paragraph breaks.
var corpusFacts = []struct {
	name             string
	font             string
	minPara, maxPara int
}{
	{"2002-0112qd.doc", ".VnTime", 400, 900},
	{"2004-B6.doc", ".VnTimeH", 10, 40},
	{"2004-NghiDinh117_2003.doc", ".VnTime", 150, 600},
	{"2004-duanLD9820.doc", "VNI-Times", 1000, 8000},
	{"2006-quydinhkiemtra02.doc", "VNI-Times", 50, 200},
	{"2006-Mau-MDS-1M.doc", ".VnTimeH", 5, 200},
}

func readCorpus(t *testing.T, name string) *baocao.Content {
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
		para := 0
		for _, b := range c.Blocks {
			fonts[b.Font] = true
			if b.Break == baocao.BreakPara {
				para++
			}
			if strings.ContainsRune(b.Text, 0) || !utf8.ValidString(b.Text) {
				t.Errorf("%s: block %q holds NUL or invalid UTF-8", f.name, b.Text)
			}
		}
		if !fonts[f.font] {
			t.Errorf("%s: fonts %v, want %q among them", f.name, fonts, f.font)
		}
		if para < f.minPara || para > f.maxPara {
			t.Errorf("%s: %d paragraphs, want %d..%d", f.name, para, f.minPara, f.maxPara)
		}
	}
}

var digits = regexp.MustCompile(`[0-9]+`)

// TestCorpusNumbers checks completeness and order on every real .doc: the
// numbers of the reference transcript must appear in the reader's text in
// the same order. Digits survive every legacy encoding unchanged, so this
// holds before vntext repairs the letters.
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
		got := digits.FindAllString(sb.String(), -1)
		found := inOrder(want, got)
		if len(want) > 0 && float64(found)/float64(len(want)) < 0.98 {
			t.Errorf("%s: %d of %d transcript numbers found in order", name, found, len(want))
		}
	}
}

// inOrder is the length of the longest common subsequence of want and
// got: how many of want's items got holds in the same order.
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
