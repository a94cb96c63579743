package indicator_test

import (
	"fmt"

	"baocao/extract"
	"baocao/indicator"
)

func ExampleMatch() {
	for _, q := range [][2]string{
		{"Giải quyết việc làm", "lao động"},
		{"tỷ lệ hộ nghèo", "%"},
		{"hộ nghèo", "hộ"},
		{"XKLĐ", "người"},
		{"giải quyết khiếu nại", "đơn"},
		{"Nghị quyết", ""},
	} {
		ind, ok := indicator.Match(q[0], q[1])
		fmt.Printf("%s (%s) → %s %v\n", q[0], q[1], ind.ID, ok)
	}
	// Output:
	// Giải quyết việc làm (lao động) → job_creation true
	// tỷ lệ hộ nghèo (%) → poverty_rate true
	// hộ nghèo (hộ) → poor_households true
	// XKLĐ (người) → labour_export true
	// giải quyết khiếu nại (đơn) → complaints true
	// Nghị quyết () →  false
}

func ExampleAssign() {
	text := "Toàn tỉnh giảm được 3.123 hộ nghèo; tặng 500 phần quà cho hộ cận nghèo trị giá 250.000.000 đồng."
	recs := extract.Records(text)
	indicator.Assign(text, recs)
	for _, r := range recs {
		fmt.Printf("%s (%s) → %s\n", r.ValueText, r.Unit, r.IndicatorID)
	}
	// Output:
	// 3.123 (hộ) → poor_households
	// 500 (phần quà) → near_poor_households
	// 250.000.000 đồng (đồng) → near_poor_households
}
