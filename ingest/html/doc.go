// Package html reads web pages saved from government portals and HTML
// exported by word processors, and keeps the article: menus, navigation,
// toolbars, headers and footers, scripts, styles, form controls, "tin liên
// quan" / "tin khác" boxes, share buttons and breadcrumbs are left out.
//
// A MIME web archive (.mht, or a ".doc" Word saved as a single-file web
// page) is unpacked first: its first text/html part, with its transfer
// encoding undone and its charset parameter taking precedence; Content.Format
// is then "mht".
//
// Decoding: a BOM, then <meta charset> or <meta http-equiv="Content-Type">
// in the first 4 KiB, names the encoding (any WHATWG label, through
// x/text's htmlindex). UTF-8, UTF-16 and windows-1258 are decoded and named
// in Content.Encoding; windows-1258 text comes out decomposed, which
// vntext.Clean composes. A page in a Latin-1 or windows-1252 charset, or
// undeclared and not UTF-8, is decoded as windows-1252 with Content.Encoding
// left empty: such pages usually hold TCVN3 or VNI bytes under a ".VnTime"
// or "VNI-Times" font, and vntext repairs them from the text and the
// font-family/<font face> hints this reader puts in Block.Font. Stray
// invalid bytes in an otherwise UTF-8 page are read as windows-1252 too.
//
// A page a word processor exported (a generator meta tag naming Microsoft
// Word, LibreOffice or OpenOffice) is a document, not a portal page: all of
// its body is kept, less page headers, footers and fields.
//
// Main content: a readability-style choice (content.go). Paragraph-like
// elements score by their length and commas; scores flow to the parent and
// grandparent; class and id names ("content", "detail", "noidung" up;
// "menu", "footer", "related", "tinlienquan" down) and link density adjust
// them; the best element wins, with its siblings that score close to it.
//
// Blocks: block elements end paragraphs (BreakPara), <br> and list items
// end lines (BreakLine); data tables go row by row, cells ending in
// BreakCell and rows in BreakLine, while layout tables (one column, or
// cells holding other tables) are read as plain containers. Runs in
// different fonts become separate blocks joined by BreakNone.
package html
