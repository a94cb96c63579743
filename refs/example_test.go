package refs_test

import (
	"fmt"

	"baocao/refs"
)

func ExampleFind() {
	text := "Thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Luật Việc làm năm 2013, " +
		"giải quyết việc làm cho 28.101/38.000 lao động."
	for _, r := range refs.Find(text) {
		fmt.Printf("%s %q %q %q %q %s\n", r.Type, r.Number, r.Name, r.Issuer, r.Date, refs.Key(r))
	}
	// Output:
	// Nghị quyết "68/NQ-CP" "" "Chính phủ" "2021-07-01" nghiquyet:68/nq/cp
	// Luật "" "Việc làm" "" "" luat:vieclam
}
