package txt

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/ingest/internal/readertest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	for _, in := range readertest.Inputs(t, "*.input") {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: filepath.Base(in), Data: data})
		if err != nil {
			t.Errorf("Read(%s) = %v", in, err)
			continue
		}
		if err := readertest.Check(c); err != nil {
			t.Errorf("Read(%s): %v", in, err)
		}
		readertest.Golden(t, strings.TrimSuffix(in, ".input")+".golden", readertest.Render(c), *update)
	}
}

var decodeTests = []struct {
	in       string
	text     string
	encoding string
}{
	{"abc", "abc", "utf-8"},
	{"\xEF\xBB\xBFđạt", "đạt", "utf-8"},
	{"\xFF\xFEa\x00\xa1\x1e", "aạ", "utf-16le"},
	{"\xFE\xFF\x00a\x1e\xa1", "aạ", "utf-16be"},
	{"ti\xe1\xba", "ti\uFFFD", "utf-8"}, // cut inside the last character
	{"ti\xe1\xbaxx", "", ""},
	{"Ba\xf9o ca\xf9o", "", ""},
}

func TestDecode(t *testing.T) {
	for _, tt := range decodeTests {
		text, enc := Decode([]byte(tt.in))
		if text != tt.text || enc != tt.encoding {
			t.Errorf("Decode(%q) = %q, %q, want %q, %q", tt.in, text, enc, tt.text, tt.encoding)
		}
	}
}

func TestKeepChrome(t *testing.T) {
	src := baocao.Source{Name: "a.txt", Data: []byte("Tăng cỡ chữ Giảm cỡ chữ\nNội dung")}
	c, err := (&Reader{KeepChrome: true}).Read(context.Background(), src)
	if err != nil || len(c.Blocks) != 1 || !strings.HasPrefix(c.Blocks[0].Text, "Tăng cỡ chữ") {
		t.Errorf("Read(KeepChrome) = %+v, %v, want the toolbar line kept", c, err)
	}
}

func TestEmpty(t *testing.T) {
	if _, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "a.txt"}); !errors.Is(err, baocao.ErrEmpty) {
		t.Errorf("Read(empty) = %v, want ErrEmpty", err)
	}
}

// seedChrome lists, for the real portal copies among the seeds, the chrome
// the reader must drop and report text that must survive.
var seedChrome = []struct {
	file     string
	gone     []string
	kept     []string
	warnings bool
}{
	{"001_79f77233dad79a97.txt", []string{"Toàn cảnh hội nghị"}, []string{"người lao động của Sở.", "giải quyết việc làm đạt 105,35%", "Văn Tiến"}, true},
	// 003's photo caption states a figure and names the province: it stays
	{"003_c0c1f748af53598b.txt", []string{"PublishingPortal", "Tăng cỡ chữ"}, []string{"07/12/2022", "giải quyết việc làm cho 8.095/6.000 người", "Bích Huệ", "753 lao"}, true},
	{"000_3a3f5fc2adcb33a4.txt", nil, []string{"Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%"}, false},
	{"002_a7474b39d2c342f9.txt", nil, []string{"BÁO CÁO"}, false},
	{"004_0fb4bd408661e4a6.txt", nil, []string{"<sup>1</sup>"}, false},
}

func TestSeeds(t *testing.T) {
	for _, s := range seedChrome {
		path := readertest.Shared(t, filepath.Join("seeds", s.file))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: s.file, Data: data})
		if err != nil {
			t.Fatalf("Read(%s) = %v", s.file, err)
		}
		var all strings.Builder
		for _, b := range c.Blocks {
			all.WriteString(b.Text + "\n")
		}
		for _, g := range s.gone {
			if strings.Contains(all.String(), g) {
				t.Errorf("Read(%s) kept chrome %q", s.file, g)
			}
		}
		for _, k := range s.kept {
			if !strings.Contains(all.String(), k) {
				t.Errorf("Read(%s) lost report text %q", s.file, k)
			}
		}
		if (len(c.Warnings) > 0) != s.warnings {
			t.Errorf("Read(%s) warnings = %q, want some: %v", s.file, c.Warnings, s.warnings)
		}
		// Every line the reader kept is a line (or the start of a line) of the file.
		for _, b := range c.Blocks {
			for line := range strings.SplitSeq(b.Text, "\n") {
				if !strings.Contains(string(data), line) {
					t.Errorf("Read(%s) invented line %q", s.file, line)
				}
			}
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, in := range readertest.Inputs(f, "*.input") {
		data, _ := os.ReadFile(in)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		readertest.Fuzz(t, &Reader{}, "f.txt", data)
	})
}

func BenchmarkRead(b *testing.B) {
	data := []byte(strings.Repeat("Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch.\nTỷ lệ hộ nghèo giảm còn 5,33%.\n\n", 5000))
	b.SetBytes(int64(len(data)))
	r := &Reader{}
	for b.Loop() {
		if _, err := r.Read(context.Background(), baocao.Source{Name: "a.txt", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
