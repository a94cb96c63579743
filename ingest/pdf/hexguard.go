package pdf

import (
	"bufio"
	"io"

	lpdf "github.com/ledongthuc/pdf"
)

// errOpenHex is what a page's recover sees when a stream the library is
// about to interpret ends inside a hex string.
const errOpenHex = "stream ends inside a hex string"

// mustCloseHex panics (for readPage's recover) when the decoded stream, or
// the concatenation of an array of streams, ends inside a hex string
// "<…". The library's lexer (lex.go, readHexString) does not check for the
// end of its input there: it reads newlines forever, so without this check
// a truncated content stream or ToUnicode map leaves a goroutine spinning
// past Reader's deadline. The stream is decoded a second time for this;
// it costs little next to the interpretation.
func mustCloseHex(strm lpdf.Value) {
	var rs []io.Reader
	switch strm.Kind() {
	case lpdf.Stream:
		rs = append(rs, strm.Reader())
	case lpdf.Array:
		for i := 0; i < strm.Len(); i++ {
			rs = append(rs, strm.Index(i).Reader())
		}
	default:
		return
	}
	if openHex(bufio.NewReaderSize(io.MultiReader(rs...), 4096)) {
		panic(errOpenHex)
	}
}

// openHex follows the library's lexer byte by byte as far as strings and
// comments go, and reports whether the input ends inside a hex string. A
// hex string holding something other than hex digits and spaces makes the
// library fail (it panics, which is recovered), not loop, so scanning
// stops there. A read error stops the scan too: the library fails on it.
func openHex(r io.ByteReader) bool {
	const (
		code = iota
		comment
		literal
		hex
	)
	state, depth := code, 0
	for {
		c, err := r.ReadByte()
		if err != nil {
			return state == hex && err == io.EOF
		}
		switch state {
		case code:
			switch c {
			case '%':
				state = comment
			case '(':
				state, depth = literal, 1
			case '<':
				next, err := r.ReadByte()
				if err != nil {
					return err == io.EOF // "<" at the very end opens a hex string
				}
				if next != '<' {
					state = hex
					if next == '>' {
						state = code
					} else if !isHexOrSpace(next) {
						return false
					}
				}
			}
		case comment:
			if c == '\r' || c == '\n' {
				state = code
			}
		case literal:
			switch c {
			case '\\':
				if _, err := r.ReadByte(); err != nil {
					return false
				}
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					state = code
				}
			}
		case hex:
			if c == '>' {
				state = code
			} else if !isHexOrSpace(c) {
				return false
			}
		}
	}
}

// isHexOrSpace is the library's unhex ≥ 0 or isSpace.
func isHexOrSpace(c byte) bool {
	switch {
	case '0' <= c && c <= '9', 'a' <= c && c <= 'f', 'A' <= c && c <= 'F':
		return true
	}
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}
