// Package docx reads Word 2007+ documents (docx, docm, dotx): the main
// document, then footnotes and endnotes (after the body, in part order, not
// inline at their reference marks), then each distinct header and footer
// once.
//
// Text is reported exactly as the XML holds it. Legacy Vietnamese documents
// keep TCVN3 or VNI byte values as Latin-1 characters in runs set in
// ".VnTime" or "VNI-Times"; every run's font (w:rFonts, falling back to the
// character style, the paragraph style and the document defaults) goes into
// Block.Font, and a paragraph whose runs change font becomes several blocks
// joined by BreakNone, so vntext can repair each stretch with its own map.
//
// List numbering (numbering.xml: "I.", "1.2.", "a)", bullets "-" or "•") is
// computed and written before the paragraph text, as Word displays it.
//
// Structure: paragraphs end in BreakPara; table cells in BreakCell (the
// paragraphs inside one cell are joined by a space); rows in BreakLine.
// Tracked insertions are kept and deletions dropped (the document as it
// reads with changes accepted); fields keep their result and drop their
// instruction; w:tab is a tab, w:br and w:cr a line break, w:noBreakHyphen a
// hyphen. w:softHyphen becomes U+00AD rather than nothing: TCVN3 puts the
// letter ư on byte 0xAD, and Word (and LibreOffice) save that letter in a
// ".VnTime" run as a w:softHyphen element; vntext.Clean removes genuine
// soft hyphens once the encoding is repaired. Text boxes are read once (the mc:Choice of
// an mc:AlternateContent, not its VML fallback). A w:altChunk holding HTML
// or a MIME web archive (how some systems wrap a web page as a docx) is
// read in place by the HTML reader, whole page.
package docx
