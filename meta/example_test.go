package meta_test

import (
	"fmt"

	"baocao/meta"
)

func ExampleRead() {
	text := "Số: 17/BC- SLĐ-TBXH\tHà Tĩnh, ngày 20 tháng 01 năm 2021\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2020\n\nNăm 2020, ..."
	m := meta.Read(text, "")
	fmt.Println(m.Type, "|", m.Number, "|", m.Date, "|", m.Province, "|", m.Agency)
	fmt.Println(m.Title)
	// Output:
	// Báo cáo | 17/BC-SLĐ-TBXH | 2021-01-20 | Hà Tĩnh | Sở Lao động - Thương binh và Xã hội
	// Kết quả thực hiện nhiệm vụ năm 2020
}
