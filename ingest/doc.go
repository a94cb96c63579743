// Package ingest holds what every format reader shares, and the readers
// live in its sub-packages (txt, html, docx, xlsx, odt, doc, xls, ppt, rtf,
// pdf), each behind baocao.Reader. cmd/baocao builds the list of readers
// and hands it to Select, so the wiring stays visible.
//
//   - Select and Sniff choose a reader by content first (magic numbers,
//     ZIP and OLE2 directories, HTML prologs, MIME web archives), by
//     extension second.
//   - Safe runs a reader with a size limit, a time limit and recover(), so
//     a hostile file costs one error, never the import.
//   - OpenZip opens the ZIP containers of docx, xlsx and odt under limits
//     (entries, bytes per entry, bytes in all, compression ratio) against
//     zip bombs; Zip.Rels, Zip.RelTarget and Zip.Title read the OPC
//     relationships and the document title.
//   - IsChrome and CutCaption recognise web-portal furniture in text;
//     Raised keeps superscript digits apart from the figure before them;
//     LegacyFont names the Vietnamese legacy font families; UTF16Order
//     spots BOM-less UTF-16; Recover turns a panic into an error wrapping
//     baocao.ErrCorrupt.
//
// Readers report text as the format gives it and never decode legacy
// Vietnamese encodings: vntext does that afterwards from Block.Text and
// Block.Font, or from Block.Raw.
package ingest
