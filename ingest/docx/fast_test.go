package docx

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"baocao"
	"baocao/gen"
	"baocao/ingest"
	"baocao/ingest/internal/readertest"
)

// The byte scanner must give the walker what encoding/xml gives it: these
// tests read parts both ways, the old walker (ref_test.go) on encoding/xml
// against walk, and require the same blocks, or an error from both.

// docXML wraps a body as a document part.
func docXML(body string) []byte {
	return []byte(xmlDeclUTF8 + "\n" + `<w:document ` + wns + `><w:body>` + body + `</w:body></w:document>`)
}

// scanCases are parts for the edge cases of the scanner: some it reads,
// some it leaves to encoding/xml (fast false), some neither reads.
var scanCases = []struct {
	name string
	xml  string
	fast bool
}{
	{"entities", string(docXML(p(r("", "A &amp; B &lt;C&gt; &#7841;&#x1EA1;&#X41;&apos;&quot;")))), false},
	{"char refs", string(docXML(p(r("", "&#65;&#x41;&#xd7ff;&#xe000;&#x10FFFF;&#0000065;")))), true},
	{"surrogate ref", string(docXML(p(r("", "a&#xD800;b")))), true},
	{"nul ref", string(docXML(p(r("", "a&#0;b")))), false},
	{"fffe ref", string(docXML(p(r("", "a&#xFFFE;b")))), false},
	{"huge ref", string(docXML(p(r("", "a&#x110000;b")))), false},
	{"overflow ref", string(docXML(p(r("", "a&#xFFFFFFFF41;b")))), false},
	{"empty ref", string(docXML(p(r("", "a&#;b&#x;")))), false},
	{"unknown entity", string(docXML(p(r("", "&nbsp;")))), false},
	{"bare ampersand", string(docXML(p(r("", "A & B")))), false},
	{"no semicolon", string(docXML(p(r("", "&amp B")))), false},
	{"crlf", string(docXML(p(r("", "một\r\nhai\rba\n\r\r\nbốn&#13;\nnăm\r&amp;\n")))), true},
	{"cr in attr", string(docXML(`<w:p><w:pPr><w:pStyle w:val="Head&#13;ing1"/></w:pPr>` + r("", "x") + `</w:p><w:p><w:pPr><w:pStyle w:val="Heading` + "\r\n" + `1"/></w:pPr>` + r("", "y") + `</w:p>`)), true},
	{"cdata end in text", string(docXML(p(r("", "a]]>b")))), false},
	{"cdata end split", string(docXML(p(r("", "a]]&gt;b]&#93;>")))), true},
	{"cdata end in attr", string(docXML(`<w:p><w:pPr><w:pStyle w:val="a]]>b"/></w:pPr>` + r("", "x") + `</w:p>`)), true},
	{"lt in attr", string(docXML(`<w:p><w:pPr><w:pStyle w:val="a<b"/></w:pPr>` + r("", "x") + `</w:p>`)), false},
	{"gt in attr", string(docXML(`<w:p><w:pPr><w:pStyle w:val='a>b'/></w:pPr>` + r("", "x") + `</w:p>`)), true},
	{"cdata", string(docXML(p(`<w:r><w:t><![CDATA[a<b & c]]></w:t></w:r>`))), false},
	{"comment", string(docXML(p(`<w:r><w:t>a<!-- x -->b</w:t></w:r>`))), false},
	{"doctype", `<!DOCTYPE x [<!ENTITY e "z">]>` + string(docXML(p(r("", "&e;")))), false},
	{"pi", `<?xml version="1.0"?><?mso-application progid="Word.Document"?>` + string(docXML(p(r("", "x")))), false},
	{"decl utf16", `<?xml version="1.0" encoding="UTF-16"?><w:document ` + wns + `><w:body>` + p(r("", "x")) + `</w:body></w:document>`, false},
	{"decl single quotes", `<?xml version='1.0' encoding='utf-8' standalone='yes'?><w:document ` + wns + `><w:body>` + p(r("", "x")) + `</w:body></w:document>`, true},
	{"decl standalone only", `<?xml  version="1.0" standalone="no" ?>` + string(docXML(p(r("", "x"))))[len(xmlDeclUTF8):], true},
	{"decl version 1.1", `<?xml version="1.1"?>` + string(docXML(p(r("", "x"))))[len(xmlDeclUTF8):], false},
	{"decl encoding case", `<?xml version="1.0" encoding="Utf-8"?>` + string(docXML(p(r("", "x"))))[len(xmlDeclUTF8):], true},
	{"decl latin1", `<?xml version="1.0" encoding="ISO-8859-1"?>` + string(docXML(p(r("", "x"))))[len(xmlDeclUTF8):], false},
	{"decl order", `<?xml encoding="UTF-8" version="1.0"?>` + string(docXML(p(r("", "x"))))[len(xmlDeclUTF8):], false},
	{"decl unterminated", `<?xml version="1.0"`, false},
	{"no decl", `<w:document ` + wns + `><w:body>` + p(r("", "x")) + `</w:body></w:document>`, true},
	{"bom", "\ufeff" + string(docXML(p(r("", "x")))), true},
	{"other prefix", `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>khác tiền tố</x:t></x:r></x:p></x:body></x:document>`, true},
	{"default namespace", `<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body><p><r><t>mặc định</t></r></p><p xmlns=""><r><t>không</t></r></p><p><r><t>lại có</t></r></p></body></document>`, true},
	{"strict namespace", `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` + p(r("", "strict")) + `</w:body></w:document>`, true},
	{"rebound prefix", string(docXML(p(r("", "a")) + `<w:p xmlns:w="urn:other"><w:r><w:t>không phải Word</w:t></w:r></w:p>` + p(r("", "b")) + `<w:sdt><w:sdtContent xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">` + p(r("", "c")) + `</w:sdtContent></w:sdt>`)), true},
	{"unbound prefix", `<w:document><w:body>` + p(r("", "x")) + `</w:body></w:document>`, true},
	{"mc fallback other prefix", string(docXML(p(`<w:r><m:AlternateContent xmlns:m="http://schemas.openxmlformats.org/markup-compatibility/2006"><m:Choice>` + p(r("", "chọn")) + `</m:Choice><m:Fallback>` + p(r("", "dự phòng")) + `</m:Fallback></m:AlternateContent></w:r>`))), true},
	{"xml prefix element", string(docXML(p(`<xml:t>x</xml:t>` + r("", "y")))), false},
	{"xmlns element", string(docXML(p(`<xmlns>x</xmlns>` + r("", "y")))), false},
	{"two colons", string(docXML(p(`<w:a:b/>` + r("", "y")))), false},
	{"trailing colon", string(docXML(p(`<w: />` + r("", "y")))), false},
	{"non-ascii name", string(docXML(p(`<w:tên/>` + r("", "y")))), false},
	{"digit name", string(docXML(p(`<w:r><1a/></w:r>` + r("", "y")))), false},
	{"attr no space", string(docXML(`<w:p><w:pPr><w:pStyle w:val="Heading1"w:x="2"/></w:pPr>` + r("", "x") + `</w:p>`)), true},
	{"attr spaces", string(docXML(`<w:p ><w:pPr ><w:pStyle  w:val = "Heading1"` + "\n\t" + `/></w:pPr ><w:r><w:t >x</w:t ></w:r></w:p >`)), true},
	{"attr no value", string(docXML(`<w:p><w:pPr><w:pStyle w:val/></w:pPr></w:p>`)), false},
	{"attr unquoted", string(docXML(`<w:p><w:pPr><w:pStyle w:val=a/></w:pPr></w:p>`)), false},
	{"duplicate attrs", string(docXML(`<w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" ascii="VNI-Times" w:hAnsi="x" hAnsi="y"/></w:rPr><w:t>z</w:t></w:r></w:p><w:p><w:pPr><w:pStyle val="Heading1" w:val="Uni"/></w:pPr>` + r("", "x") + `</w:p>`)), true},
	{"mismatched end", string(docXML(`<w:p><w:r><w:t>x</w:r></w:t></w:p>`)), false},
	{"end other prefix", `<w:document ` + wns + ` xmlns:v="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>x</v:p></w:body></w:document>`, false},
	{"end with junk", string(docXML(`<w:p><w:r><w:t>x</w:t x></w:r></w:p>`)), false},
	{"stray end", string(docXML(p(r("", "x")))) + `</w:p>`, false},
	{"unclosed", strings.TrimSuffix(string(docXML(p(r("", "x")))), `</w:document>`), false},
	{"truncated tag", string(docXML(p(r("", "x"))))[:60], false},
	{"lone lt", string(docXML(p(r("", "x")))) + "<", false},
	{"slash no gt", string(docXML(`<w:p/ >`)), false},
	{"empty", "", true},
	{"text only", "chỉ có chữ", true},
	{"two roots", string(docXML(p(r("", "x")))) + string(docXML(p(r("", "y")))), true},
	{"invalid utf8", string(docXML(p(r("", "a\xffb")))), false},
	{"invalid utf8 attr", string(docXML(`<w:p><w:pPr><w:pStyle w:val="a` + "\xc3" + `"/></w:pPr></w:p>`)), false},
	{"surrogate utf8", string(docXML(p(r("", "a\xed\xa0\x80b")))), false},
	{"control char", string(docXML(p(r("", "a\x01b")))), false},
	{"nul", string(docXML(p(r("", "a\x00b")))), false},
	{"fffe", string(docXML(p(r("", "a\uFFFEb")))), false},
	{"c1 and del", string(docXML(p(r("", "a\u0085\x7fb")))), true},
	{"supplementary", string(docXML(p(r("", "𝐀😀")))), true},
	{"fields", string(docXML(goldenCases[4].body)), true},
	{"instr entities", string(docXML(p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PA&#71;E </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`+r("", "7")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`, `<w:fldSimple w:instr=" &#80;AGE ">`+r("", "8")+`</w:fldSimple>`, r("", "còn")))), true},
	{"superscript crlf", string(docXML(p(r("Arial", "12 km"), `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2&#13;&amp;</w:t></w:r>`))), true},
	{"separator notes", `<w:footnotes ` + wns + `><w:footnote w:type='separator' w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote><w:footnote w:type="normal"><w:p><w:r><w:t>chú thích</w:t></w:r></w:p></w:footnote></w:footnotes>`, true},
	{"skipped subtree errors", string(docXML(p(`<w:del><w:r><w:delText>a&bogus;</w:delText></w:r></w:del>`))), false},
	{"skipped subtree rebinds", string(docXML(p(`<w:del xmlns:w="urn:x"><w:r><w:t>a</w:t></w:r></w:del>`, r("", "b")))), true},
}

// walkBoth reads a part with the reference walker and with walk, each
// with its own fresh numbering (counters advance as lists are read).
func walkBoth(t testing.TB, data, stylesData, numberingData []byte) (ref, got []baocao.Block, refErr, err error) {
	t.Helper()
	newSt := func() *styles {
		if stylesData == nil {
			return &styles{}
		}
		st, err := parseStyles(stylesData)
		if err != nil {
			return &styles{}
		}
		return st
	}
	newNb := func() *numbering {
		if numberingData == nil {
			return nil
		}
		nb, _ := parseNumbering(numberingData)
		return nb
	}
	ctx := context.Background()
	ref, refErr = refWalk(ctx, data, newSt(), newNb(), nil)
	got, err = walk(ctx, data, newSt(), newNb(), nil)
	return ref, got, refErr, err
}

// same reports a difference between the two readings of a part.
func same(t testing.TB, name string, data, styles, numbering []byte) {
	t.Helper()
	ref, got, refErr, err := walkBoth(t, data, styles, numbering)
	if (refErr != nil) != (err != nil) || !reflect.DeepEqual(ref, got) {
		t.Errorf("walk(%s) = %+v, %v; encoding/xml walker gives %+v, %v", name, got, err, ref, refErr)
	}
}

// usesFast reports whether the scanner reads data to the end.
func usesFast(data []byte) bool {
	w := &walker{st: &styles{}}
	ok, _ := w.fast(context.Background(), data)
	return ok
}

func TestScanCases(t *testing.T) {
	for _, tt := range scanCases {
		same(t, tt.name, []byte(tt.xml), []byte(stylesXML), []byte(numberingXML))
		if got := usesFast([]byte(tt.xml)); got != tt.fast {
			t.Errorf("fast(%s) = %v, want %v", tt.name, got, tt.fast)
		}
	}
}

// TestGoldenBodies compares the walkers on the golden bodies, and checks
// that the scanner reads them itself.
func TestGoldenBodies(t *testing.T) {
	for _, tt := range goldenCases {
		data := docXML(tt.body)
		same(t, tt.name, data, []byte(stylesXML), []byte(numberingXML))
		if !usesFast(data) {
			t.Errorf("fast(%s) gave up", tt.name)
		}
	}
}

// TestNumberingAfterFallback reads a part the scanner gives up on at its
// end, after numbered paragraphs: the list counters must not advance twice.
func TestNumberingAfterFallback(t *testing.T) {
	body := np("", "1", "0", "một") + np("", "1", "0", "hai") + p(`<w:r><w:t>a<!-- giữa -->b</w:t></w:r>`) + np("", "1", "0", "ba")
	same(t, "numbering then comment", docXML(body), []byte(stylesXML), []byte(numberingXML))
	nb, _ := parseNumbering([]byte(numberingXML))
	blocks, err := walk(context.Background(), docXML(body), &styles{}, nb, nil)
	if err != nil || len(blocks) < 4 || blocks[3].Text != "III. ba" {
		t.Errorf("walk(numbering then comment) = %+v, %v; want the fourth paragraph numbered III.", blocks, err)
	}
}

// partsOf returns a docx's WordprocessingML parts with its styles and
// numbering.
func partsOf(t testing.TB, data []byte) (parts map[string][]byte, styles, numbering []byte) {
	t.Helper()
	z, err := ingest.OpenZip(data, ingest.DefaultZipLimits)
	if err != nil {
		t.Fatal(err)
	}
	parts = map[string][]byte{}
	for _, name := range z.Names() {
		if !strings.HasPrefix(name, "word/") || !strings.HasSuffix(name, ".xml") {
			continue
		}
		b, err := z.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		switch name {
		case "word/styles.xml":
			styles = b
		case "word/numbering.xml":
			numbering = b
		}
		parts[name] = b
	}
	return parts, styles, numbering
}

// TestGenerated compares the walkers on generated reports in docx.
func TestGenerated(t *testing.T) {
	dir := t.TempDir()
	if _, err := gen.Generate(gen.Options{Dir: dir, N: 40, Seed: 7, Formats: map[string]int{"docx": 1}}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, gen.ReportsDir, "*", "*.docx"))
	if len(files) < 30 {
		t.Fatalf("generated %d docx, want 30 or more", len(files))
	}
	fast := 0
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		z, err := ingest.OpenZip(data, ingest.DefaultZipLimits)
		if err != nil {
			continue // a deliberately corrupt file
		}
		doc, err := z.Read("word/document.xml")
		if err != nil {
			continue
		}
		same(t, filepath.Base(fn), doc, nil, nil)
		if usesFast(doc) {
			fast++
		}
	}
	if fast == 0 {
		t.Errorf("the scanner read none of %d generated documents", len(files))
	}
}

// TestSharedDocx compares the walkers on every part of the real docx
// files of the shared corpus.
func TestSharedDocx(t *testing.T) {
	dir := readertest.Shared(t, filepath.Join("corpus", "legacy", "files"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	if len(files) == 0 {
		t.Skip("no docx in the shared corpus")
	}
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		parts, st, nb := partsOf(t, data)
		for name, b := range parts {
			same(t, filepath.Base(fn)+":"+name, b, st, nb)
		}
		if !usesFast(parts["word/document.xml"]) {
			t.Errorf("fast(%s) gave up", filepath.Base(fn))
		}
	}
}

// FuzzWalk compares the walkers on fuzzed document parts: the same
// blocks, or an error from both.
func FuzzWalk(f *testing.F) {
	for _, tt := range goldenCases {
		f.Add(docXML(tt.body))
	}
	for _, tt := range scanCases {
		f.Add([]byte(tt.xml))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		same(t, "fuzz", data, []byte(stylesXML), []byte(numberingXML))
	})
}

func BenchmarkWalk(b *testing.B) {
	data := docXML(benchBody())
	st, _ := parseStyles([]byte(stylesXML))
	b.SetBytes(int64(len(data)))
	b.Run("xml", func(b *testing.B) {
		for b.Loop() {
			refWalk(context.Background(), data, st, nil, nil)
		}
	})
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			walk(context.Background(), data, st, nil, nil)
		}
	})
}

const xmlDeclUTF8 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
