package vntext_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/gen"
	"baocao/ingest"
	"baocao/ingest/doc"
	"baocao/ingest/docx"
	"baocao/ingest/html"
	"baocao/ingest/pdf"
	"baocao/ingest/ppt"
	"baocao/ingest/rtf"
	"baocao/ingest/txt"
	"baocao/ingest/xls"
	"baocao/ingest/xlsx"
	"baocao/vntext"
)

// TestAssembleRefFiles compares Assemble with the reference on what the
// readers make of the shared legacy corpus (detected and forced in each
// encoding) and on generated reports as plain-text files and as office
// paragraphs.
func TestAssembleRefFiles(t *testing.T) {
	readers := []baocao.Reader{&txt.Reader{}, &html.Reader{}, &docx.Reader{}, &xlsx.Reader{},
		&doc.Reader{}, &xls.Reader{}, &ppt.Reader{}, &rtf.Reader{}, &pdf.Reader{}}
	var cs []*baocao.Content
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "legacy", "files", "*"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := baocao.Source{Path: f, Name: filepath.Base(f), Data: data}
		r, err := ingest.Select(readers, src)
		if err != nil {
			continue
		}
		c, err := ingest.Safe(r, ingest.DefaultLimits).Read(context.Background(), src)
		if err != nil {
			continue
		}
		cs = append(cs, c)
	}
	legacy := len(cs)
	for i, s := range gen.Texts(60, 7) {
		cs = append(cs, &baocao.Content{Format: "txt", Blocks: []baocao.Block{{Text: s}}})
		c := &baocao.Content{Format: "docx"}
		for k, p := range strings.Split(s, "\n") {
			font := []string{"", "Times New Roman", "body"}[(i+k)%3]
			c.Blocks = append(c.Blocks, baocao.Block{Text: p, Font: font, Break: baocao.Break(k % 5)})
		}
		cs = append(cs, c)
	}
	if legacy == 0 {
		t.Log("shared corpus not present: generated reports only")
	}
	for i, c := range cs {
		opts := []vntext.Options{{}}
		if i < legacy {
			opts = append(opts, vntext.Options{CapsFonts: true})
			for _, e := range vntext.Encodings() {
				opts = append(opts, vntext.Options{From: string(e)})
			}
		}
		for _, opt := range opts {
			want, werr := vntext.AssembleRef(c, opt)
			got, err := vntext.Assemble(c, opt)
			if (err == nil) != (werr == nil) || got.Text != want.Text || got.Encoding != want.Encoding || fmt.Sprint(got.PageStarts) != fmt.Sprint(want.PageStarts) {
				t.Fatalf("content %d (%s), %+v: Assemble gives %q (%v), the reference %q (%v)", i, c.Format, opt, got.Encoding, err, want.Encoding, werr)
			}
		}
	}
}
