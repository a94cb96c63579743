package xlsx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
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

const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

type part struct{ name, data string }

func buildZip(t testing.TB, parts ...part) []byte {
	t.Helper()
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

// buildXlsx writes a workbook with the given sheets (name → sheetData XML),
// shared strings and styles.
func buildXlsx(t testing.TB, sst, styles string, sheets ...[2]string) []byte {
	var wb, rels strings.Builder
	parts := []part{
		{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`},
		{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"docProps/core.xml", `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Biểu số liệu</dc:title></cp:coreProperties>`},
	}
	wb.WriteString(`<workbook ` + ns + `><sheets>`)
	rels.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, s := range sheets {
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rIdS%d"/>`, s[0], i+1, i+1)
		// sheets stored in reverse file names, to prove the order comes from the workbook
		target := fmt.Sprintf("worksheets/sheet%d.xml", len(sheets)-i)
		fmt.Fprintf(&rels, `<Relationship Id="rIdS%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%s"/>`, i+1, target)
		parts = append(parts, part{"xl/" + target, `<worksheet ` + ns + `><sheetData>` + s[1] + `</sheetData></worksheet>`})
	}
	wb.WriteString(`</sheets></workbook>`)
	if sst != "" {
		rels.WriteString(`<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`)
		parts = append(parts, part{"xl/sharedStrings.xml", `<sst ` + ns + `>` + sst + `</sst>`})
	}
	if styles != "" {
		rels.WriteString(`<Relationship Id="rIdST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>`)
		parts = append(parts, part{"xl/styles.xml", `<styleSheet ` + ns + `>` + styles + `</styleSheet>`})
	}
	rels.WriteString(`</Relationships>`)
	parts = append(parts, part{"xl/workbook.xml", wb.String()}, part{"xl/_rels/workbook.xml.rels", rels.String()})
	return buildZip(t, parts...)
}

const testSST = `<si><t xml:space="preserve">Chỉ tiêu
(đơn vị)</t></si><si><t>Kế hoạch</t></si>` +
	`<si><r><rPr><rFont val=".VnTime"/></rPr><t>Gi¶i quyÕt </t></r><r><t>viÖc lµm</t></r></si>` +
	`<si><t>Có phiên âm</t><rPh sb="0" eb="1"><t>PHIÊN</t></rPh></si>`

const testStyles = `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts>` +
	`<cellStyleXfs count="1"><xf fontId="1"/></cellStyleXfs>` +
	`<cellXfs count="3"><xf fontId="0"/><xf fontId="1"/><xf fontId="7"/></cellXfs>`

var goldenCases = []struct {
	name   string
	sheets [][2]string
}{
	{"cells", [][2]string{
		{"Tổng hợp", `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
			`<row r="2"><c r="A2" t="s" s="0"><v>2</v></c><c r="B2"><v>38000</v></c><c r="D2" s="1"><v>73.95</v></c></row>` +
			`<row r="3"><c r="A3" s="1"/></row>` +
			`<row r="5"><c r="A5" t="inlineStr"><is><t>Nội dung</t></is></c><c r="B5" t="b"><v>1</v></c><c r="C5" t="e"><v>#DIV/0!</v></c><c r="D5" t="str"><f>A5&amp;"x"</f><v>Nội dungx</v></c></row>` +
			`<row r="6"><c r="A6" t="s" s="1"><v>3</v></c><c r="B6" s="2"><v>1.5E-3</v></c><c r="C6" t="s"><v>99</v></c><c r="E6"><v>2</v></c></row>`},
		{"Phụ lục &amp; 2", `<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><r><t>rich </t></r><r><t>inline</t></r></is></c></row>`},
		{"Trống", ``},
	}},
	{"farcolumn", [][2]string{{"S", `<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>`}}},
}

func TestGolden(t *testing.T) {
	for _, tt := range goldenCases {
		data := buildXlsx(t, testSST, testStyles, tt.sheets...)
		c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: tt.name + ".xlsx", Data: data})
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

var colTests = []struct {
	ref  string
	want int
}{{"A1", 1}, {"Z9", 26}, {"AA1", 27}, {"XFD1048576", 16384}, {"", 0}, {"1", 0}, {"ZZZZZZZZZZ1", 0}}

func TestColIndex(t *testing.T) {
	for _, tt := range colTests {
		if got := colIndex(tt.ref); got != tt.want {
			t.Errorf("colIndex(%q) = %d, want %d", tt.ref, got, tt.want)
		}
	}
}

func TestMalformed(t *testing.T) {
	good := buildXlsx(t, testSST, testStyles, goldenCases[0].sheets...)
	readertest.Refuses(t, &Reader{}, "xlsx", []readertest.Bad{
		{Name: "empty", Data: nil, Want: baocao.ErrEmpty},
		{Name: "truncated", Data: good[:len(good)/2], Want: baocao.ErrCorrupt},
		{Name: "random", Data: bytes.Repeat([]byte("PK\x03\x04garbage"), 100), Want: baocao.ErrCorrupt},
		{Name: "bomb", Data: readertest.ZipBomb("xl/sharedStrings.xml"), Want: baocao.ErrTooLarge},
		{Name: "no workbook", Data: buildZip(t, part{"a.xml", "<a/>"}), Want: baocao.ErrCorrupt},
		{Name: "no sheets", Data: buildXlsx(t, "", ""), Want: baocao.ErrCorrupt},
		{Name: "bad sst", Data: buildXlsx(t, `<si><t>open`, "", [2]string{"S", ""}), Want: baocao.ErrCorrupt},
	})
}

// TestBrokenSheet keeps the rows read before a sheet's XML breaks off and
// says so in a warning.
func TestBrokenSheet(t *testing.T) {
	data := buildXlsx(t, "", "", [2]string{"S", `<row><c><v>1</v></c></row><row><c><v>2</v>`})
	c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "a.xlsx", Data: data})
	if err != nil || len(c.Warnings) != 1 || len(c.Blocks) < 2 || c.Blocks[1].Text != "1" {
		t.Errorf("Read(broken sheet) = %+v, %v, want the first row and a warning", c, err)
	}
}

