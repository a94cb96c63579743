package indicator

import (
	"baocao/vntext"
	"strings"
)

// Unit kinds, what KindOf returns.
const (
	KindPercent    = "percent"    // "%", "điểm %"
	KindMoney      = "money"      // "đồng", "đồng/người", "triệu đồng"
	KindPeople     = "people"     // "người", "lao động", "học viên", "đối tượng"
	KindHouseholds = "households" // "hộ", "hộ gia đình"
	KindHouses     = "houses"     // "nhà", "căn"
	KindGifts      = "gifts"      // "phần quà", "suất"
	KindCases      = "cases"      // "vụ", "hồ sơ", "thủ tục", "cuộc", "trường hợp"
	KindCount      = "count"      // any other counted noun
)

// unitKinds maps a folded unit to its kind; units not listed are looked up
// by their first word, then fall to KindCount.
var unitKinds = map[string]string{
	"%": KindPercent, "diem %": KindPercent, "diem phan tram": KindPercent, "phan tram": KindPercent,

	"dong": KindMoney, "d": KindMoney, "vnd": KindMoney, "trieu dong": KindMoney,
	"ty dong": KindMoney, "nghin dong": KindMoney, "ngan dong": KindMoney, "trieu": KindMoney,

	"ho": KindHouseholds, "ho gia dinh": KindHouseholds, "ho dan": KindHouseholds, "gia dinh": KindHouseholds,

	"nha": KindHouses, "can": KindHouses, "can nha": KindHouses, "ngoi nha": KindHouses, "nha o": KindHouses,

	"phan qua": KindGifts, "suat qua": KindGifts, "phan": KindGifts, "suat": KindGifts, "qua": KindGifts,

	"vu": KindCases, "ho so": KindCases, "truong hop": KindCases, "thu tuc": KindCases,
	"cuoc": KindCases, "don": KindCases, "don thu": KindCases, "vu viec": KindCases,

	"nguoi": KindPeople, "lao dong": KindPeople, "nguoi lao dong": KindPeople, "hoc vien": KindPeople,
	"doi tuong": KindPeople, "luot nguoi": KindPeople, "tre em": KindPeople, "tre": KindPeople,
	"hoc sinh": KindPeople, "sinh vien": KindPeople, "thi sinh": KindPeople, "can bo": KindPeople,
	"cong chuc": KindPeople, "vien chuc": KindPeople, "dong chi": KindPeople, "d/c": KindPeople,
	"dai bieu": KindPeople, "nu dai bieu": KindPeople, "ca nhan": KindPeople, "nan nhan": KindPeople,
	"thuong binh": KindPeople, "benh binh": KindPeople, "than nhan": KindPeople, "nguoi co cong": KindPeople,
	"nguoi cao tuoi": KindPeople, "nguoi khuyet tat": KindPeople, "cu": KindPeople, "chau": KindPeople,
	"em": KindPeople, "lao dong nu": KindPeople, "hoc vien cai nghien": KindPeople, "nguoi nghien": KindPeople,
}

// KindOf returns the kind of a unit as extract writes it ("lao động" →
// KindPeople, "%" → KindPercent, "hộ" → KindHouseholds); "" for no unit.
func KindOf(unit string) string {
	if k, ok := kindMemo.get(unit); ok {
		return k
	}
	k := kindOf(unit)
	// Reports use a few dozen units; a hostile text must not grow the
	// memo without bound (long units are not kept, and it fills up).
	if len(unit) <= 40 {
		kindMemo.put(keep(unit), k)
	}
	return k
}

// kindMemo memoises KindOf: Assign asks it several times a record.
var kindMemo = newMemo[string, string](4096)

func kindOf(unit string) string {
	f := strings.Join(strings.Fields(vntext.Fold(unit)), " ")
	if f == "" {
		return ""
	}
	if k, ok := unitKinds[f]; ok {
		return k
	}
	if strings.HasSuffix(f, "%") {
		return KindPercent
	}
	first, _, _ := strings.Cut(f, " ")
	if i := strings.IndexByte(first, '/'); i > 0 { // "đồng/người", "người/tháng"
		first = first[:i]
	}
	if k, ok := unitKinds[first]; ok && first != "can" && first != "phan" && first != "d" {
		return k
	}
	switch first {
	case "dong", "d", "vnd":
		return KindMoney
	}
	return KindCount
}
