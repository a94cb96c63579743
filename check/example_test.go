package check_test

import (
	"fmt"

	"baocao/check"
	"baocao/extract"
)

func ExamplePercent() {
	a, _ := extract.Parse("157")
	b, _ := extract.Parse("160")
	for _, stated := range []string{"98,13%", "98,14%"} {
		p, _ := extract.Parse(stated)
		c := check.Percent(a, b, p)
		fmt.Println(c.Status, c.Reason)
	}
	// Output:
	// ok 157/160 = 98,125% — khớp với 98,13% đã nêu
	// mismatch 157/160 = 98,125% — không khớp với 98,14% đã nêu (lệch 0,015 điểm %)
}

func ExampleRun() {
	text := "Hỗ trợ 304 người với số tiền 304 triệu đồng (1.000.000đ/người)."
	for _, c := range check.Run(text, extract.Records(text)) {
		fmt.Println(c.Kind, c.Status, c.Reason)
	}
	// Output:
	// product ok 304 người × 1.000.000đ/người = 304.000.000 đồng — khớp với 304 triệu đồng đã nêu
}
