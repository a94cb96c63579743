package docx

import (
	"bytes"
	"encoding/xml"
	"unicode/utf8"
)

// scanner is a byte-level XML tokenizer for the parts Word writes. It
// accepts only a subset of XML that encoding/xml (strict, no entity map, no
// charset reader) reads into exactly the same tokens: ASCII names with at
// most one colon, the five predefined entities and character references,
// an XML declaration of the usual forms, namespace declarations anywhere.
// On anything else (comments, CDATA, DOCTYPE, other processing
// instructions, non-ASCII names, and every input encoding/xml would refuse)
// it gives up, and the caller reads the part with encoding/xml instead, so
// errors and rare constructs keep their old behaviour.
type scanner struct {
	data []byte
	pos  int

	open  []openElem // elements not yet closed
	binds []binding  // namespace prefixes in scope, innermost last
	attrs []rawAttr  // of the last start tag
	buf   []byte     // decoded text
	cache nsCache

	xattrs []xml.Attr        // handed to the walker
	strs   map[string]string // interned attribute values
}

type openElem struct {
	name  span // the qualified name as written
	binds int  // len(binds) before the element's own declarations
	elem  elemName
}

type span struct{ start, end int }

type rawAttr struct {
	prefix, local span
	val           span // between the quotes
	decode        bool // holds an entity or a carriage return
}

// nsClass is what the walker needs of a namespace: the WordprocessingML
// ones, markup compatibility, or anything else.
type nsClass uint8

const (
	nsOther nsClass = iota
	nsWord
	nsWordStrict
	nsCompat
)

type binding struct {
	prefix span
	class  nsClass
}

// nsCache remembers the class of the last prefix looked up while the
// bindings in scope stay the same.
type nsCache struct {
	prefix []byte
	class  nsClass
	ok     bool
}

func (s *scanner) bytes(sp span) []byte { return s.data[sp.start:sp.end] }

// isNameStart and isNameByte are encoding/xml's name bytes, ASCII only.
func isNameStart(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_'
}

func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

// name reads a qualified name at s.pos: prefix (maybe empty) and local
// part. ok is false for what the fast path leaves to encoding/xml.
func (s *scanner) name() (prefix, local span, ok bool) {
	d := s.data
	i := s.pos
	if i >= len(d) || !isNameStart(d[i]) {
		return span{}, span{}, false
	}
	colon := -1
	for i++; i < len(d) && isNameByte(d[i]); i++ {
		if d[i] == ':' {
			if colon >= 0 {
				return span{}, span{}, false
			}
			colon = i
		}
	}
	if i >= len(d) || d[i] >= utf8.RuneSelf || colon == i-1 {
		return span{}, span{}, false
	}
	if colon < 0 {
		prefix, local = span{s.pos, s.pos}, span{s.pos, i}
	} else {
		prefix, local = span{s.pos, colon}, span{colon + 1, i}
	}
	s.pos = i
	return prefix, local, true
}

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\r', '\n', '\t':
			s.pos++
		default:
			return
		}
	}
}

// text checks character data from s.pos up to '<' (quote 0) or up to the
// closing quote, and returns its end; decode reports an entity or a
// carriage return, which change the text. ok is false for input the fast
// path does not take: invalid UTF-8, characters outside XML's range, "]]>"
// outside quotes, '<' inside them, unknown entities, the end of the data
// inside quotes.
func (s *scanner) text(quote byte) (end int, decode, ok bool) {
	d := s.data
	i := s.pos
	for i < len(d) {
		c := d[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRune(d[i:])
			if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
				return 0, false, false
			}
			i += n
			continue
		}
		switch {
		case c == '<':
			if quote != 0 {
				return 0, false, false
			}
			return i, decode, true
		case c == quote && quote != 0:
			return i, decode, true
		case c == '&':
			n := entityLen(d[i:])
			if n == 0 {
				return 0, false, false
			}
			i += n
			decode = true
			continue
		case c == '\r':
			decode = true
		case c == '>':
			if quote == 0 && i >= 2 && d[i-1] == ']' && d[i-2] == ']' {
				return 0, false, false
			}
		case c < 0x20 && c != '\t' && c != '\n':
			return 0, false, false
		}
		i++
	}
	if quote != 0 {
		return 0, false, false
	}
	return i, decode, true
}

// entityLen returns the length of the entity or character reference at
// the start of b ("&amp;", "&#7841;", "&#x1EA1;"), 0 when the fast path does
// not take it.
func entityLen(b []byte) int {
	r, n := entity(b)
	if n == 0 || !inCharRange(r) {
		return 0
	}
	return n
}