func FuzzRead(f *testing.F) {
	for _, tt := range goldenCases {
		f.Add(buildXlsx(f, testSST, testStyles, tt.sheets...))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		readertest.Fuzz(t, &Reader{}, "f.xlsx", data)
	})
}

func BenchmarkRead(b *testing.B) {
	var rows strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" s="1"><v>%d.25</v></c><c r="C%d" t="inlineStr"><is><t>Ghi chú %d</t></is></c></row>`, i+1, i+1, i%4, i+1, i, i+1, i)
	}
	data := buildXlsx(b, testSST, testStyles, [2]string{"Big", rows.String()})
	b.SetBytes(int64(rows.Len()))
	r := &Reader{}
	for b.Loop() {
		if _, err := r.Read(context.Background(), baocao.Source{Name: "a.xlsx", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSharedXlsx reads any real xlsx in the shared corpus (there may be
// none; the legacy corpus is mostly xls).
func TestSharedXlsx(t *testing.T) {
	dir := readertest.Shared(t, filepath.Join("corpus", "legacy", "files"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	if len(files) == 0 {
		t.Skip("no xlsx in the shared corpus")
	}
	for _, fn := range files {
		data, _ := os.ReadFile(fn)
		c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: filepath.Base(fn), Data: data})
		if err == nil {
			err = readertest.Check(c)
		}
		if err != nil {
			t.Errorf("Read(%s) = %v", fn, err)
		}
	}
}

func TestBudget(t *testing.T) {
	data := []byte(`<worksheet><sheetData>` + strings.Repeat(`<row><c r="A1"><v>1</v></c><c r="Z1"><v>2</v></c></row>`, 100) + `</sheetData></worksheet>`)
	blocks, err := readSheet(context.Background(), data, nil, nil, 50)
	if !errors.Is(err, errTruncated) || len(blocks) > 50+maxGap+2 {
		t.Errorf("readSheet(budget 50) = %d blocks, %v, want about 50 and errTruncated", len(blocks), err)
	}
}

// TestSelect checks that ingest.Select hands every fixture to this reader
// by its content, whatever the file is called.
func TestSelect(t *testing.T) {
	for _, tt := range goldenCases {
		r, err := ingest.Select([]baocao.Reader{&Reader{}}, baocao.Source{Name: "file.bin", Data: buildXlsx(t, testSST, testStyles, tt.sheets...)})
		if err != nil || r == nil {
			t.Errorf("Select(%s) = %v, %v, want this reader", tt.name, r, err)
		}
	}
}

// TestLibreOffice converts a legacy TCVN3 Excel 97 workbook from the shared
// corpus to xlsx with LibreOffice, when it is installed with Calc, and
// checks that the cells carry their ".VnTime" font from styles.xml.
func TestLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if testing.Short() || err != nil {
		t.Skip("LibreOffice not installed, or -short")
	}
	xls := readertest.Shared(t, filepath.Join("corpus", "legacy", "files", "2005-FDILangson.xls"))
	dir := t.TempDir()
	cmd := exec.Command(soffice, "--headless", "--convert-to", "xlsx", "--outdir", dir, xls)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("soffice: %v: %s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "2005-FDILangson.xlsx"))
	if err != nil {
		t.Skipf("no conversion (LibreOffice Calc missing?): %v", err)
	}
	c, err := (&Reader{}).Read(context.Background(), baocao.Source{Name: "2005-FDILangson.xlsx", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	fonts := map[string]int{}
	for _, b := range c.Blocks {
		if b.Text != "" {
			fonts[b.Font]++
		}
	}
	if fonts[".VnTime"] == 0 || !strings.HasPrefix(c.Blocks[0].Text, SheetPrefix) {
		t.Errorf("Read(2005-FDILangson via LibreOffice): fonts %v, first block %q; want .VnTime cells after a sheet line", fonts, c.Blocks[0].Text)
	}
}
