package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"

	"baocao/ingest"
)

// fonts is a w:rFonts element: the font for each script range. Empty means
// "inherit".
type fonts struct {
	ascii, hAnsi, cs, eastAsia string
}

// over returns f with its empty fields taken from base.
func (f fonts) over(base fonts) fonts {
	if f.ascii == "" {
		f.ascii = base.ascii
	}
	if f.hAnsi == "" {
		f.hAnsi = base.hAnsi
	}
	if f.cs == "" {
		f.cs = base.cs
	}
	if f.eastAsia == "" {
		f.eastAsia = base.eastAsia
	}
	return f
}

// name is the font reported for a run. Legacy Vietnamese text sits in the
// ASCII and high-ANSI ranges, so those come first; a legacy-looking name
// wins over a Unicode one whichever slot holds it, because that is the
// one encoding repair needs to see.
func (f fonts) name() string {
	for _, n := range []string{f.ascii, f.hAnsi, f.cs, f.eastAsia} {
		if ingest.LegacyFont(n) {
			return n
		}
	}
	for _, n := range []string{f.ascii, f.hAnsi, f.cs, f.eastAsia} {
		if n != "" {
			return n
		}
	}
	return ""
}

func readFonts(se xml.StartElement) fonts {
	var f fonts
	for _, a := range se.Attr {
		switch a.Name.Local {
		case "ascii":
			f.ascii = a.Value
		case "hAnsi":
			f.hAnsi = a.Value
		case "cs":
			f.cs = a.Value
		case "eastAsia":
			f.eastAsia = a.Value
		}
	}
	return f
}

// styles is what baocao needs of styles.xml: each style's fonts, resolved
// through w:basedOn, and the defaults.
type styles struct {
	defaults  fonts            // w:docDefaults
	para      string           // the default paragraph style
	byID      map[string]fonts // resolved, defaults not applied
	based     map[string]string
	own       map[string]fonts
	resolving map[string]bool
	num       map[string]numRef // a paragraph style's own w:numPr
}

// numRef is a w:numPr: which list and level a paragraph belongs to.
type numRef struct {
	id    string
	level int
	set   bool
}

func parseStyles(data []byte) (*styles, error) {
	s := &styles{byID: map[string]fonts{}, based: map[string]string{}, own: map[string]fonts{}, resolving: map[string]bool{}, num: map[string]numRef{}}
	d := xml.NewDecoder(bytes.NewReader(data))
	var id string
	inDefaults := false
	for {
		tok, err := d.Token()
		if err != nil {
			if err == io.EOF {
				break
			}
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "docDefaults":
				inDefaults = true
			case "style":
				id = attr(t, "styleId")
				if attr(t, "type") == "paragraph" && (attr(t, "default") == "1" || attr(t, "default") == "true") {
					s.para = id
				}
			case "basedOn":
				if id != "" {
					s.based[id] = attr(t, "val")
				}
			case "numId":
				if id != "" {
					r := s.num[id]
					r.id, r.set = attr(t, "val"), true
					s.num[id] = r
				}
			case "ilvl":
				if id != "" {
					r := s.num[id]
					r.level, _ = strconv.Atoi(attr(t, "val"))
					s.num[id] = r
				}
			case "rFonts":
				if inDefaults {
					s.defaults = readFonts(t).over(s.defaults)
				} else if id != "" {
					s.own[id] = readFonts(t)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "docDefaults":
				inDefaults = false
			case "style":
				id = ""
			}
		}
	}
	return s, nil
}

// of returns a style's fonts through its basedOn chain (a loop in the
// chain is cut).
func (s *styles) of(id string) fonts {
	if s == nil || id == "" || s.own == nil {
		return fonts{}
	}
	if f, ok := s.byID[id]; ok {
		return f
	}
	if s.resolving[id] {
		return fonts{}
	}
	s.resolving[id] = true
	f := s.own[id].over(s.of(s.based[id]))
	s.byID[id] = f
	return f
}

// numOf returns a paragraph style's numbering through its basedOn chain.
func (s *styles) numOf(id string) numRef {
	for i := 0; id != "" && i < 32 && s != nil && s.num != nil; i++ {
		if r, ok := s.num[id]; ok && r.set {
			return r
		}
		id = s.based[id]
	}
	return numRef{}
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
