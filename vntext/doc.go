// Package vntext is baocao's Vietnamese text layer: it turns what a format
// reader found into the stored text (UTF-8 NFC, original spelling kept) and
// provides the folded and canonical forms the index and the extractor
// compare with.
//
// Encodings. Decode and Encode convert the legacy encodings Vietnamese
// documents were written in, from tables built from the standards (and
// checked against glibc's charmaps and the shared corpus transcripts):
// TCVN 5712:1993 "ABC" (.VnTime fonts; TCVN3H for the capitals fonts),
// VNI Windows (VNI-Times: letter + mark byte), VISCII (RFC 1456, letters in
// C0 positions), Windows-1258 (combining tones), VIQR ("Vie^.t"), Unicode
// with combining marks, and UTF-8 mis-decoded once as CP1252 ("Viá»‡t").
// VPS is not supported: no authoritative table was at hand.
//
// Detection. Office formats hand over text in a legacy font as the CP1252
// characters of its bytes. Repair and Assemble decode each word with every
// candidate (Unicode, TCVN3, VNI) and keep the reading that is a valid
// Vietnamese syllable (ValidSyllable: onset, rhyme, tone rules); the font
// name is a hint that wins unless the words clearly disagree, blocks with
// no evidence inherit from their neighbours, and words that switch
// encoding inside a line are decoded word by word. Raw bytes from a plain
// text file are decoded with the 8-bit encoding the file reads best in
// (DetectBytes). Text no candidate reads as Vietnamese is left alone.
//
// Normalisation. Clean gives NFC (composing marks in any order), plain
// line ends and spaces, no invisible characters. Assemble cleans a line at
// a time, so marks split across a reader's blocks still compose. Fold
// removes diacritics and case for diacritic-free search; Canonical moves
// tone marks to the new-style position (Quyết định 1989/QĐ-BGDĐT: hoà,
// thuỷ) so spellings differing only in tone placement compare equal.
//
// Everything in the package is safe for concurrent use.
package vntext
