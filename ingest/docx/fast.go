package docx

import (
	"bytes"
	"context"
	"encoding/xml"
)

// Reading a part through encoding/xml costs most of a docx's reading time:
// every token allocates, names go through a map of prefixes. fast feeds the
// same walker from the byte scanner instead and returns false, having
// changed nothing the caller cannot undo, when the part holds anything the
// scanner leaves to encoding/xml (see scanner). The tokens it hands over are
// those encoding/xml would give, as far as the walker looks: namespaces of
// other vocabularies become "", names the walker does not know "?", and
// attributes are filled in only for the elements whose attributes it reads.

// fast walks data into w. ok is false when the caller must start again
// with encoding/xml.
func (w *walker) fast(ctx context.Context, data []byte) (ok bool, err error) {
	s := &scanner{data: data}
	for n := 0; ; n++ {
		if n%8192 == 0 && ctx.Err() != nil {
			return true, ctx.Err()
		}
		if s.pos >= len(data) {
			return len(s.open) == 0, nil
		}
		if data[s.pos] != '<' {
			start := s.pos
			end, dec, ok := s.text(0)
			if !ok {
				return false, nil
			}
			s.pos = end
			if w.skip > 0 || !w.inT && !(w.inInstr && len(w.fields) > 0) {
				continue
			}
			t := data[start:end]
			if dec {
				t = s.decode(t)
			}
			if w.inT {
				w.runTextBytes(t)
			} else if f := w.fields[len(w.fields)-1]; f.instr.Len() < maxInstr {
				f.instr.Write(t)
			}
			continue
		}
		if s.pos+1 >= len(data) {
			return false, nil
		}
		switch data[s.pos+1] {
		case '/':
			ok = s.endTag(w)
		case '?':
			ok = s.decl()
		case '!':
			ok = false // comment, CDATA, DOCTYPE
		default:
			ok = s.startTag(w)
		}
		if !ok {
			return false, nil
		}
	}
}

// elemName is an element's name as the walker sees it.
type elemName struct {
	space, local string
}

func (s *scanner) startTag(w *walker) bool {
	d := s.data
	s.pos++ // '<'
	prefix, local, ok := s.name()
	if !ok {
		return false
	}
	qname := span{prefix.start, local.end}
	s.attrs = s.attrs[:0]
	empty := false
	for {
		s.space()
		if s.pos >= len(d) {
			return false
		}
		if c := d[s.pos]; c == '>' {
			s.pos++
			break
		} else if c == '/' {
			if s.pos+1 >= len(d) || d[s.pos+1] != '>' {
				return false
			}
			s.pos += 2
			empty = true
			break
		}
		ap, al, ok := s.name()
		if !ok {
			return false
		}
		s.space()
		if s.pos >= len(d) || d[s.pos] != '=' {
			return false
		}
		s.pos++
		s.space()
		if s.pos >= len(d) || d[s.pos] != '"' && d[s.pos] != '\'' {
			return false
		}
		s.pos++
		vs := s.pos
		end, dec, ok := s.text(d[vs-1])
		if !ok {
			return false
		}
		s.pos = end + 1
		s.attrs = append(s.attrs, rawAttr{prefix: ap, local: al, val: span{vs, end}, decode: dec})
	}
	p := s.bytes(prefix)
	if string(p) == "xml" || string(p) == "xmlns" || len(p) == 0 && string(s.bytes(local)) == "xmlns" {
		return false // names encoding/xml translates its own way
	}
	before := len(s.binds)
	for i := range s.attrs {
		a := &s.attrs[i]
		ap := s.bytes(a.prefix)
		if string(ap) == "xmlns" {
			s.binds = append(s.binds, binding{prefix: a.local, class: classOf(s.value(a))})
		} else if len(ap) == 0 && string(s.bytes(a.local)) == "xmlns" {
			s.binds = append(s.binds, binding{prefix: a.prefix, class: classOf(s.value(a))})
		}
	}
	if len(s.binds) != before {
		s.cache.ok = false
	}
	name := s.elemName(s.class(prefix), s.bytes(local))
	s.open = append(s.open, openElem{name: qname, binds: before, elem: name})
	if w.skip > 0 {
		w.skip++
	} else {
		if name.local == "altChunk" && name.space != "" && w.chunk != nil {
			return false // the chunk's warnings cannot be taken back
		}
		w.start(xml.StartElement{Name: xml.Name{Space: name.space, Local: name.local}, Attr: s.elemAttrs(name)})
	}
	if empty {
		s.close(w)
	}
	return true
}

