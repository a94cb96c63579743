package doc_test

import (
	"context"
	"fmt"
	"os"

	"baocao"
	"baocao/ingest/doc"
)

// A TCVN3 document comes out as stored: the bytes as CP1252 characters,
// with the font that tells vntext how to repair them; field instructions
// are dropped and their results kept.
func ExampleReader_Read() {
	data, err := os.ReadFile("testdata/fields.doc")
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := new(doc.Reader).Read(context.Background(), baocao.Source{Name: "fields.doc", Data: data})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range c.Blocks[:2] {
		fmt.Printf("%q %s\n", b.Text, b.Font)
	}
	// Output:
	// "Trang 5 / 12" .VnTime
	// "sè liu 1-2" .VnTime
}
