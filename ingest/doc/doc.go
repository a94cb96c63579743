// Package doc reads Word 97–2003 binary documents (.doc, .dot) for baocao.
//
// It follows [MS-DOC]: the File Information Block (fib.go) locates the
// piece table in the table stream (pieces.go), which maps character
// positions to 8-bit CP1252 or 16-bit UTF-16 text in the WordDocument
// stream; the character and paragraph formatting (format.go, styles.go)
// give every run its font name and mark table cells, rows and tracked
// deletions; text.go walks the stories (body, footnotes, headers,
// comments, endnotes, text boxes) in the file's own order and turns the
// special characters into baocao.Block breaks.
//
// Legacy Vietnamese text (TCVN3 fonts .VnTime…, VNI fonts VNI-Times…) is
// reported exactly as stored, with its font name, for vntext to repair.
// Content.Title, from the SummaryInformation stream, may hold such legacy
// code points too.
package doc
