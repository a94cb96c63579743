package ingest_test

import (
	"context"
	"fmt"

	"baocao"
	"baocao/ingest"
	"baocao/ingest/html"
	"baocao/ingest/txt"
)

// Select chooses by content first: this ".doc" is an HTML page, as many
// Word "documents" on government portals are.
func ExampleSelect() {
	readers := []baocao.Reader{&txt.Reader{}, &html.Reader{}}
	src := baocao.Source{Name: "baocao.doc", Data: []byte("<html><body><p>Tỷ lệ hộ nghèo còn 4,35%.</p></body></html>")}
	r, err := ingest.Select(readers, src)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := ingest.Safe(r, ingest.DefaultLimits).Read(context.Background(), src)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Format, c.Blocks[0].Text)

	_, err = ingest.Select(readers, baocao.Source{Name: "scan.png", Data: []byte("\x89PNG\r\n\x1a\n....")})
	fmt.Println(baocao.Reason(err))
	// Output:
	// html Tỷ lệ hộ nghèo còn 4,35%.
	// unsupported format
}
