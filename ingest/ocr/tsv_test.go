package ocr

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"baocao"
)

var update = flag.Bool("update", false, "rewrite golden files")

// row writes one TSV row.
func row(level, page, block, par, line, wordNum, left, top, width, height int, conf, text string) string {
	return fmt.Sprintf("%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\n", level, page, block, par, line, wordNum, left, top, width, height, conf, text)
}

var parseTSVTests = []struct {
	name  string
	in    string
	want  []word
	error error
}{
	{"empty", "", nil, nil},
	{"header only", tsvHeader + "\n", nil, nil},
	{"structure rows skipped", tsvHeader + "\n" +
		row(1, 1, 0, 0, 0, 0, 0, 0, 100, 100, "-1", "") +
		row(2, 1, 1, 0, 0, 0, 10, 10, 80, 20, "-1", "") +
		row(5, 1, 1, 1, 1, 1, 10, 10, 20, 20, "96.5", "Việt"),
		[]word{{Page: 1, Block: 1, Par: 1, Line: 1, Left: 10, Top: 10, Width: 20, Height: 20, Conf: 96.5, Text: "Việt"}}, nil},
	{"blank words dropped", row(5, 1, 1, 1, 1, 1, 0, 0, 5, 5, "95", " ") + row(5, 1, 1, 1, 1, 2, 9, 0, 5, 5, "-1", ""), nil, nil},
	{"crlf", row(5, 2, 3, 4, 5, 6, 1, 2, 3, 4, "50", "đồng\r"),
		[]word{{Page: 2, Block: 3, Par: 4, Line: 5, Left: 1, Top: 2, Width: 3, Height: 4, Conf: 50, Text: "đồng"}}, nil},
	{"missing text column", "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\n", nil, nil},
	{"tab in text kept", "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\ta\tb\n",
		[]word{{Page: 1, Block: 1, Par: 1, Line: 1, Width: 1, Height: 1, Conf: 90, Text: "a\tb"}}, nil},
	{"too few columns", "5\t1\t1\n", nil, baocao.ErrCorrupt},
	{"bad number", row(5, 1, 1, 1, 1, 1, 0, 0, 1, 1, "x", "a"), nil, baocao.ErrCorrupt},
	{"bad level", "a\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\ta\n", nil, baocao.ErrCorrupt},
	{"huge line", strings.Repeat("x", maxTSVLine+1), nil, baocao.ErrCorrupt},
}

func TestParseTSV(t *testing.T) {
	for _, tt := range parseTSVTests {
		got, err := parseTSV([]byte(tt.in))
		if tt.error != nil {
			if !errors.Is(err, tt.error) {
				t.Errorf("%s: parseTSV(%.40q) error = %v, want %v", tt.name, tt.in, err, tt.error)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: parseTSV(%.40q) = %+v, %v, want %+v", tt.name, tt.in, got, err, tt.want)
		}
	}
}

// TestGolden assembles the paragraphs of testdata/NAME.tsv (tesseract's
// output on the committed page images) and compares them with NAME.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.tsv: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words, err := parseTSV(data)
		if err != nil {
			t.Fatalf("parseTSV(%s): %v", f, err)
		}
		got := dumpParas(paragraphs(lines(words)))
		golden := strings.TrimSuffix(f, ".tsv") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("paragraphs of %s:\n%s\nwant:\n%s", f, got, want)
		}
	}
}

func dumpParas(ps []para) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "[%d] %s\n", p.Page, p.Text)
	}
	return b.String()
}

func FuzzParseTSV(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.tsv"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	for _, tt := range parseTSVTests {
		f.Add([]byte(tt.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		words, err := parseTSV(data)
		if err != nil {
			if !errors.Is(err, baocao.ErrCorrupt) {
				t.Fatalf("parseTSV error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		for _, p := range paragraphs(lines(words)) {
			if !utf8.ValidString(p.Text) || !norm.NFC.IsNormalString(p.Text) {
				t.Fatalf("paragraph %q is not valid UTF-8 NFC", p.Text)
			}
			if strings.TrimSpace(p.Text) == "" {
				t.Fatalf("blank paragraph from %q", data)
			}
		}
	})
}

func BenchmarkParagraphs(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "page.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		words, err := parseTSV(data)
		if err != nil {
			b.Fatal(err)
		}
		paragraphs(lines(words))
	}
}
