// Package xlsx reads Excel 2007+ workbooks (xlsx, xlsm, xltx): every sheet
// in workbook order, hidden ones included, each introduced by a line
// "## Sheet: NAME" (a paragraph of its own), then its rows as lines with
// cells separated (BreakCell between cells, BreakLine after a row,
// BreakPara after the sheet's last row).
//
// Values are reported as the file stores them: shared and inline strings
// as text, numbers exactly as written in <v> (no number format applied, so
// 73.95 stays "73.95" and a date stays its serial number), booleans as
// TRUE/FALSE, errors as their code, formulas by their cached value. Empty
// cells between filled ones are kept as empty cells so columns line up;
// empty rows are skipped. Each cell's font (styles.xml: cellXfs → fonts,
// or the first font of a rich-text string) goes into Block.Font, so a
// ".VnTime" cell holding TCVN3 code points can be repaired by vntext.
package xlsx
