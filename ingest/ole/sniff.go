package ole

import "bytes"

// Sniff says which Office format a compound file holds, from its stream
// names: "doc" (WordDocument), "xls" (Workbook, or Book for Excel 5),
// "ppt" (PowerPoint Document), or "" when data is not a compound file or
// none of these. Government sites often publish files under the wrong
// extension (a workbook saved as .dot, a document as .xls); a caller
// choosing a reader can trust this over the name.
func Sniff(data []byte) string {
	if !bytes.HasPrefix(data, Magic) {
		return ""
	}
	f, err := Open(data)
	if err != nil {
		return ""
	}
	switch {
	case f.Has("WordDocument"):
		return "doc"
	case f.Has("Workbook") || f.Has("Book"):
		return "xls"
	case f.Has("PowerPoint Document"):
		return "ppt"
	}
	return ""
}
