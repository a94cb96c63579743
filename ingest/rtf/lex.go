package rtf

// tokKind is the kind of one RTF token.
type tokKind uint8

const (
	tokEOF   tokKind = iota
	tokOpen          // {
	tokClose         // }
	tokWord          // control word: \name or \nameN
	tokSym           // control symbol: \~ \- \_ \* \{ ...
	tokHex           // \'xx: one byte in the current code page
	tokText          // a run of literal bytes (no CR/LF, no specials)
)

// token is one lexical unit. For tokText, text is a sub-slice of the input.
type token struct {
	kind     tokKind
	word     string // control word name, or the symbol for tokSym
	param    int
	hasParam bool
	b        byte   // tokHex
	text     []byte // tokText
}

// lexer splits RTF bytes into tokens. It never fails: malformed escapes are
// returned as the text they are, so that a damaged file still yields its
// readable parts.
type lexer struct {
	src []byte
	pos int
}

func (l *lexer) next() token {
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		switch c {
		case '{':
			l.pos++
			return token{kind: tokOpen}
		case '}':
			l.pos++
			return token{kind: tokClose}
		case '\\':
			return l.control()
		case '\r', '\n', 0:
			// Line breaks in RTF source carry no meaning.
			l.pos++
			continue
		default:
			start := l.pos
			for l.pos < len(l.src) {
				c := l.src[l.pos]
				if c == '{' || c == '}' || c == '\\' || c == '\r' || c == '\n' || c == 0 {
					break
				}
				l.pos++
			}
			return token{kind: tokText, text: l.src[start:l.pos]}
		}
	}
	return token{kind: tokEOF}
}

// control reads a token starting at a backslash.
func (l *lexer) control() token {
	l.pos++ // the backslash
	if l.pos >= len(l.src) {
		return token{kind: tokEOF}
	}
	c := l.src[l.pos]
	if isLetter(c) {
		start := l.pos
		for l.pos < len(l.src) && isLetter(l.src[l.pos]) && l.pos-start < 32 {
			l.pos++
		}
		t := token{kind: tokWord, word: string(l.src[start:l.pos])}
		neg := false
		if l.pos < len(l.src) && l.src[l.pos] == '-' && l.pos+1 < len(l.src) && isDigit(l.src[l.pos+1]) {
			neg = true
			l.pos++
		}
		digits := 0
		for l.pos < len(l.src) && isDigit(l.src[l.pos]) {
			if digits < 10 { // longer numbers are clamped, not overflowed
				t.param = t.param*10 + int(l.src[l.pos]-'0')
			}
			digits++
			l.pos++
		}
		if digits > 0 {
			t.hasParam = true
			if neg {
				t.param = -t.param
			}
		}
		// One space after a control word is its delimiter, not text.
		if l.pos < len(l.src) && l.src[l.pos] == ' ' {
			l.pos++
		}
		return t
	}
	l.pos++
	switch c {
	case '\'':
		if l.pos+2 <= len(l.src) {
			if h, ok := unhex(l.src[l.pos], l.src[l.pos+1]); ok {
				l.pos += 2
				return token{kind: tokHex, b: h}
			}
		}
		return token{kind: tokText, text: []byte("'")}
	case '\r', '\n':
		// A backslash before a line break is an old spelling of \par.
		return token{kind: tokWord, word: "par"}
	}
	return token{kind: tokSym, word: string(c)}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func unhex(a, b byte) (byte, bool) {
	x, ok1 := hexVal(a)
	y, ok2 := hexVal(b)
	return x<<4 | y, ok1 && ok2
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
