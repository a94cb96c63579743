// Package ppt reads the text of PowerPoint 97–2003 presentations (.ppt,
// .pps, .pot) for baocao.
//
// The "PowerPoint Document" stream of the OLE2 container (ingest/ole) is
// a tree of records ([MS-PPT] 2.3.1). The reader walks it in file order and
// keeps the text atoms: TextCharsAtom (UTF-16) and TextBytesAtom (8-bit,
// the low byte of UTF-16 code units), each becoming a paragraph, with the
// text of each slide's placeholders (the SlideListWithText) before that
// of its free text boxes. Master slides, whose text is only prompts such
// as "Click to edit", are skipped. Fonts come from the FontCollection and
// the StyleTextPropAtom that follows each text atom, so TCVN3 (.VnTime…)
// and VNI (VNI-Times…) runs carry their font name for vntext.
// Content.Title, from the SummaryInformation stream, may hold legacy code
// points too.
package ppt
