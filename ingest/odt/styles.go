package odt

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

const (
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsStyle  = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	nsFO     = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
	nsSVG    = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
)

type style struct {
	font, parent string
	super        bool // style:text-position raises the text
}

// styles maps style names to the font they set. Font faces are declared
// once (style:font-face) and referred to by name from text properties.
type styles struct {
	faces     map[string]string // style:font-face name → family
	byName    map[string]style
	defFont   string // the default paragraph style's font
	resolving map[string]bool
	lists     map[string]*listStyle
}

func newStyles() *styles {
	return &styles{faces: map[string]string{}, byName: map[string]style{}, resolving: map[string]bool{}, lists: map[string]*listStyle{}}
}

// parse reads font faces and styles from styles.xml or the automatic
// styles of content.xml; it stops at the document body.
func (s *styles) parse(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !s.element(se, d) {
			return nil
		}
	}
}

// element handles a start element met while reading styles; it reports
// false at the document body, where styles end.
func (s *styles) element(se xml.StartElement, d *xml.Decoder) bool {
	switch {
	case se.Name.Space == nsOffice && se.Name.Local == "body":
		return false
	case se.Name.Space == nsText && se.Name.Local == "list-style":
		s.lists[attr(se, nsStyle, "name")] = readListStyle(se, d)
	case se.Name.Space == nsStyle && se.Name.Local == "font-face":
		s.faces[attr(se, nsStyle, "name")] = trimFamily(attr(se, nsSVG, "font-family"))
	case se.Name.Space == nsStyle && (se.Name.Local == "style" || se.Name.Local == "default-style"):
		name := attr(se, nsStyle, "name")
		st := style{parent: attr(se, nsStyle, "parent-style-name")}
		def := se.Name.Local == "default-style" && attr(se, nsStyle, "family") == "paragraph"
		// the text properties are a child element
		for {
			tok, err := d.Token()
			if err != nil {
				return false
			}
			if ee, ok := tok.(xml.EndElement); ok && ee.Name == se.Name {
				break
			}
			if ce, ok := tok.(xml.StartElement); ok && ce.Name.Space == nsStyle && ce.Name.Local == "text-properties" {
				st.super = raised(attr(ce, nsStyle, "text-position"))
				if f := attr(ce, nsStyle, "font-name"); f != "" {
					st.font = s.face(f)
				} else if f := attr(ce, nsFO, "font-family"); f != "" {
					st.font = trimFamily(f)
				}
			}
		}
		if def {
			s.defFont = st.font
		} else if name != "" {
			s.byName[name] = st
		}
	}
	return true
}

func (s *styles) face(name string) string {
	if f := s.faces[name]; f != "" {
		return f
	}
	return name
}

// font returns the font a style sets, through its parents.
func (s *styles) font(name string) string {
	for i := 0; name != "" && i < 32; i++ {
		st, ok := s.byName[name]
		if !ok {
			return ""
		}
		if st.font != "" {
			return st.font
		}
		name = st.parent
	}
	return ""
}

func trimFamily(f string) string {
	for len(f) > 0 && (f[0] == '\'' || f[0] == '"' || f[0] == ' ') {
		f = f[1:]
	}
	for len(f) > 0 && (f[len(f)-1] == '\'' || f[len(f)-1] == '"' || f[len(f)-1] == ' ') {
		f = f[:len(f)-1]
	}
	return f
}

func attr(se xml.StartElement, space, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && (space == "" || a.Name.Space == space) {
			return a.Value
		}
	}
	return ""
}

// raised reports whether a style:text-position ("super 58%", "33% 58%")
// raises the text.
func raised(pos string) bool {
	f := strings.Fields(pos)
	if len(f) == 0 {
		return false
	}
	if f[0] == "super" {
		return true
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(f[0], "%"), 64)
	return err == nil && v > 0
}

// isSuper reports whether a style raises its text (not inherited: raised
// text is direct formatting in practice).
func (s *styles) isSuper(name string) bool { return s.byName[name].super }
