package extract_test

import (
	"fmt"

	"baocao/extract"
)

func ExampleParse() {
	n, _ := extract.Parse("13.676,5 triệu đồng")
	fmt.Println(extract.Format(n.Value, -1), n.Money, n.Decimals)
	n, _ = extract.Parse("khoảng 7.000")
	fmt.Println(n.Qualifier, extract.Format(n.Lo, -1), extract.Format(n.Hi, -1))
	// Output:
	// 13.676.500.000 true 1
	// khoảng 6.300 7.700
}

func ExampleRecords() {
	text := "- Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch năm 2021."
	for _, r := range extract.Records(text) {
		fmt.Printf("%s | %s | %s | %v/%v = %v%% | %d\n", r.Kind, r.Indicator, r.Unit, r.Value, *r.Target, *r.Percent, r.Year)
	}
	// Output:
	// ratio | Giải quyết việc làm | lao động | 28101/38000 = 73.95% | 2021
}
