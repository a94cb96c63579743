package ole_test

import (
	"bytes"
	"errors"
	"testing"

	"baocao"
	"baocao/ingest/ole"
	"baocao/ingest/ole/oletest"
)

func TestOpenStreams(t *testing.T) {
	want := map[string][]byte{
		"WordDocument": bytes.Repeat([]byte("abc"), 3000),
		"1Table":       bytes.Repeat([]byte{1, 2}, 2500),
	}
	f, err := ole.Open(oletest.Build(want))
	if err != nil {
		t.Fatalf("Open = %v", err)
	}
	for name, w := range want {
		got, err := f.Stream(name)
		if err != nil || !bytes.Equal(got, w) {
			t.Errorf("Stream(%q) = %d bytes, %v; want %d bytes", name, len(got), err, len(w))
		}
		again, _ := f.Stream(name)
		if !bytes.Equal(again, got) {
			t.Errorf("Stream(%q) read twice differs", name)
		}
	}
	if _, err := f.Stream("Workbook"); !errors.Is(err, ole.ErrNoStream) {
		t.Errorf("Stream(Workbook) = %v, want ErrNoStream", err)
	}
}

var titleTests = []struct {
	codepage uint16
	raw      []byte
	want     string
}{
	{1252, []byte("Quy\xd5t \xae\xdfnh"), "QuyÕt ®ßnh"}, // TCVN3 bytes stay as CP1252 code points
	{1252, []byte("a\x80b\x81"), "a\u20acb\u0081"},
	{65001, []byte("Quy\xe1\xba\xbft"), "Quyết"},
	{1252, nil, ""},
}

func TestTitle(t *testing.T) {
	for _, tt := range titleTests {
		data := oletest.Build(map[string][]byte{"\x05SummaryInformation": oletest.SummaryInformation(tt.codepage, tt.raw)})
		f, err := ole.Open(data)
		if err != nil {
			t.Fatalf("Open = %v", err)
		}
		if got := f.Title(); got != tt.want {
			t.Errorf("Title(%d, %q) = %q, want %q", tt.codepage, tt.raw, got, tt.want)
		}
	}
}

func TestOpenRejects(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("not a compound file"), ole.Magic, append(append([]byte(nil), ole.Magic...), make([]byte, 600)...)} {
		if _, err := ole.Open(data); !errors.Is(err, baocao.ErrCorrupt) {
			t.Errorf("Open(%d bytes) = %v, want ErrCorrupt", len(data), err)
		}
	}
}

var cp1252Tests = []struct {
	in   []byte
	want string
}{
	{[]byte("abc"), "abc"},
	{[]byte{0x80, 0x93, 0x94, 0x9F}, "€“”Ÿ"},
	{[]byte{0x8D, 0xA0, 0xFF}, "\u008d\u00a0ÿ"},
}

func TestDecodeCP1252(t *testing.T) {
	for _, tt := range cp1252Tests {
		if got := ole.DecodeCP1252(tt.in); got != tt.want {
			t.Errorf("DecodeCP1252(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzOpen(f *testing.F) {
	f.Add(oletest.Build(map[string][]byte{"A": []byte("x"), "\x05SummaryInformation": oletest.SummaryInformation(1252, []byte("t"))}))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := ole.Open(data)
		if err != nil {
			return
		}
		for _, n := range o.Names() {
			o.Stream(n)
		}
		o.Title()
	})
}

// BenchmarkOpen measures opening a compound file and reading its streams.
func BenchmarkOpen(b *testing.B) {
	data := oletest.Build(map[string][]byte{"WordDocument": bytes.Repeat([]byte("abc"), 10000), "1Table": bytes.Repeat([]byte{1}, 9000)})
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := ole.Open(data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := f.Stream("WordDocument"); err != nil {
			b.Fatal(err)
		}
	}
}

var sniffTests = []struct {
	streams map[string][]byte
	want    string
}{
	{map[string][]byte{"WordDocument": {1}, "1Table": {2}}, "doc"},
	{map[string][]byte{"Workbook": {1}}, "xls"},
	{map[string][]byte{"Book": {1}}, "xls"},
	{map[string][]byte{"PowerPoint Document": {1}, "Current User": {2}}, "ppt"},
	{map[string][]byte{"Contents": {1}}, ""},
}

func TestSniff(t *testing.T) {
	for _, tt := range sniffTests {
		if got := ole.Sniff(oletest.Build(tt.streams)); got != tt.want {
			t.Errorf("Sniff(%v) = %q, want %q", tt.streams, got, tt.want)
		}
	}
	if got := ole.Sniff([]byte("PK\x03\x04")); got != "" {
		t.Errorf("Sniff(zip) = %q, want \"\"", got)
	}
}
