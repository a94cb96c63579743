// Package odt reads OpenDocument text (odt, ott) and, with the same
// walker, spreadsheets (ods: each table introduced by "## Sheet: NAME").
//
// content.xml gives paragraphs and headings (BreakPara), lists (items as
// lines, BreakLine, each item's label — "1.", "a)", "II.b.1.", "-" —
// computed from its text:list-style and written before it), tables row by row (BreakCell between cells, BreakLine
// after a row; the paragraphs of one cell are joined by a space; repeated
// cells are expanded up to 64, trailing empty cells and empty rows
// dropped), text boxes in frames (where they are anchored). Footnotes and
// endnotes (text:note) are moved after the body, as in the docx reader.
// White space collapses as ODF says; text:s gives its spaces, text:tab a
// tab, text:line-break a line break. Tracked deletions, annotations, tables
// of contents and note citations are left out. The title is meta.xml's
// dc:title.
//
// Fonts: a span's or paragraph's style (automatic styles in content.xml,
// common styles in styles.xml, through parent styles and the default
// paragraph style) names a font face; its family goes into Block.Font so a
// "VNI-Times" or ".VnTime" run can be repaired by vntext. Text is reported
// as the XML holds it.
package odt
