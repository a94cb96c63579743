package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"path"
	"strings"

	"baocao"
)

// Rel is one relationship of an OPC (OOXML) part: the part it points to,
// resolved to a name inside the archive, and its type URI.
type Rel struct {
	ID, Type, Target string
	External         bool
}

// Rels reads the relationships of part ("" for the package's own
// _rels/.rels). A missing relationships part is no error: it yields none.
func (z *Zip) Rels(part string) ([]Rel, error) {
	dir, base := path.Split(part)
	name := dir + "_rels/" + base + ".rels"
	if part == "" {
		name = "_rels/.rels"
	}
	data, err := z.Read(name)
	if errors.Is(err, baocao.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var doc struct {
		Rels []struct {
			ID         string `xml:"Id,attr"`
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	rels := make([]Rel, 0, len(doc.Rels))
	for _, r := range doc.Rels {
		rel := Rel{ID: r.ID, Type: r.Type, Target: r.Target, External: strings.EqualFold(r.TargetMode, "External")}
		if !rel.External {
			t := strings.ReplaceAll(r.Target, "\\", "/")
			if strings.HasPrefix(t, "/") {
				rel.Target = strings.TrimPrefix(path.Clean(t), "/")
			} else {
				rel.Target = strings.TrimPrefix(path.Clean(dir+t), "/")
			}
		}
		rels = append(rels, rel)
	}
	return rels, nil
}

// RelTarget returns the target of the first relationship of part whose
// type ends with typeSuffix ("/officeDocument", "/styles", ...), or "".
func (z *Zip) RelTarget(part, typeSuffix string) string {
	rels, _ := z.Rels(part)
	for _, r := range rels {
		if !r.External && strings.HasSuffix(r.Type, typeSuffix) {
			return r.Target
		}
	}
	return ""
}

// Title returns the dc:title of the document properties part (OOXML
// docProps/core.xml or ODF meta.xml), or "" when there is none.
func (z *Zip) Title(part string) string {
	data, err := z.Read(part)
	if err != nil {
		return ""
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	in := false
	var b strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			in = t.Name.Local == "title" && t.Name.Space == "http://purl.org/dc/elements/1.1/"
		case xml.EndElement:
			if in {
				return strings.TrimSpace(b.String())
			}
		case xml.CharData:
			if in {
				b.Write(t)
			}
		}
	}
	return ""
}
