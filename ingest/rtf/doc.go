// Package rtf reads Rich Text Format files (.rtf) into baocao.Content.
//
// It is a small tokenizer (lex.go) feeding a group-stack interpreter
// (parse.go): every '{' pushes a copy of the character state (font, \uc
// skip count, destination), every '}' pops it. Destinations that hold no
// document text (font and colour tables, style sheets, pictures, embedded
// objects, theme data, field instructions, any "\*\..." the reader does not
// know) are skipped; the font table is parsed so that every run of text is
// reported with the name of its font.
//
// Bytes written as \'xx (or as raw 8-bit text) are interpreted through the
// code page of the current font's \fcharset, or the document's \ansicpg for
// charset 0. The legacy Vietnamese fonts (.VnTime, .VnTimeH, VNI-Times, ...)
// are deliberately NOT decoded: their bytes are reported as the CP1252
// characters Word would show, with Block.Font set to the font name, and
// vntext repairs them afterwards (baocao.Reader contract). Fonts with
// \fcharset163 are real Windows-1258 and are decoded here.
//
// Layout: \par ends a paragraph (BreakPara), \line a line, \cell a table
// cell (BreakCell) and \row a table row (BreakLine), \page and \sect a page
// or section (BreakPage, with Block.Page left 0: RTF has no fixed pages).
// A paragraph in several fonts becomes several blocks joined by BreakNone.
// Footnotes (\footnote) are kept: their text follows the paragraph that
// refers to them, as "[n] text", and the reference mark (\chftn) is written
// "[n]" so that a note number never glues onto the figure before it. Other
// raised digits (\super, \up) become superscript digits ("2020⁶", "m²"),
// or "[6]" in a legacy Vietnamese font, where ¹²³ would read as TCVN3
// letters. List numbers Word writes for older readers (\pntext,
// \listtext) are dropped unless Reader.Numbering is set: they are
// formatting, and the reference transcripts leave them out.
// Headers and footers repeat on every printed page and are not part of the
// report's running text; they are dropped unless Reader.Headers is set, in
// which case they come first. Field results (\fldrslt) are kept, field
// instructions (\fldinst) dropped; hidden text (\v) is dropped.
//
// The reader never panics: any panic is recovered and returned as an error
// wrapping baocao.ErrCorrupt. Input size, group depth and total output are
// bounded, and ctx is checked while parsing.
package rtf
