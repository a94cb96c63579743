package html

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

var (
	metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)
	xmlEncoding = regexp.MustCompile(`(?i)^\s*<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_:.+-]+)`)
)

// decode returns the page as UTF-8 (label, when set, is the charset a
// MIME header gave and beats the page's own declaration) and the name to put in
// Content.Encoding (see the package comment), plus a warning when the
// declared charset could not be honoured.
func decode(data []byte, label string) (text, name, warning string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return lenientUTF8(data[3:]), "utf-8", ""
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data[2:]), "utf-16le", ""
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data[2:]), "utf-16be", ""
	}
	if label == "" {
		label = declared(data[:min(len(data), 4096)])
	}
	if label == "" {
		if mostlyUTF8(data) {
			return lenientUTF8(data), "utf-8", ""
		}
		return decodeWith(charmap.Windows1252, data), "", ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return lenientUTF8(data), "utf-8", "html: unknown charset " + label + ", read as UTF-8"
	}
	canon, _ := htmlindex.Name(enc)
	switch canon {
	case "utf-8":
		return lenientUTF8(data), "utf-8", ""
	case "utf-16le", "utf-16be":
		// A page that declares UTF-16 in ASCII bytes is not UTF-16 (HTML
		// says to read it as UTF-8).
		return lenientUTF8(data), "utf-8", ""
	case "windows-1252", "iso-8859-1", "us-ascii":
		if mostlyUTF8(data) {
			return lenientUTF8(data), "utf-8", "" // mislabelled UTF-8, common on portals
		}
		return decodeWith(charmap.Windows1252, data), "", ""
	}
	return decodeWith(enc, data), canon, ""
}

func declared(head []byte) string {
	if m := metaCharset.FindSubmatch(head); m != nil {
		return strings.ToLower(string(m[1]))
	}
	if m := xmlEncoding.FindSubmatch(head); m != nil {
		return strings.ToLower(string(m[1]))
	}
	return ""
}

func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return lenientUTF8(data)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// lenientUTF8 reads data as UTF-8, taking each invalid byte as a
// windows-1252 character: pages pasted together from several sources mix
// the two, and the legacy bytes are what vntext can still repair.
func lenientUTF8(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	dec := charmap.Windows1252
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			b.WriteRune(dec.DecodeByte(data[0]))
			data = data[1:]
			continue
		}
		b.Write(data[:n])
		data = data[n:]
	}
	return b.String()
}

// mostlyUTF8 reports whether data is UTF-8 with at most a few stray bytes:
// at least as many valid multi-byte sequences as invalid bytes. Legacy
// 8-bit text almost never forms valid sequences by chance.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for len(data) > 0 {
		if data[0] < 0x80 {
			data = data[1:]
			continue
		}
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			bad++
		} else {
			good++
		}
		data = data[n:]
	}
	return good >= bad
}
