package indicator_test

import (
	"fmt"

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