func (s *scanner) endTag(w *walker) bool {
	d := s.data
	s.pos += 2 // "</"
	prefix, local, ok := s.name()
	if !ok {
		return false
	}
	s.space()
	if s.pos >= len(d) || d[s.pos] != '>' || len(s.open) == 0 {
		return false
	}
	s.pos++
	if top := s.open[len(s.open)-1]; !bytes.Equal(s.bytes(top.name), d[prefix.start:local.end]) {
		return false
	}
	s.close(w)
	return true
}

// close ends the innermost open element.
func (s *scanner) close(w *walker) {
	e := s.open[len(s.open)-1]
	s.open = s.open[:len(s.open)-1]
	if w.skip > 0 {
		w.skip--
	} else {
		w.end(xml.EndElement{Name: xml.Name{Space: e.elem.space, Local: e.elem.local}})
	}
	if len(s.binds) != e.binds {
		s.binds = s.binds[:e.binds]
		s.cache.ok = false
	}
}

// elemName returns the name the walker sees.
func (s *scanner) elemName(c nsClass, local []byte) elemName {
	switch c {
	case nsWord:
		return elemName{nsW, wordName(local)}
	case nsWordStrict:
		return elemName{nsWS, wordName(local)}
	case nsCompat:
		if string(local) == "Fallback" {
			return elemName{nsMC, "Fallback"}
		}
		return elemName{nsMC, "?"}
	}
	return elemName{"", "?"}
}

// wordName returns the walker's name for a WordprocessingML element, "?"
// for one it ignores.
func wordName(b []byte) string {
	switch string(b) {
	case "p":
		return "p"
	case "r":
		return "r"
	case "t":
		return "t"
	case "rPr":
		return "rPr"
	case "pPr":
		return "pPr"
	case "rFonts":
		return "rFonts"
	case "tc":
		return "tc"
	case "tr":
		return "tr"
	case "tbl":
		return "tbl"
	case "tab":
		return "tab"
	case "br":
		return "br"
	case "cr":
		return "cr"
	case "pStyle":
		return "pStyle"
	case "rStyle":
		return "rStyle"
	case "numId":
		return "numId"
	case "ilvl":
		return "ilvl"
	case "vertAlign":
		return "vertAlign"
	case "noBreakHyphen":
		return "noBreakHyphen"
	case "softHyphen":
		return "softHyphen"
	case "fldChar":
		return "fldChar"
	case "instrText":
		return "instrText"
	case "fldSimple":
		return "fldSimple"
	case "altChunk":
		return "altChunk"
	case "del":
		return "del"
	case "moveFrom":
		return "moveFrom"
	case "rPrChange":
		return "rPrChange"
	case "pPrChange":
		return "pPrChange"
	case "delText":
		return "delText"
	case "footnote":
		return "footnote"
	case "endnote":
		return "endnote"
	}
	return "?"
}

// elemAttrs returns the attributes of the last start tag for the elements
// whose attributes the walker reads, nil for the others.
func (s *scanner) elemAttrs(n elemName) []xml.Attr {
	if n.space != nsW && n.space != nsWS {
		return nil
	}
	switch n.local {
	case "pStyle", "numId", "ilvl", "rFonts", "rStyle", "vertAlign", "fldChar", "fldSimple", "footnote", "endnote":
	default:
		return nil
	}
	out := s.xattrs[:0]
	for i := range s.attrs {
		a := &s.attrs[i]
		out = append(out, xml.Attr{Name: xml.Name{Local: attrName(s.bytes(a.local))}, Value: s.intern(s.value(a))})
	}
	s.xattrs = out
	return out
}

func attrName(b []byte) string {
	switch string(b) {
	case "val":
		return "val"
	case "ascii":
		return "ascii"
	case "hAnsi":
		return "hAnsi"
	case "cs":
		return "cs"
	case "eastAsia":
		return "eastAsia"
	case "type":
		return "type"
	case "fldCharType":
		return "fldCharType"
	case "instr":
		return "instr"
	}
	return "?"
}

// maxInterned bounds the attribute values kept for reuse.
const maxInterned = 4096

// intern returns b as a string, shared with earlier equal values: a part
// names a few fonts and styles thousands of times.
func (s *scanner) intern(b []byte) string {
	if v, ok := s.strs[string(b)]; ok {
		return v
	}
	v := string(b)
	if s.strs == nil {
		s.strs = map[string]string{}
	}
	if len(s.strs) < maxInterned {
		s.strs[v] = v
	}
	return v
}
