package vntext_test

import (
	"fmt"

	"baocao/vntext"
)

func ExampleDecode() {
	s, _ := vntext.Decode(vntext.TCVN3, []byte("Gi\xb6i quy\xd5t vi\xd6c l\xb5m"))
	fmt.Println(s)
	s, _ = vntext.Decode(vntext.VNI, []byte("Vi\x65\xe4t Nam"))
	fmt.Println(s)
	// Output:
	// Giải quyết việc làm
	// Việt Nam
}

func ExampleRepair() {
	// TCVN3 text in a .VnTime run, as Word hands it over (CP1252 characters)
	s, enc := vntext.Repair("\u00a7\u00b9t 73,95% k\u00d5 ho\u00b9ch", ".VnTime")
	fmt.Println(s, enc)
	// Output: Đạt 73,95% kế hoạch tcvn3
}

func ExampleValidSyllable() {
	fmt.Println(vntext.ValidSyllable("nghiêng"), vntext.ValidSyllable("hòang"))
	// Output: true false
}
