// Package export writes indicator records and cross-checks as files people
// download or scripts read: CSV (UTF-8 with a byte order mark, so Excel shows
// Vietnamese), XLSX (one sheet, numbers as numbers) and JSONL (one object per
// line, the contract's JSON fields).
//
// The web UI's download links use it, and `baocao records --format csv` can. It
// is the only package that imports github.com/xuri/excelize/v2.
//
// CSV cells of text columns that begin with =, +, -, @, a tab or a carriage
// return get a leading apostrophe, so a spreadsheet opening the file shows
// the text instead of evaluating it as a formula (OWASP "CSV injection");
// numbers are written as they are. XLSX cells are typed and need no such
// guard. Columns are the contract's field names, in a fixed order.
package export
