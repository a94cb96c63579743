package ocr

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

// needTesseract skips a test when tesseract or its Vietnamese model is
// missing.
func needTesseract(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed")
	}
	out, err := exec.Command("tesseract", "--list-langs").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "\nvie") {
		t.Skip("tesseract has no vie model")
	}
}

func readFixture(t testing.TB, name string) baocao.Source {
	t.Helper()
	p := filepath.Join("testdata", name)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return baocao.Source{Path: p, Name: name, Data: data}
}

// wordsRight is the share of the words of want found in the same place in
// got (both split on white space), a rough accuracy for OCR tests.
func wordsRight(got, want string) float64 {
	g, w := strings.Fields(got), strings.Fields(want)
	seen := map[string]int{}
	for _, x := range g {
		seen[x]++
	}
	n := 0
	for _, x := range w {
		if seen[x] > 0 {
			seen[x]--
			n++
		}
	}
	return float64(n) / float64(max(len(w), 1))
}

func contentText(c *baocao.Content) string {
	var b strings.Builder
	for _, bl := range c.Blocks {
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

var ocrTests = []struct {
	file     string
	format   string
	minWords float64 // share of the words of page.txt read exactly
	minConf  float64
}{
	{"page.png", "png", 0.97, 0.85},
	{"page-degraded.jpg", "jpg", 0.95, 0.8},
}

func TestReadImage(t *testing.T) {
	needTesseract(t)
	truth, err := os.ReadFile(filepath.Join("testdata", "page.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range ocrTests {
		c, err := (&Reader{}).Read(context.Background(), readFixture(t, tt.file))
		if err != nil {
			t.Fatalf("Read(%s): %v", tt.file, err)
		}
		if c.Format != tt.format || c.Reader != "tesseract" || !c.OCR || c.Pages != 1 {
			t.Errorf("Read(%s) = format %q reader %q OCR %v pages %d, want %q tesseract true 1", tt.file, c.Format, c.Reader, c.OCR, c.Pages, tt.format)
		}
		if c.Confidence < tt.minConf || c.Confidence > 1 {
			t.Errorf("Read(%s) confidence %.3f, want %.2f..1", tt.file, c.Confidence, tt.minConf)
		}
		if len(c.Blocks) != 4 {
			t.Errorf("Read(%s) = %d paragraphs, want 4:\n%s", tt.file, len(c.Blocks), contentText(c))
		}
		for _, b := range c.Blocks {
			if b.Page != 1 {
				t.Errorf("Read(%s) block on page %d, want 1", tt.file, b.Page)
			}
		}
		if got := wordsRight(contentText(c), string(truth)); got < tt.minWords {
			t.Errorf("Read(%s) read %.3f of the words, want %.2f:\n%s", tt.file, got, tt.minWords, contentText(c))
		}
	}
}

func TestNoTesseract(t *testing.T) {
	r := &Reader{Tesseract: filepath.Join(t.TempDir(), "tesseract")}
	_, err := r.Read(context.Background(), readFixture(t, "page.png"))
	if !errors.Is(err, baocao.ErrNoTool) || !strings.Contains(err.Error(), "apt-get install tesseract-ocr tesseract-ocr-vie") {
		t.Errorf("Read with a missing tesseract: %v, want ErrNoTool with the packages to install", err)
	}
}

func TestNoModel(t *testing.T) {
	needTesseract(t)
	_, err := (&Reader{Lang: "zzz"}).Read(context.Background(), readFixture(t, "page.png"))
	if !errors.Is(err, baocao.ErrNoTool) {
		t.Errorf("Read with a missing model: %v, want ErrNoTool", err)
	}
}

// pngHeader is a PNG whose header claims w×h pixels.
func pngHeader(w, h int) []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1)))
	data := b.Bytes()
	binary.BigEndian.PutUint32(data[16:], uint32(w))
	binary.BigEndian.PutUint32(data[20:], uint32(h))
	binary.BigEndian.PutUint32(data[29:], crc32.ChecksumIEEE(data[12:29]))
	return data
}

var badImageTests = []struct {
	name string
	data []byte
	want error
}{
	{"empty.png", nil, baocao.ErrEmpty},
	{"text.png", []byte("not an image at all"), baocao.ErrCorrupt},
	{"truncated.png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), baocao.ErrCorrupt},
	{"huge.png", pngHeader(100000, 100000), baocao.ErrTooLarge},
	{"loop.tif", []byte("II*\x00\x08\x00\x00\x00\x00\x00\x08\x00\x00\x00"), baocao.ErrCorrupt},
	{"short.tif", []byte("MM\x00*\x00\x00\x00\x08\x00"), baocao.ErrCorrupt},
}

func TestBadImages(t *testing.T) {
	for _, tt := range badImageTests {
		_, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: tt.name, Data: tt.data})
		if !errors.Is(err, tt.want) {
			t.Errorf("Read(%s) = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// tiff builds a little-endian TIFF skeleton with n empty directories.
func tiff(n int) []byte {
	b := []byte("II*\x00\x08\x00\x00\x00")
	for i := range n {
		next := uint32(0)
		if i+1 < n {
			next = uint32(len(b) + 6)
		}
		b = binary.LittleEndian.AppendUint16(b, 0)
		b = binary.LittleEndian.AppendUint32(b, next)
	}
	return b
}

var tiffPagesTests = []struct {
	data []byte
	want int
	err  error
}{
	{tiff(1), 1, nil},
	{tiff(3), 3, nil},
	{[]byte("II*\x00\x00\x00\x00\x00"), 0, baocao.ErrCorrupt},
	{[]byte("II*\x00\xff\x00\x00\x00"), 0, baocao.ErrCorrupt},
	{tiff(MaxTIFFPages + 1), 0, baocao.ErrTooLarge},
}

func TestTIFFPages(t *testing.T) {
	for _, tt := range tiffPagesTests {
		got, err := tiffPages(tt.data)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("tiffPages(%.20q) = %d, %v, want %d, %v", tt.data, got, err, tt.want, tt.err)
		}
	}
}

func BenchmarkReadPNG(b *testing.B) {
	needTesseract(b)
	src := readFixture(b, "page.png")
	for b.Loop() {
		if _, err := (&Reader{}).Read(context.Background(), src); err != nil {
			b.Fatal(err)
		}
	}
}
