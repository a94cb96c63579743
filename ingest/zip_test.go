package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"baocao"
)

// bomb returns a small archive whose one entry inflates to n zero bytes.
func bomb(t testing.TB, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	f, err := w.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, len(chunk))
		f.Write(chunk[:k])
		n -= k
	}
	w.Close()
	return b.Bytes()
}

// lyingHeader rewrites the uncompressed sizes an archive declares (in the
// central directory and the local header) to claim, so the bytes inflated
// exceed what the header promised.
func lyingHeader(t testing.TB, data []byte, claim uint32) []byte {
	t.Helper()
	out := bytes.Clone(data)
	put := func(off int) {
		out[off], out[off+1], out[off+2], out[off+3] = byte(claim), byte(claim>>8), byte(claim>>16), byte(claim>>24)
	}
	if i := bytes.Index(out, []byte("PK\x01\x02")); i >= 0 {
		put(i + 24)
	}
	if i := bytes.Index(out, []byte("PK\x03\x04")); i >= 0 {
		put(i + 22)
	}
	return out
}

func TestOpenZipLimits(t *testing.T) {
	many := make([][2]string, 30)
	for i := range many {
		many[i] = [2]string{fmt.Sprintf("f%d.xml", i), "x"}
	}
	small := ZipLimits{MaxEntries: 20, MaxEntrySize: 1 << 20, MaxTotal: 4 << 20, MaxRatio: 100}
	tests := []struct {
		name string
		data []byte
		lim  ZipLimits
		want error
		why  string
	}{
		{"bomb", bomb(t, 16<<20), DefaultZipLimits, baocao.ErrTooLarge, "zip bomb"},
		{"entry", bomb(t, 2<<20), small, baocao.ErrTooLarge, "declares"},
		{"entries", buildZip(t, many...), small, baocao.ErrTooLarge, "entries"},
		{"truncated", buildZip(t, [2]string{"a.xml", "hello"})[:30], DefaultZipLimits, baocao.ErrCorrupt, "zip"},
		{"random", []byte("PK\x03\x04 not really a zip archive at all"), DefaultZipLimits, baocao.ErrCorrupt, "zip"},
		{"encrypted", append(bytes.Clone(oleMagic), utf16le("EncryptedPackage")...), DefaultZipLimits, baocao.ErrEncrypted, "password"},
		{"office 97", append(bytes.Clone(oleMagic), utf16le("WordDocument")...), DefaultZipLimits, baocao.ErrCorrupt, "OLE2"},
	}
	for _, tt := range tests {
		start := time.Now()
		_, err := OpenZip(tt.data, tt.lim)
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.why) {
			t.Errorf("OpenZip(%s) = %v, want %v mentioning %q", tt.name, err, tt.want, tt.why)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("OpenZip(%s) took %v", tt.name, d)
		}
	}
}

func TestZipReadLyingHeader(t *testing.T) {
	data := lyingHeader(t, bomb(t, 8<<20), 100)
	z, err := OpenZip(data, DefaultZipLimits)
	if err != nil {
		t.Fatalf("OpenZip(lying header) = %v, want it to open (the header looks harmless)", err)
	}
	// archive/zip itself stops at the declared size (ErrCorrupt); the
	// limit in Read is the second line of defence.
	_, err = z.Read("word/document.xml")
	if !errors.Is(err, baocao.ErrTooLarge) && !errors.Is(err, baocao.ErrCorrupt) {
		t.Errorf("Read(lying header) = %v, want ErrTooLarge or ErrCorrupt", err)
	}
}

func TestZipRead(t *testing.T) {
	z, err := OpenZip(buildZip(t, [2]string{"Word/Document.xml", "<w:document/>"}), DefaultZipLimits)
	if err != nil {
		t.Fatal(err)
	}
	if !z.Has("/word/document.xml") {
		t.Errorf("Has(/word/document.xml) = false, want true (names match without case)")
	}
	b, err := z.Read("word/document.xml")
	if err != nil || string(b) != "<w:document/>" {
		t.Errorf("Read = %q, %v, want %q", b, err, "<w:document/>")
	}
	if _, err := z.Read("nope.xml"); !errors.Is(err, baocao.ErrNotFound) {
		t.Errorf("Read(missing) = %v, want ErrNotFound", err)
	}
}

func BenchmarkSniff(b *testing.B) {
	data := bytes.Repeat([]byte("Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%.\n"), 2000)
	b.SetBytes(int64(min(len(data), 64<<10)))
	for b.Loop() {
		Sniff(data, "a.txt")
	}
}
