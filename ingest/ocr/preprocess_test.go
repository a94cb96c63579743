package ocr

import (
	"bufio"
	"bytes"
	"image"
	"os"
	"path/filepath"
	"testing"
)

var pgmTests = []struct {
	in   string
	w, h int
	ok   bool
}{
	{"P5\n2 1\n255\n\x00\xff", 2, 1, true},
	{"P5 # comment\n# another\n1 2 255\n\x10\x20", 1, 2, true},
	{"P5\n2 1\n65535\n\x00\x00\x00\x00", 0, 0, false},
	{"P5\n0 1\n255\n", 0, 0, false},
	{"P5\n2 2\n255\n\x00", 0, 0, false},
	{"P5\n99999999999999 1\n255\n", 0, 0, false},
	{"P5\n100000 100000\n255\n", 0, 0, false},
}

func TestReadPGM(t *testing.T) {
	for _, tt := range pgmTests {
		g, err := readPGM(bufio.NewReader(bytes.NewReader([]byte(tt.in))), DefaultMaxPixels)
		if (err == nil) != tt.ok || err == nil && (g.Rect.Dx() != tt.w || g.Rect.Dy() != tt.h) {
			t.Errorf("readPGM(%q) = %v, %v, want %dx%d ok %v", tt.in, g, err, tt.w, tt.h, tt.ok)
		}
	}
}

// TestBlur: a blur keeps a flat image flat, spreads a dot symmetrically,
// and round-trips through PGM.
func TestBlur(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 9, 9))
	for i := range g.Pix {
		g.Pix[i] = 255
	}
	g.Pix[4*9+4] = 0
	blur(g, 0.9)
	c, l, r, u := g.Pix[4*9+4], g.Pix[4*9+3], g.Pix[4*9+5], g.Pix[3*9+4]
	if c >= l || l != r || l != u || g.Pix[0] != 255 {
		t.Errorf("blurred dot: centre %d left %d right %d up %d corner %d", c, l, r, u, g.Pix[0])
	}
	name := filepath.Join(t.TempDir(), "x.pgm")
	if err := writePGM(name, g); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	back, err := readPGM(bufio.NewReader(f), DefaultMaxPixels)
	if err != nil || !bytes.Equal(back.Pix, g.Pix) {
		t.Errorf("PGM round trip: %v", err)
	}
}

func FuzzReadPGM(f *testing.F) {
	for _, tt := range pgmTests {
		f.Add([]byte(tt.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := readPGM(bufio.NewReader(bytes.NewReader(data)), 1<<20)
		if err == nil && len(g.Pix) != g.Rect.Dx()*g.Rect.Dy() {
			t.Fatalf("readPGM(%q): %d pixels for %v", data, len(g.Pix), g.Rect)
		}
	})
}

func BenchmarkBlur(b *testing.B) {
	g := image.NewGray(image.Rect(0, 0, 2480, 3508)) // A4 at 300 dpi
	for b.Loop() {
		blur(g, DefaultBlur)
	}
}

// TestSharpness: the committed crisp page is blurred, the degraded one not.
func TestSharpness(t *testing.T) {
	for _, tt := range []struct {
		file string
		want bool
	}{{"page.png", true}, {"page-degraded.jpg", false}} {
		out := filepath.Join(t.TempDir(), "out.pgm")
		got, err := blurFile(filepath.Join("testdata", tt.file), out, DefaultBlur, DefaultMaxPixels)
		if err != nil || got != tt.want {
			t.Errorf("blurFile(%s) = %v, %v, want %v", tt.file, got, err, tt.want)
		}
	}
}
