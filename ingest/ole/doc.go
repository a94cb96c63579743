// Package ole opens OLE2 compound files (the container of Word 97 .doc,
// Excel 97 .xls and PowerPoint 97 .ppt) for the readers in ingest/doc,
// ingest/xls and ingest/ppt. It alone wraps github.com/richardlehane/mscfb,
// reads the title from the SummaryInformation property set itself (raw, so
// a TCVN3 title stays in its legacy code points for vntext to repair),
// tells which of the three formats a file holds (Sniff), and holds the
// CP1252 table those formats use for their 8-bit text.
package ole
