package rtf

import "baocao"

// symbolWords are control words that stand for one character.
var symbolWords = map[string]string{
	"tab":       "\t",
	"emdash":    "—",
	"endash":    "–",
	"bullet":    "•",
	"lquote":    "‘",
	"rquote":    "’",
	"ldblquote": "“",
	"rdblquote": "”",
	"emspace":   "\u2003",
	"enspace":   "\u2002",
	"qmspace":   "\u2005",
	"zwj":       "\u200d",
	"zwnj":      "\u200c",
	"zwbo":      "\u200b",
	"zwnbo":     "\u2060",
}

// controlSymbols are the control symbols that stand for text. \- (soft
// hyphen) is absent on purpose: it only marks where a word may break.
var controlSymbols = map[string]string{
	"~":  "\u00a0",
	"_":  "\u2011",
	"\\": "\\",
	"{":  "{",
	"}":  "}",
	"|":  "", // formula character (Mac), no text
	":":  "", // index subentry
}

// breakWords end a paragraph, a line, a cell or a row.
var breakWords = map[string]baocao.Break{
	"par":      baocao.BreakPara,
	"line":     baocao.BreakLine,
	"cell":     baocao.BreakCell,
	"nestcell": baocao.BreakCell,
	"row":      baocao.BreakLine,
	"nestrow":  baocao.BreakLine,
	"page":     baocao.BreakPage,
	"sect":     baocao.BreakPara,
	"column":   baocao.BreakPara,
}

// skipDestinations hold no document text (or only a duplicate of it, like
// \nonesttables and \shprslt, the fallbacks for older readers).
var skipDestinations = map[string]bool{
	"colortbl": true, "stylesheet": true, "listtable": true, "listoverridetable": true,
	"revtbl": true, "rsidtbl": true, "pict": true, "objdata": true, "objclass": true,
	"objname": true, "objalias": true, "objsect": true, "objitem": true, "objtopic": true,
	"objtime": true, "themedata": true, "colorschememapping": true, "datastore": true,
	"latentstyles": true, "xmlnstbl": true, "generator": true, "fldinst": true,
	"bkmkstart": true, "bkmkend": true, "pn": true, "pntxta": true, "pntxtb": true,
	"pgdsctbl": true, "filetbl": true, "template": true, "docvar": true,
	"nonesttables": true, "sp": true, "shprslt": true, "nonshppict": true,
	"fchars": true, "lchars": true, "ftnsep": true, "ftnsepc": true, "aftnsep": true,
	"aftnsepc": true, "ftncn": true, "aftncn": true, "atnid": true, "atnauthor": true,
	"annotation": true, "atrfstart": true, "atrfend": true, "userprops": true,
	"xe": true, "tc": true, "txe": true, "rxe": true, "falt": true, "panose": true,
	"pnseclvl": true, "blipuid": true, "mmathPr": true, "protusertbl": true,
	"wgrffmtfilter": true, "passwordhash": true, "listpicture": true, "ud": false,
}

// numberingWords hold the rendered list number or bullet of the paragraph
// that follows ("1.", "a)", a bullet and a tab), written for readers that do
// not understand Word's list tables. They are formatting, not text, and the
// reference transcripts leave them out; Reader.Numbering keeps them.
var numberingWords = map[string]bool{"pntext": true, "listtext": true}

// headerWords start a running header or footer.
var headerWords = map[string]bool{
	"header": true, "footer": true, "headerl": true, "headerr": true, "headerf": true,
	"footerl": true, "footerr": true, "footerf": true,
}

// keepStarred are "\*\word" destinations whose content is document text;
// every other starred destination is skipped, as the RTF spec asks of
// readers that do not know it.
var keepStarred = map[string]bool{
	"shpinst":        true, // drawing shape; its \shptxt is a text box
	"nesttableprops": true, // holds \nestrow
	"ud":             true, // Unicode version of \upr text
}