// entity decodes the reference at the start of b. A reference to a
// surrogate decodes to U+FFFD, as string(rune) does in encoding/xml.
func entity(b []byte) (rune, int) {
	if len(b) < 3 || b[0] != '&' {
		return 0, 0
	}
	if b[1] != '#' {
		for _, e := range predefined {
			if len(b) > len(e.name)+1 && b[len(e.name)+1] == ';' && string(b[1:1+len(e.name)]) == e.name {
				return e.r, len(e.name) + 2
			}
		}
		return 0, 0
	}
	i, base := 2, rune(10)
	if b[i] == 'x' {
		i, base = 3, 16
	}
	start := i
	var v rune
	for ; i < len(b) && i-start < 7; i++ { // 7 digits cannot overflow
		c := b[i]
		var dig rune
		switch {
		case '0' <= c && c <= '9':
			dig = rune(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			dig = rune(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			dig = rune(c-'A') + 10
		default:
			dig = -1
		}
		if dig < 0 {
			break
		}
		v = v*base + dig
	}
	if i == start || i >= len(b) || b[i] != ';' || v > utf8.MaxRune {
		return 0, 0
	}
	if 0xD800 <= v && v <= 0xDFFF {
		v = utf8.RuneError
	}
	return v, i + 1
}

var predefined = []struct {
	name string
	r    rune
}{{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}}

func inCharRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// decode returns raw with references replaced and line ends normalized
// ("\r\n" and "\r" to "\n") as encoding/xml does. raw has passed text.
func (s *scanner) decode(raw []byte) []byte {
	out := s.buf[:0]
	for i := 0; i < len(raw); {
		switch c := raw[i]; c {
		case '&':
			r, n := entity(raw[i:])
			out = utf8.AppendRune(out, r)
			i += n
		case '\r':
			out = append(out, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		default:
			j := i + 1
			for j < len(raw) && raw[j] != '&' && raw[j] != '\r' {
				j++
			}
			out = append(out, raw[i:j]...)
			i = j
		}
	}
	s.buf = out
	return out
}

// value returns an attribute's value, decoded.
func (s *scanner) value(a *rawAttr) []byte {
	if a.decode {
		return s.decode(s.bytes(a.val))
	}
	return s.bytes(a.val)
}

// class resolves an element's prefix as encoding/xml does: the innermost
// declaration, the default namespace for no prefix, the prefix itself
// (never a WordprocessingML name) when undeclared.
func (s *scanner) class(prefix span) nsClass {
	p := s.bytes(prefix)
	if s.cache.ok && bytes.Equal(p, s.cache.prefix) {
		return s.cache.class
	}
	c := nsOther
	for i := len(s.binds) - 1; i >= 0; i-- {
		if bytes.Equal(s.bytes(s.binds[i].prefix), p) {
			c = s.binds[i].class
			break
		}
	}
	s.cache = nsCache{prefix: p, class: c, ok: true}
	return c
}

func classOf(url []byte) nsClass {
	switch string(url) {
	case nsW:
		return nsWord
	case nsWS:
		return nsWordStrict
	case nsMC:
		return nsCompat
	}
	return nsOther
}

// decl skips an XML declaration at s.pos written the usual way: version
// 1.0, then optionally a UTF-8 encoding and a standalone flag, in either
// quotes. encoding/xml checks only the version and the encoding.
func (s *scanner) decl() bool {
	d := s.data[s.pos:]
	if !bytes.HasPrefix(d, []byte("<?xml ")) {
		return false
	}
	i := len("<?xml ")
	pseudo := func(name string, ok func([]byte) bool) bool {
		for i < len(d) && d[i] == ' ' {
			i++
		}
		if !bytes.HasPrefix(d[i:], []byte(name+"=")) || i+len(name)+1 >= len(d) {
			return false
		}
		j := i + len(name) + 1
		q := d[j]
		if q != '"' && q != '\'' {
			return false
		}
		end := bytes.IndexByte(d[j+1:], q)
		if end < 0 || !ok(d[j+1:j+1+end]) {
			return false
		}
		i = j + 1 + end + 1
		return true
	}
	if !pseudo("version", func(v []byte) bool { return string(v) == "1.0" }) {
		return false
	}
	pseudo("encoding", func(v []byte) bool { return bytes.EqualFold(v, []byte("utf-8")) })
	pseudo("standalone", func(v []byte) bool { return string(v) == "yes" || string(v) == "no" })
	for i < len(d) && d[i] == ' ' {
		i++
	}
	if !bytes.HasPrefix(d[i:], []byte("?>")) {
		return false
	}
	s.pos += i + 2
	return true
}
