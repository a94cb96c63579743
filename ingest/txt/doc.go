// Package txt reads plain-text reports: UTF-8 (with or without a BOM) and
// UTF-16 (by its BOM, or by the pattern of NUL bytes when it has none) are
// decoded here; any other bytes are handed on untouched as one Block.Raw for
// vntext to identify (TCVN3, VNI, VISCII, CP1258 ...), which is not an error
// at this stage.
//
// Lines stay lines: each paragraph (a run of non-blank lines) becomes one
// block with its line breaks inside, and paragraphs are separated by
// BreakPara, so the stored text keeps the file's line structure; only runs
// of several blank lines shrink to one.
//
// Text copied from a web portal carries the portal's chrome (web-part names,
// font-size toolbars, photo captions). Lines that are unmistakably chrome
// (ingest.IsChrome) are dropped and glued captions cut (ingest.CutCaption);
// Content.Warnings says how many. Raw (undecoded) text is not filtered.
package txt
