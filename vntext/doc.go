// Package vntext is baocao's Vietnamese text layer: it turns what a format
// reader found into the stored text (UTF-8 NFC, original spelling kept) and
// provides the folded and canonical forms the index and the extractor compare
// with.
//
//   - Clean normalises Unicode text: NFC, line endings, odd spaces, invisible
//     characters, the Ð/Đ look-alike.
//   - Fold removes diacritics, đ→d and case, for diacritic-free search.
//
// Legacy encodings (TCVN3, VNI, VISCII, VPS, CP1258, VIQR, mojibake) are
// decoded here too, before Clean, because several of their letters sit on
// bytes that Clean would otherwise treat as soft hyphens or control characters.
package vntext
