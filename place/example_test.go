package place_test

import (
	"fmt"

	"baocao/place"
)

func ExampleFind() {
	for _, m := range place.Find("Tỷ lệ hộ nghèo huyện Bác Ái giảm 5,5%") {
		fmt.Println(m.Text, "→", m.Province, "→", m.Current2025)
	}
	// Output: Bác Ái → Ninh Thuận → Khánh Hòa
}

func ExampleLookup() {
	p, _ := place.Lookup("Hà Tây")
	fmt.Println(p.Name, p.Years, p.Current2025)
	// Output: Hà Tây 1965–1975, 1991–2008 Hà Nội
}
