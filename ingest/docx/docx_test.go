package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"flag"
	"math/rand/v2"
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

const wns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const docRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

const partRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.org/" TargetMode="External"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`

const stylesXML = `<w:styles ` + wns + `>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="paragraph" w:styleId="Uni"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="MucCon"><w:basedOn w:val="Muc"/></w:style>
<w:style w:type="character" w:styleId="VniChar"><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr></w:style>
</w:styles>`

const coreXML = `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Báo cáo kết quả năm 2022</dc:title><dc:creator>x</dc:creator></cp:coreProperties>`

// part is one entry of a test archive.
type part struct{ name, data string }

// buildDocx writes a docx whose document body is body; extra parts are
// added as given.
func buildDocx(t testing.TB, body string, extra ...part) []byte {
	t.Helper()
	parts := append([]part{
		{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", docRels},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wns + `><w:body>` + body + `</w:body></w:document>`},
	}, extra...)
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
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

func r(font, text string) string {
	rpr := ""
	if font != "" {
		rpr = `<w:rPr><w:rFonts w:ascii="` + font + `" w:hAnsi="` + font + `"/></w:rPr>`
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

func p(runs ...string) string { return `<w:p>` + strings.Join(runs, "") + `</w:p>` }

func full(t testing.TB, body string) []byte {
	return buildDocx(t, body,
		part{"word/_rels/document.xml.rels", partRels},
		part{"word/styles.xml", stylesXML},
		part{"docProps/core.xml", coreXML},
		part{"word/footnotes.xml", `<w:footnotes ` + wns + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p>` + r("", "Số liệu ước tính đến 30/11.") + `</w:p></w:footnote></w:footnotes>`},
		part{"word/numbering.xml", numberingXML},
		part{"word/header1.xml", `<w:hdr ` + wns + `>` + p(r("Arial", "UBND TỈNH")) + `</w:hdr>`},
		part{"word/header2.xml", `<w:hdr ` + wns + `>` + p(r("Arial", "UBND TỈNH")) + `</w:hdr>`},
		part{"word/footer1.xml", `<w:ftr ` + wns + `><w:p><w:r><w:t>Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`},
	)
}

const numberingXML = `<w:numbering ` + wns + `>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
</w:numbering>`

func np(style, numID, ilvl, text string) string {
	ppr := ""
	if style != "" {
		ppr += `<w:pStyle w:val="` + style + `"/>`
	}
	if numID != "" {
		ppr += `<w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr>`
	}
	return `<w:p><w:pPr>` + ppr + `</w:pPr>` + r("", text) + `</w:p>`
}

// goldenCases are document bodies; each renders to testdata/NAME.golden.
var goldenCases = []struct{ name, body string }{
	{"fonts", p(r("", "Bé¸o c¸o ")) + p(r("VNI-Times", "Baùo caùo"), r("Arial", " 2022"), r("VNI-Times", " naêm")) +
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>` + r("", "TI£U ®Ò") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Body"/><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr></w:pPr><w:r><w:rPr><w:rStyle w:val="VniChar"/></w:rPr><w:t>kyù töï</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr>` + r("", "loop") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Uni"/></w:pPr><w:r><w:rPr><w:rFonts w:cs=".VnArial"/></w:rPr><w:t>cs</w:t></w:r></w:p>`},
	{"table", p(r("", "Bảng 1")) + `<w:tbl><w:tr><w:tc>` + p(r("", "Chỉ tiêu")) + `</w:tc><w:tc>` + p(r("", "Kế hoạch")) + `</w:tc><w:tc>` + p(`<w:r><w:t>Thực</w:t><w:br/><w:t>hiện</w:t><w:tab/><w:t>(người)</w:t></w:r>`) + `</w:tc></w:tr>` +
		`<w:tr><w:tc>` + p(r("", "Giải quyết")) + p(r("", "việc làm")) + `</w:tc><w:tc><w:p/></w:tc><w:tc>` + p(r("", "28.101")) + `</w:tc></w:tr></w:tbl>` + p(r("", "Sau bảng."))},
	{"revisions", p(r("", "Giữ "), `<w:ins w:id="1"><w:r><w:t>thêm </w:t></w:r></w:ins>`, `<w:del w:id="2"><w:r><w:delText>bỏ </w:delText></w:r></w:del>`, r("", "hết"), `<w:moveFrom><w:r><w:t>dời đi</w:t></w:r></w:moveFrom>`)},
	{"specials", p(`<w:r><w:t>tự</w:t><w:softHyphen/><w:t>động</w:t><w:tab/><w:t>Covid</w:t><w:noBreakHyphen/><w:t>19</w:t><w:br/><w:t>dòng mới</w:t><w:cr/><w:t>nữa</w:t></w:r>`) +
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` + r("", "không tab") + `</w:p>`},
	{"fields", p(r("", "Xem "), `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r("", "cổng thông tin"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
		`<w:fldSimple w:instr=" DATE ">`, r("", " 12/2022"), `</w:fldSimple>`,
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r("", "9"), `<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r("", " kết quả IF"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`)},
	{"textbox", p(r("", "Trước "), `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>`+p(r("", "Trong hộp"))+`</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>`+p(r("", "Trong hộp"))+`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`, r("", "sau")) +
		`<w:sdt><w:sdtContent>` + p(`<w:hyperlink r:id="rId6">`+r("", "liên kết")+`</w:hyperlink>`, `<w:smartTag>`+r("", " thẻ")+`</w:smartTag>`) + `</w:sdtContent></w:sdt>`},
	{"entities", p(r("", "A &amp; B &lt;C&gt; &#7841; &quot;trích&quot;"))},
	{"superscript", p(r("Arial", "năm 2020"), `<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:vertAlign w:val="superscript"/></w:rPr><w:t>6</w:t></w:r>`, r("Arial", " diện tích 12 km"), `<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r>`) +
		p(r("", "n¨m 2020"), `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>12</w:t></w:r>`, `<w:r><w:rPr><w:vertAlign w:val="subscript"/></w:rPr><w:t>3</w:t></w:r>`)},
	{"numbering", np("Muc", "", "", "KẾT QUẢ") + np("", "1", "1", "Lao động") + np("", "1", "2", "việc làm") + np("", "1", "2", "đào tạo") +
		np("", "2", "0", "gạch đầu dòng") + np("", "2", "1", "chấm tròn") + np("", "1", "1", "Người có công") + np("MucCon", "", "", "NHIỆM VỤ") +
		np("", "1", "1", "Giảm nghèo") + np("", "3", "0", "bắt đầu từ IV") + np("", "0", "0", "không đánh số") + np("", "9", "0", "danh sách không có")},
}

func TestGolden(t *testing.T) {
	for _, tt := range goldenCases {
		c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: tt.name + ".docx", Data: full(t, tt.body)})
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

// TestMinimal reads a docx with nothing but the document part: no rels,
// no styles, no properties.
func TestMinimal(t *testing.T) {
	data := buildDocx(t, p(r("", "Chỉ có thân")))
	c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "a.docx", Data: data})
	if err != nil || len(c.Blocks) != 1 || c.Blocks[0].Text != "Chỉ có thân" || c.Blocks[0].Font != "" {
		t.Errorf("Read(minimal) = %+v, %v", c, err)
	}
}

func TestMalformed(t *testing.T) {
	good := full(t, p(r("", "x")))
	rnd := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range rnd {
		rnd[i] = byte(rng.IntN(256))
	}
	readertest.Refuses(t, &Reader{}, "docx", []readertest.Bad{
		{Name: "empty", Data: nil, Want: baocao.ErrEmpty},
		{Name: "truncated", Data: good[:len(good)/2], Want: baocao.ErrCorrupt},
		{Name: "random", Data: rnd, Want: baocao.ErrCorrupt},
		{Name: "bomb", Data: readertest.ZipBomb("word/document.xml"), Want: baocao.ErrTooLarge},
		{Name: "no document", Data: buildZipOnly(t, part{"[Content_Types].xml", "<Types/>"}), Want: baocao.ErrCorrupt},
		{Name: "bad xml", Data: buildDocx(t, `<w:p><w:r><w:t>unclosed</w:r></w:p>`), Want: baocao.ErrCorrupt},
	})
}

func buildZipOnly(t testing.TB, parts ...part) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
		f, _ := zw.Create(p.name)
		f.Write([]byte(p.data))
	}
	zw.Close()
	return b.Bytes()
}

// TestSyntheticVNI reads the shared synthetic VNI documents: every block
// must carry the run's font "VNI-Times" and the runes exactly as the XML
// holds them (VNI bytes seen as CP1252 letters, not decoded).
func TestSyntheticVNI(t *testing.T) {
	dir := readertest.Shared(t, filepath.Join("corpus", "legacy", "files"))
	files, _ := filepath.Glob(filepath.Join(dir, "synthetic-vni-*.docx"))
	if len(files) == 0 {
		t.Skip("no synthetic VNI docx")
	}
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: filepath.Base(fn), Data: data})
		if err != nil {
			t.Errorf("Read(%s) = %v", fn, err)
			continue
		}
		if len(c.Blocks) < 10 {
			t.Errorf("Read(%s): %d blocks, want many", fn, len(c.Blocks))
		}
		xmlText := documentText(t, data)
		for _, b := range c.Blocks {
			if b.Text != "" && b.Font != "VNI-Times" {
				t.Errorf("Read(%s): block %q font %q, want VNI-Times", filepath.Base(fn), b.Text, b.Font)
				break
			}
			// w:tab and w:br become \t and \n; the text between them must be
			// in the XML as written.
			for _, piece := range strings.FieldsFunc(b.Text, func(r rune) bool { return r == '\t' || r == '\n' }) {
				if !strings.Contains(xmlText, piece) {
					t.Errorf("Read(%s): block %q is not in the XML as written", filepath.Base(fn), piece)
					break
				}
			}
		}
	}
}

// documentText returns the document part with entities resolved the
// simple way, enough to find each run's text in it.
func documentText(t *testing.T, data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			rc.Close()
			return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'").Replace(b.String())
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}

func FuzzRead(f *testing.F) {
	for _, tt := range goldenCases {
		f.Add(full(f, tt.body))
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readertest.Fuzz(t, &Reader{}, "f.docx", data)
	})
}

func benchBody() string {
	var body strings.Builder
	for i := range 3000 {
		body.WriteString(p(r("VNI-Times", "Giaûi quyeát vieäc laøm cho 28.101/38.000 lao ñoäng, "), r("", "đạt 73,95% kế hoạch ")))
		if i%50 == 0 {
			body.WriteString(`<w:tbl><w:tr><w:tc>` + p(r("", "a")) + `</w:tc><w:tc>` + p(r("", "b")) + `</w:tc></w:tr></w:tbl>`)
		}
	}
	return body.String()
}

// BenchmarkRead reads a docx with the byte scanner (new) and with the
// encoding/xml walker it replaced (old).
func BenchmarkRead(b *testing.B) {
	data := full(b, benchBody())
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var xmlSize int64
	for _, f := range zr.File {
		xmlSize += int64(f.UncompressedSize64)
	}
	for _, v := range []struct {
		name string
		walk func(context.Context, []byte, *styles, *numbering, chunker) ([]baocao.Block, error)
	}{{"old", refWalk}, {"new", walk}} {
		b.Run(v.name, func(b *testing.B) {
			walkPart = v.walk
			defer func() { walkPart = walk }()
			b.SetBytes(xmlSize) // throughput in uncompressed XML
			rd := &Reader{}
			for b.Loop() {
				if _, err := rd.Read(context.Background(), baocao.Source{Name: "a.docx", Data: data}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLibreOffice converts a legacy TCVN3 Word 97 file from the shared
// corpus to docx with LibreOffice, when it is installed, and checks that
// the runs keep their ".VnTime" font and the letter ư (byte 0xAD, saved as
// w:softHyphen).
func TestLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if testing.Short() || err != nil {
		t.Skip("LibreOffice not installed, or -short")
	}
	doc := readertest.Shared(t, filepath.Join("corpus", "legacy", "files", "2004-B6.doc"))
	dir := t.TempDir()
	cmd := exec.Command(soffice, "--headless", "--convert-to", "docx", "--outdir", dir, doc)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("soffice: %v: %s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "2004-B6.docx"))
	if err != nil {
		t.Skipf("no conversion: %v", err)
	}
	c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "2004-B6.docx", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	fonts := map[string]int{}
	var all strings.Builder
	for _, b := range c.Blocks {
		fonts[b.Font]++
		all.WriteString(b.Text)
	}
	if fonts[".VnTime"] == 0 || fonts[".VnTimeH"] == 0 {
		t.Errorf("Read(2004-B6 via LibreOffice) fonts = %v, want .VnTime and .VnTimeH", fonts)
	}
	if !strings.Contains(all.String(), "tr\u00adëng") {
		t.Errorf("Read(2004-B6 via LibreOffice) lost the TCVN3 letter ư (U+00AD) in \"tr\u00adëng\"")
	}
}

// TestSelect checks that ingest.Select hands every fixture to this reader
// by its content, whatever the file is called.
func TestSelect(t *testing.T) {
	for _, tt := range goldenCases {
		r, err := ingest.Select([]baocao.Reader{&Reader{}}, baocao.Source{Name: "file.bin", Data: full(t, tt.body)})
		if err != nil || r == nil {
			t.Errorf("Select(%s) = %v, %v, want this reader", tt.name, r, err)
		}
	}
}

// TestAltChunk reads a docx whose body is an HTML chunk, as systems that
// export reports from web pages write them.
func TestAltChunk(t *testing.T) {
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/afchunk.htm"/>
<Relationship Id="rtfChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.rtf"/></Relationships>`
	data := buildDocx(t, p(r("", "Trước"))+`<w:altChunk r:id="htmlChunk"/><w:altChunk r:id="rtfChunk"/><w:altChunk r:id="missing"/>`+p(r("", "Sau")),
		part{"word/_rels/document.xml.rels", rels},
		part{"word/afchunk.htm", `<html><head><meta charset="utf-8"></head><body><p>Tỷ lệ hộ nghèo còn <b>4,35%</b>.</p><table><tr><td>a</td><td>b</td></tr></table></body></html>`},
		part{"word/chunk.rtf", `{\rtf1 x}`})
	c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "a.docx", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range c.Blocks {
		got = append(got, b.Text)
	}
	want := []string{"Trước", "Tỷ lệ hộ nghèo còn 4,35%.", "a", "b", "Sau"}
	if strings.Join(got, "|") != strings.Join(want, "|") || len(c.Warnings) != 2 {
		t.Errorf("Read(altChunk) = %q, warnings %q; want %q and 2 warnings", got, c.Warnings, want)
	}
}
