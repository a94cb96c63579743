// Package xls reads Excel 97–2003 workbooks (BIFF8, and the older BIFF5
// of Excel 5/95) for baocao.
//
// The Workbook stream of the OLE2 container (ingest/ole) is a sequence of
// records (records.go). The globals part gives the sheet names
// (BOUNDSHEET), the shared strings (SST, split across CONTINUE records,
// strings.go), the fonts (FONT) and the cell formats (XF) that tie a cell
// to its font. Each sheet part gives the cells (cells.go): shared and
// inline strings, numbers, RK values, formula results, booleans and
// errors.
//
// Text is reported exactly as stored, with the cell's font name, so vntext
// can repair TCVN3 (.VnTime…) and VNI (VNI-Times…) cells. Numbers are
// written the way Excel's General format shows them: no float noise, ten
// significant digits at most (the cell's own number format is not
// applied, as in the reference transcripts). Content.Title, from the
// SummaryInformation stream, may hold legacy code points too.
package xls
