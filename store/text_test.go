package store

import (
	"bytes"
	stdflate "compress/flate"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"

	"github.com/klauspost/compress/flate"
)

var textTests = []struct {
	text  string
	codec byte
}{
	{"", codecRaw},
	{"ngắn", codecRaw},
	{strings.Repeat("Giải quyết việc làm cho 28.101 lao động. ", 50), codecSnappy},
}

func TestTextCodec(t *testing.T) {
	for _, tt := range textTests {
		v := encodeText(tt.text)
		if v[0] != tt.codec {
			t.Errorf("encodeText(%.20q) codec %d, want %d", tt.text, v[0], tt.codec)
		}
		got, err := decodeText(v)
		if err != nil || got != tt.text {
			t.Errorf("decodeText(encodeText(%.20q)) = %.20q, %v", tt.text, got, err)
		}
	}
	for _, bad := range badTexts {
		if _, err := decodeText(bad); !errors.Is(err, baocao.ErrCorrupt) {
			t.Errorf("decodeText(%x) = %v, want ErrCorrupt", bad, err)
		}
	}
}

// badTexts are stored values decodeText must refuse with ErrCorrupt.
var badTexts = [][]byte{nil, {9, 1}, {codecFlate, 0xff, 0xff}, {codecSnappy, 0xff, 0xff},
	{codecSnappy, 0xff, 0xff, 0xff, 0xff, 0x0f, 0}} // the last claims 4 GB

// FuzzDecodeText decodes arbitrary values of the texts and docs buckets:
// no panic, errors wrap ErrCorrupt, and what decodes encodes back to the
// same text.
func FuzzDecodeText(f *testing.F) {
	for _, tt := range textTests {
		f.Add(encodeText(tt.text))
	}
	for _, v := range badTexts {
		f.Add(v)
	}
	f.Add(deflateText(textTests[2].text))
	if v, ok := appendSnappy([]byte{codecSnappy}, []byte(strings.Repeat(`{"doc":"a"}`, 20))); ok {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		text, err := decodeText(v)
		if err != nil {
			if !errors.Is(err, baocao.ErrCorrupt) {
				t.Fatalf("decodeText error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		if back, err := decodeText(encodeText(text)); err != nil || back != text {
			t.Fatalf("decodeText(encodeText(%.20q)) = %.20q, %v", text, back, err)
		}
	})
}

// seeds returns the real reports under shared/seeds, skipping when absent.
func seeds(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		tb.Skip("no shared seeds")
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestSeedCompression reports how much S2 saves on real reports; it pays
// when the stored size is well under the raw size.
func TestSeedCompression(t *testing.T) {
	var raw, stored int
	for _, text := range seeds(t) {
		raw += len(text)
		stored += len(encodeText(text))
	}
	t.Logf("seeds: %d bytes raw, %d stored (%.1f%%)", raw, stored, 100*float64(stored)/float64(raw))
	if stored*4 > raw*3 {
		t.Errorf("S2 stored %d of %d bytes; Vietnamese reports compress better than 4:3", stored, raw)
	}
}

// TestStdlibDeflateReads: archives written before texts were stored with
// S2 hold deflated texts, from the standard library's writer and, later,
// klauspost's; both must read unchanged.
func TestStdlibDeflateReads(t *testing.T) {
	for _, text := range append(seeds(t), textTests[2].text) {
		for _, v := range [][]byte{deflateStd(text), deflateText(text)} {
			if got, err := decodeText(v); err != nil || got != text {
				t.Errorf("decodeText(deflated %.20q) = %.20q, %v", text, got, err)
			}
		}
	}
}

// deflateStd is a text value as the first schema 2 writers stored it:
// the standard library's deflate at level 5.
func deflateStd(text string) []byte {
	return deflated(text, func(w io.Writer) io.WriteCloser { fw, _ := stdflate.NewWriter(w, 5); return fw })
}

// deflateText is a text or metadata value as schema 2 and 3 stored it
// before S2: klauspost's deflate at level 5.
func deflateText(text string) []byte {
	return deflated(text, func(w io.Writer) io.WriteCloser { fw, _ := flate.NewWriter(w, 5); return fw })
}

func deflated(text string, writer func(io.Writer) io.WriteCloser) []byte {
	var buf bytes.Buffer
	buf.WriteByte(codecFlate)
	w := writer(&buf)
	io.WriteString(w, text)
	w.Close()
	return buf.Bytes()
}
