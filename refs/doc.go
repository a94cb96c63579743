// Package refs finds the legal and administrative documents a report
// cites: "Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ", "Quyết
// định 382a/QĐ-UBND", "Chỉ thị số 16/CT-TTg", "Luật Việc làm năm 2013".
// Reports justify their figures by such acts, and two reports citing the
// same act can be linked through Key.
//
// Find reads, for each citation, its Type (from the words before the
// number, else from the number's code: NQ is a Nghị quyết, QĐ a Quyết
// định), its Number with its spacing normalised ("151/2019/NQ- HĐND" →
// "151/2019/NQ-HĐND"), its Issuer (from the words after it, "của UBND
// tỉnh", else from the code: CP is the Chính phủ, TTg the Thủ tướng
// Chính phủ), its Date (from "ngày 24/01/2021" or "ngày 16 tháng 5 năm
// 2016" right after the number) and its byte span. Laws and ordinances
// are also found by name ("Luật Việc làm", "Bộ luật Lao động", "Pháp lệnh
// Ưu đãi người có công"), from a curated list of names.
//
// A number needs a code with capital letters ("68/NQ-CP", "26-KH/TU"), or,
// bare ("Quyết định 22"), a document type right before it: ratios
// ("28.101/38.000"), dates and list numbers are never citations. The
// document's own number, on a line starting "Số:", is not a citation
// either (package meta reads it).
//
// All functions are safe for concurrent use and never panic.
package refs
