package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"baocao"
)

// fakeReader records nothing; it answers for its formats and does what
// read says.
type fakeReader struct {
	formats []string
	read    func(ctx context.Context) (*baocao.Content, error)
}

func (f *fakeReader) Formats() []string { return f.formats }
func (f *fakeReader) Read(ctx context.Context, src baocao.Source) (*baocao.Content, error) {
	if f.read != nil {
		return f.read(ctx)
	}
	return &baocao.Content{Format: f.formats[0]}, nil
}

// buildZip writes a ZIP holding the given entries in order.
func buildZip(t testing.TB, entries ...[2]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, e := range entries {
		f, err := w.Create(e[0])
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(e[1]))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func utf16leBytes(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

var oleHead = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

func sniffTests(t testing.TB) []struct {
	name string
	data []byte
	want string
} {
	ole := func(stream string) []byte {
		return append([]byte(oleHead+strings.Repeat("\x00", 100)), utf16leBytes(stream+"\x00")...)
	}
	return []struct {
		name string
		data []byte
		want string
	}{
		{"a.pdf", []byte("%PDF-1.4\n..."), "pdf"},
		{"a.doc", []byte("%PDF-1.7 misnamed"), "pdf"},
		{"a.doc", ole("WordDocument"), "doc"},
		{"a.xls", ole("WordDocument"), "xls"}, // the extension wins inside OLE2
		{"a.bin", ole("Workbook"), "xls"},
		{"a.bin", ole("PowerPoint Document"), "ppt"},
		{"a.bin", ole("Nothing"), ""},
		{"a.zip", buildZip(t, [2]string{"[Content_Types].xml", `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`}), "docx"},
		{"a.docx", buildZip(t, [2]string{"[Content_Types].xml", `<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`}), "xlsx"},
		{"a.odt", buildZip(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.text"}), "odt"},
		{"a", buildZip(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}), "ods"},
		{"a", buildZip(t, [2]string{"word/document.xml", "<w:document/>"}), "docx"},
		{"a.zip", buildZip(t, [2]string{"readme.txt", "hello"}), ""},
		{"a.doc", []byte(`{\rtf1\ansi hello}`), "rtf"},
		{"a.doc", []byte("<html><body>Báo cáo</body></html>"), "html"},
		{"a.txt", []byte("\xEF\xBB\xBF<!DOCTYPE html>\n<html>"), "html"},
		{"a.htm", []byte("<?xml version=\"1.0\"?>\n<!-- saved -->\n<HTML>"), "html"},
		{"a.txt", []byte("Tỷ lệ hộ nghèo<sup>1</sup> giảm còn 5,33%"), "txt"},
		{"a.txt", []byte("Giải quyết việc làm cho 28.101 lao động\n"), "txt"},
		{"a.txt", []byte("\xFF\xFE" + string(utf16leBytes("Báo cáo"))), "txt"},
		{"a.txt", utf16leBytes("Bao cao nam 2021, dat 73,95%"), "txt"},
		{"a.txt", []byte("Ba\xf9o ca\xf9o 8-bit VNI"), "txt"},
		{"a.doc", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\n"), "mht"},
		{"a.png", []byte("\x89PNG\r\n\x1a\n...."), "png"},
		{"a.jpg", []byte("\xFF\xD8\xFF\xE0...."), "jpg"},
		{"a.bin", []byte("\x00\x01\x02\x03\x04binary\x00\x00"), ""},
	}
}

func TestSniff(t *testing.T) {
	for _, tt := range sniffTests(t) {
		got, err := Sniff(tt.data, tt.name)
		if err != nil || got != tt.want {
			t.Errorf("Sniff(%q, %q) = %q, %v, want %q", tt.data[:min(len(tt.data), 24)], tt.name, got, err, tt.want)
		}
	}
}

func TestSniffEncrypted(t *testing.T) {
	data := append([]byte(oleHead+"\x00\x00"), utf16leBytes("EncryptedPackage")...)
	if _, err := Sniff(data, "a.docx"); !errors.Is(err, baocao.ErrEncrypted) {
		t.Errorf("Sniff(encrypted OOXML) error = %v, want ErrEncrypted", err)
	}
}

var selectReaders = []baocao.Reader{
	&fakeReader{formats: []string{"txt"}},
	&fakeReader{formats: []string{"html", "htm"}},
	&fakeReader{formats: []string{"docx"}},
	&fakeReader{formats: []string{"pdf"}},
}

var selectTests = []struct {
	name, data string
	want       string // the first format of the chosen reader
	err        error
}{
	{"a.txt", "Báo cáo", "txt", nil},
	{"a.doc", "<html><body>x</body></html>", "html", nil},
	{"a.htm", "<p>a fragment, no prolog", "html", nil},
	{"a.txt", "<p>a fragment, no prolog", "txt", nil},
	{"a.pdf", "%PDF-1.4", "pdf", nil},
	{"a.pdf", "\x00\x01garbage\x00", "pdf", nil}, // unrecognised content: the extension decides
	{"a.xls", oleHead + "xxxx", "", baocao.ErrUnsupported},
	{"a.rtf", `{\rtf1 x}`, "", baocao.ErrUnsupported},
	{"a.bin", "\x00\x01garbage\x00", "", baocao.ErrUnsupported},
	{"a.txt", "", "", baocao.ErrEmpty},
}

func TestSelect(t *testing.T) {
	for _, tt := range selectTests {
		r, err := Select(selectReaders, baocao.Source{Name: tt.name, Data: []byte(tt.data)})
		got := ""
		if r != nil {
			got = r.Formats()[0]
		}
		if got != tt.want || (tt.err == nil) != (err == nil) || (tt.err != nil && !errors.Is(err, tt.err)) {
			t.Errorf("Select(%q, %q) = %q, %v, want %q, %v", tt.name, tt.data, got, err, tt.want, tt.err)
		}
	}
}

func TestSafe(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	tests := []struct {
		name string
		r    *fakeReader
		data string
		lim  Limits
		want error
	}{
		{"ok", &fakeReader{formats: []string{"txt"}}, "x", DefaultLimits, nil},
		{"empty", &fakeReader{formats: []string{"txt"}}, "", DefaultLimits, baocao.ErrEmpty},
		{"large", &fakeReader{formats: []string{"txt"}}, "12345", Limits{MaxSize: 4}, baocao.ErrTooLarge},
		{"panic", &fakeReader{formats: []string{"txt"}, read: func(context.Context) (*baocao.Content, error) {
			var m map[string]int
			m["x"]++
			return nil, nil
		}}, "x", DefaultLimits, baocao.ErrCorrupt},
		{"nil content", &fakeReader{formats: []string{"txt"}, read: func(context.Context) (*baocao.Content, error) {
			return nil, nil
		}}, "x", DefaultLimits, baocao.ErrCorrupt},
		{"stuck", &fakeReader{formats: []string{"txt"}, read: func(context.Context) (*baocao.Content, error) {
			<-block // ignores ctx, as a runaway parser would
			return nil, nil
		}}, "x", Limits{Timeout: 20 * time.Millisecond}, baocao.ErrTimeout},
	}
	for _, tt := range tests {
		start := time.Now()
		_, err := Safe(tt.r, tt.lim).Read(context.Background(), baocao.Source{Name: "f", Data: []byte(tt.data)})
		if (tt.want == nil) != (err == nil) || (tt.want != nil && !errors.Is(err, tt.want)) {
			t.Errorf("Safe(%s).Read = %v, want %v", tt.name, err, tt.want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Safe(%s).Read took %v", tt.name, d)
		}
	}
}

func FuzzSniff(f *testing.F) {
	for _, tt := range sniffTests(f) {
		f.Add(tt.data, tt.name)
	}
	readers := []baocao.Reader{&fakeReader{formats: []string{"txt"}}, &fakeReader{formats: []string{"docx"}}}
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		format, err := Sniff(data, name)
		if err != nil && !errors.Is(err, baocao.ErrEncrypted) {
			t.Fatalf("Sniff error %v wraps no sentinel", err)
		}
		if _, err := Select(readers, baocao.Source{Name: name, Data: data}); err != nil && baocao.Reason(err) == err.Error() {
			t.Fatalf("Select error %v wraps no sentinel (format %q)", err, format)
		}
	})
}
