package xls_test

import (
	"context"
	"fmt"
	"os"

	"baocao"
	"baocao/ingest/xls"
)

// Each sheet starts with its name on a line; cells carry the font of
// their cell format, and numbers read as Excel's General format shows
// them.
func ExampleReader_Read() {
	data, err := os.ReadFile("testdata/workbook.xls")
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := new(xls.Reader).Read(context.Background(), baocao.Source{Name: "workbook.xls", Data: data})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range c.Blocks[5:8] {
		fmt.Printf("%q %q\n", b.Text, b.Font)
	}
	// Output:
	// "VNI" "VNI-Times"
	// "1234.5" "Arial"
	// "123.45" "Arial"
}
