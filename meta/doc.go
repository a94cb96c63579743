// Package meta reads a report's metadata from its stored text: the document
// number, date, type, title, issuing agency, province and year that fill
// baocao.Document.
//
// Vietnamese administrative documents follow one header layout (Nghị định
// 30/2020/NĐ-CP): the issuing agency top left ("UBND TỈNH LẠNG SƠN / SỞ LAO
// ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), the national motto top right, then "Số:
// 17/BC-SLĐTBXH" beside "Hà Tĩnh, ngày 20 tháng 01 năm 2021", then the type in
// capitals ("BÁO CÁO") and the title on the lines below it. Readers flatten
// that table into lines or tab-separated cells, sometimes with markdown
// markers, and often lose the left column. Read looks for each piece on its
// own and falls back where one is missing: the type from the number's code
// (BC, KH, QĐ), the agency from the number's agency code or the body, the
// province from the place before "ngày", then the agency line, then the
// names the body mentions most (through the place gazetteer). News articles
// taken from portals have none of this: a headline and a date line make them
// "Tin tức".
//
// Read never fails: what it cannot find stays empty. Every Span it returns is
// a byte range of the text it was given.
package meta
