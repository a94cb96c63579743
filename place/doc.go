// Package place is baocao's gazetteer of Vietnamese provinces: it tells which
// province a report is about and which provincial unit that is today.
//
// It knows the 63 provinces and centrally-run cities as they stood before the
// 2025 reform, their common spellings (old and new tone placement "Hoà
// Bình"/"Hòa Bình", with or without diacritics, abbreviations such as TP.HCM
// or BR-VT), the historical units they came from (Hà Tây until 2008, Nghệ
// Tĩnh, Hà Sơn Bình, Sông Bé, ...), the 34 provincial units created by Nghị
// quyết 202/2025/QH15 (effective 12 June 2025), and the district-level units
// (quận, huyện, thị xã, thành phố thuộc tỉnh) of every province.
//
// Canonical names carry diacritics, the new tone placement used by the
// National Assembly's resolutions ("Hòa Bình", "Khánh Hòa", "Thanh Hóa") and no
// administrative prefix: "Hồ Chí Minh", not "TP. Hồ Chí Minh"; "Bà Rịa - Vũng
// Tàu" with a spaced hyphen; "Thừa Thiên Huế" for the province before 2025 and
// "Huế" for the 2025 unit.
//
// Find scans stored text (vntext.Clean output) on its folded form, so "Bac
// Ai", "BẮC ÁI" and "Bác Ái" all match, but a span that carries diacritics
// must carry the right ones (the person's name "Huệ" is not the city "Huế");
// every Mention keeps the byte span of the name in the original text. The
// meta package uses it to fill Document.Province. The tables are read-only
// after package initialisation, so every function is safe for concurrent use.
package place
