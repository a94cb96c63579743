package odt

import (
	"archive/zip"
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/ingest"
	"baocao/ingest/internal/readertest"
)

var update = flag.Bool("update", false, "rewrite golden files")

const nsDecl = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"`

const fontDecls = `<office:font-face-decls><style:font-face style:name="VNI-Times" svg:font-family="'VNI-Times'"/><style:font-face style:name="VnTime1" svg:font-family=".VnTime"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>`

const stylesXML = `<office:document-styles ` + nsDecl + `>` + fontDecls + `<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Legacy" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="VnTime1"/></style:style>
<style:style style:name="LegacyChild" style:family="paragraph" style:parent-style-name="Legacy"/>
</office:styles></office:document-styles>`

const autoStyles = `<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties style:font-name="VNI-Times"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-family="Arial"/></style:style>
<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T4" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="I"/><text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/><text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1" text:display-levels="3"/></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="-"/><text:list-level-style-bullet text:level="2" text:bullet-char=""/></text:list-style>
</office:automatic-styles>`

type part struct{ name, data string }

func buildODF(t testing.TB, mime, body string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range []part{
		{"mimetype", mime},
		{"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + nsDecl + `>` + fontDecls + autoStyles + `<office:body>` + body + `</office:body></office:document-content>`},
		{"styles.xml", stylesXML},
		{"meta.xml", `<office:document-meta ` + nsDecl + `><office:meta><dc:title>Báo cáo năm 2022</dc:title></office:meta></office:document-meta>`},
	} {
		f, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(p.data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const odtMime = "application/vnd.oasis.opendocument.text"

var goldenCases = []struct{ name, mime, body string }{
	{"text", odtMime, `<office:text>
<text:h text:outline-level="1">BÁO   CÁO
  tổng kết</text:h>
<text:p text:style-name="Standard">Giải quyết việc làm<text:s text:c="3"/>cho<text:tab/>28.101 lao động<text:line-break/>dòng hai</text:p>
<text:p text:style-name="LegacyChild">Bé¸o c¸o <text:span text:style-name="T1">Baùo caùo</text:span><text:span text:style-name="T3"> in đậm</text:span> <text:span text:style-name="T2">Arial</text:span></text:p>
<text:p>Có chú thích<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Số liệu ước tính.</text:p></text:note-body></text:note> ở đây.</text:p>
<text:list text:style-name="L1"><text:list-item><text:p>Mục một</text:p></text:list-item><text:list-item><text:p>Mục hai</text:p><text:list><text:list-item><text:p>Mục con</text:p><text:p>đoạn tiếp theo</text:p></text:list-item><text:list-item><text:p>Mục con hai</text:p><text:list><text:list-item><text:p>sâu</text:p></text:list-item></text:list></text:list-item></text:list></text:list-item></text:list>
<text:p>Giữa hai danh sách năm 2020<text:span text:style-name="T4">6</text:span> km<text:span text:style-name="T4">2</text:span></text:p>
<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Mục ba</text:p></text:list-item></text:list>
<text:list text:style-name="L1"><text:list-header><text:p>Tiêu đề không số</text:p></text:list-header><text:list-item text:start-value="7"><text:p>Mục bảy</text:p></text:list-item></text:list>
<text:list text:style-name="L2"><text:list-item><text:p>gạch</text:p><text:list><text:list-item><text:p>chấm</text:p></text:list-item></text:list></text:list-item></text:list>
<text:tracked-changes><text:changed-region><text:deletion><text:p>đã xoá</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p>Sau <office:annotation><text:p>ghi chú lề</text:p></office:annotation>danh sách</text:p>
<text:p/>
<table:table table:name="Bảng1"><table:table-row><table:table-cell><text:p>Chỉ tiêu</text:p></table:table-cell><table:table-cell><text:p>Kế<text:line-break/>hoạch<text:tab/>năm</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Giải quyết</text:p><text:p>việc làm</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>38.000</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row>
<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>
<text:p>Khung: <draw:frame><draw:text-box><text:p>trong khung</text:p></draw:text-box></draw:frame> hết.</text:p>
</office:text>`},
	{"sheet", "application/vnd.oasis.opendocument.spreadsheet", `<office:spreadsheet>
<table:table table:name="Tổng hợp"><table:table-row><table:table-cell office:value-type="string"><text:p>Xã</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="120"><text:p>120</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell></table:table-row></table:table>
<table:table table:name="Trống"><table:table-row><table:table-cell/></table:table-row></table:table>
</office:spreadsheet>`},
}

func TestGolden(t *testing.T) {
	for _, tt := range goldenCases {
		c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: tt.name + ".odt", Data: buildODF(t, tt.mime, tt.body)})
		if err != nil {
			t.Errorf("Read(%s) = %v", tt.name, err)
			continue
		}
		if err := readertest.Check(c); err != nil {
			t.Errorf("Read(%s): %v", tt.name, err)
		}
		readertest.Golden(t, filepath.Join("testdata", tt.name+".golden"), readertest.Render(c), *update)
	}
}

func TestMalformed(t *testing.T) {
	good := buildODF(t, odtMime, goldenCases[0].body)
	readertest.Refuses(t, &Reader{}, "odt", []readertest.Bad{
		{Name: "empty", Data: nil, Want: baocao.ErrEmpty},
		{Name: "truncated", Data: good[:len(good)/2], Want: baocao.ErrCorrupt},
		{Name: "random", Data: []byte("PK\x03\x04\x00\x01\x02 not a zip"), Want: baocao.ErrCorrupt},
		{Name: "bomb", Data: readertest.ZipBomb("content.xml"), Want: baocao.ErrTooLarge},
		{Name: "bad xml", Data: buildODF(t, odtMime, `<office:text><text:p>open</office:text>`), Want: baocao.ErrCorrupt},
	})
}

// TestLibreOffice converts a seed report to odt with LibreOffice, when it
// is installed, and checks the reader gets its text back.
func TestLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if testing.Short() || err != nil {
		t.Skip("LibreOffice not installed, or -short")
	}
	seed := readertest.Shared(t, filepath.Join("seeds", "000_3a3f5fc2adcb33a4.txt"))
	dir := t.TempDir()
	cmd := exec.Command(soffice, "--headless", "--convert-to", "odt", "--outdir", dir, seed)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("soffice: %v: %s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "000_3a3f5fc2adcb33a4.odt"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "seed.odt", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, b := range c.Blocks {
		all.WriteString(b.Text)
	}
	for _, want := range []string{"Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("Read(seed converted by LibreOffice) lacks %q", want)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, tt := range goldenCases {
		f.Add(buildODF(f, tt.mime, tt.body))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		readertest.Fuzz(t, &Reader{}, "f.odt", data)
	})
}

func BenchmarkRead(b *testing.B) {
	body := `<office:text>` + strings.Repeat(`<text:p text:style-name="Standard">Giải quyết việc làm cho <text:span text:style-name="T1">28.101/38.000</text:span> lao động, đạt 73,95% kế hoạch.</text:p>`, 5000) + `</office:text>`
	data := buildODF(b, odtMime, body)
	b.SetBytes(int64(len(body)))
	r := &Reader{}
	for b.Loop() {
		if _, err := r.Read(context.Background(), baocao.Source{Name: "a.odt", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSelect checks that ingest.Select hands every fixture to this reader
// by its content, whatever the file is called.
func TestSelect(t *testing.T) {
	for _, tt := range goldenCases {
		r, err := ingest.Select([]baocao.Reader{&Reader{}}, baocao.Source{Name: "file.bin", Data: buildODF(t, tt.mime, tt.body)})
		if err != nil || r == nil {
			t.Errorf("Select(%s) = %v, %v, want this reader", tt.name, r, err)
		}
	}
}
