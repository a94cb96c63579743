package html

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao"
	"baocao/gen"
	"baocao/ingest"
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

func FuzzRead(f *testing.F) {
	for _, in := range readertest.Inputs(f, "*.input") {
		data, _ := os.ReadFile(in)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		readertest.Fuzz(t, &Reader{}, "f.html", data)
	})
}

// portalMust lists what the portal fixture's article must keep and the
// page furniture it must lose; the golden file shows the rest.
var portalMust = struct{ kept, gone []string }{
	kept: []string{"Tổng kết công tác lao động", "15/01/2023", "12.530/12.000", "Đào tạo nghề", "Minh Anh"},
	gone: []string{"Trang chủ", "Giới thiệu", "Tăng cỡ chữ", "Tin liên quan", "Hội nghị triển khai nhiệm vụ năm 2023", "Chia sẻ", "Bản quyền", "Ý kiến", "tracking", "color:red", "Liên kết website", "Lịch tiếp công dân", "Quang cảnh"},
}

func TestPortal(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "portal.input"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "portal.html", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	text := readertest.Render(c)
	text = text[strings.Index(text, "--\n"):] // the blocks, not the title
	for _, k := range portalMust.kept {
		if !strings.Contains(text, k) {
			t.Errorf("Read(portal) lost %q", k)
		}
	}
	for _, g := range portalMust.gone {
		if strings.Contains(text, g) {
			t.Errorf("Read(portal) kept %q", g)
		}
	}
	whole, err := (&Reader{WholePage: true}).Read(context.Background(), baocao.Source{Name: "portal.html", Data: data})
	if err != nil || !strings.Contains(readertest.Render(whole), "Trang chủ") {
		t.Errorf("Read(portal, WholePage) lost the menu: %v", err)
	}
}

var decodeTests = []struct {
	in, text, enc string
}{
	{"<meta charset=utf-8>đạt", "<meta charset=utf-8>đạt", "utf-8"},
	{"<meta charset='ISO-8859-1'>\xb8", "<meta charset='ISO-8859-1'>¸", ""},
	{"<meta charset=windows-1258>a\xf2", "<meta charset=windows-1258>a\u0323", "windows-1258"},
	{"plain \xe1\xba\xa1 and stray \xb8", "plain ạ and stray ¸", "utf-8"},
	{"<meta charset=bogus>x", "<meta charset=bogus>x", "utf-8"},
	{"<?xml version='1.0' encoding='windows-1258'?><html>\xf2", "<?xml version='1.0' encoding='windows-1258'?><html>\u0323", "windows-1258"},
}

func TestDecode(t *testing.T) {
	for _, tt := range decodeTests {
		text, enc, _ := decode([]byte(tt.in), "")
		if text != tt.text || enc != tt.enc {
			t.Errorf("decode(%q) = %q, %q, want %q, %q", tt.in, text, enc, tt.text, tt.enc)
		}
	}
}

func TestHostile(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"deep", []byte(strings.Repeat("<div>", 50000) + "sâu" + strings.Repeat("</div>", 50000))},
		{"unclosed", []byte(strings.Repeat("<font><b><table><tr><td>", 3000) + "x")},
		{"binary", []byte("\x00\x01\x02<html>\xff\xfe\x00")},
		{"empty body", []byte("<html><body></body></html>")},
	}
	for _, tt := range tests {
		start := time.Now()
		c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: tt.name + ".html", Data: tt.data})
		if err == nil {
			err = readertest.Check(c)
		}
		if err != nil {
			t.Errorf("Read(%s) = %v", tt.name, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Read(%s) took %v", tt.name, d)
		}
	}
	if _, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "a.html"}); !errors.Is(err, baocao.ErrEmpty) {
		t.Errorf("Read(empty) = %v, want ErrEmpty", err)
	}
}

func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "portal.input"))
	if err != nil {
		b.Fatal(err)
	}
	// A long article inside the portal's furniture.
	para := "<p>Toàn tỉnh giải quyết việc làm cho 12.530/12.000 lao động, đạt 104,4% kế hoạch; tỷ lệ hộ nghèo còn 4,35%.</p>\n"
	data = []byte(strings.Replace(string(data), `<div class="noidung">`, `<div class="noidung">`+strings.Repeat(para, 3000), 1))
	b.SetBytes(int64(len(data)))
	r := &Reader{}
	for b.Loop() {
		if _, err := r.Read(context.Background(), baocao.Source{Name: "a.html", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSelect checks that ingest.Select hands every fixture to this reader,
// whatever the name: the content decides.
func TestSelect(t *testing.T) {
	for _, in := range readertest.Inputs(t, "*.input") {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(in) == "fragment.input" {
			continue // no <html>: plain text to the sniffer, HTML only by name
		}
		r, err := ingest.Select([]baocao.Reader{&Reader{}}, baocao.Source{Name: "page.doc", Data: data})
		if err != nil || r == nil {
			t.Errorf("Select(%s) = %v, %v, want the HTML reader", in, r, err)
		}
	}
}

// BenchmarkReadGenerated reads generated portal pages, the kind an import
// meets most.
func BenchmarkReadGenerated(b *testing.B) {
	dir := b.TempDir()
	if _, err := gen.Generate(gen.Options{Dir: dir, N: 60, Seed: 3, Formats: map[string]int{"html": 1}}); err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, gen.ReportsDir, "*", "*.html"))
	var pages [][]byte
	size := 0
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	r := &Reader{}
	for b.Loop() {
		for _, data := range pages {
			if _, err := r.Read(context.Background(), baocao.Source{Name: "a.html", Data: data}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
