package refs

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// number is a document number read from a text.
type number struct {
	start, end int
	text       string   // normalised: "151/2019/NQ-HĐND"
	digits     string   // "151", "382a"
	code       []string // "NQ", "HĐND"
	year       int      // 2019 from "151/2019/...", else 0
}

// numberAt reads the number starting at t[i], a digit that does not
// continue a word or another number. A number is digits (and a letter,
// "382a"), an optional year and code segments joined by "/" or "-",
// spaces allowed around them: "22 - CTr/BCSĐ - BDVTU". Without a code it
// is bare ("22") and the caller decides.
func numberAt(t string, i int) (number, bool) {
	if i > 0 {
		if c := t[i-1]; c < utf8.RuneSelf {
			// ASCII: a letter, digit or joiner before continues a word or
			// another number
			if continuesNumber(c) {
				return number{}, false
			}
		} else if c, _ := utf8.DecodeLastRuneInString(t[:i]); isLetter(c) || c == '–' {
			return number{}, false
		}
	}
	j := i
	for j < len(t) && j-i < 6 && isDigit(rune(t[j])) {
		j++
	}
	if j == i || (j < len(t) && isDigit(rune(t[j]))) {
		return number{}, false
	}
	if j+1 < len(t) && isASCIILetter(t[j]) && isSep(t, j+1) {
		j++ // "382a/QĐ-UBND"
	}
	n := number{start: i, end: j, digits: t[i:j]}
	var b []byte // the normalised text, built once a segment follows: most numbers are bare figures
	for {
		k := skipSpaces(t, n.end, 2)
		sep, sl := sepAt(t, k)
		if sl == 0 {
			break
		}
		k, e := segmentAt(t, k+sl)
		seg := t[k:e]
		switch {
		case seg == "":
		case n.year == 0 && len(n.code) == 0 && isYear(seg):
			n.year, _ = strconv.Atoi(seg)
		case isCode(seg):
			n.code = append(n.code, seg)
		default:
			seg = ""
		}
		if seg == "" {
			break
		}
		if b == nil {
			b = append(make([]byte, 0, 32), n.digits...)
		}
		b = append(b, sep)
		b = append(b, seg...)
		n.end = e
	}
	if len(n.code) == 0 {
		n.year = 0
		n.end = j
		n.text = n.digits
		return n, true
	}
	n.text = string(b)
	return n, true
}

// segmentAt returns the span of the segment of a number after its
// separator, which ends at i: letters, digits and "&", after up to two
// spaces, at most 24 bytes.
func segmentAt(t string, i int) (k, e int) {
	k = skipSpaces(t, i, 2)
	e = k
	for e < len(t) && e-k < 24 {
		c, sz := utf8.DecodeRuneInString(t[e:])
		if !isLetter(c) && !isDigit(c) && c != '&' {
			break
		}
		e += sz
	}
	return k, e
}

func isASCIILetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// isSep reports whether a separator (after up to two spaces) is at t[i].
func isSep(t string, i int) bool {
	_, n := sepAt(t, skipSpaces(t, i, 2))
	return n > 0
}

// sepAt returns the separator at t[i] as written in a normalised number
// and its length.
func sepAt(t string, i int) (byte, int) {
	if i >= len(t) {
		return 0, 0
	}
	switch {
	case t[i] == '/' || t[i] == '-':
		return t[i], 1
	case t[i] != 0xE2: // the first byte of both dashes
	case strings.HasPrefix(t[i:], "–"), strings.HasPrefix(t[i:], "‐"):
		return '-', len("–")
	}
	return 0, 0
}

func skipSpaces(t string, i, max int) int {
	for n := 0; n < max && i < len(t) && t[i] == ' '; n++ {
		i++
	}
	return i
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && 1945 <= y && y <= 2100
}

// isCode reports whether seg is a code segment: capitals, with at most
// one small letter ("TTg", "CTr") and digits ("QH14").
func isCode(seg string) bool {
	upper, lower := 0, 0
	for _, c := range seg {
		switch {
		case isUpper(c):
			upper++
		case unicode.IsLower(c):
			lower++
		}
	}
	return upper >= 2 && lower <= 1 && !isDigit(rune(seg[0]))
}

// bareFigure reports whether the digits at text[i] are a figure that
// numbered rejects: no code follows them (no separator after them, or a
// first segment that is neither year nor code, as numberAt reads them)
// and, as a bare number, they are a year, what follows them ends no
// citation (bareEnd) or no type may end right before them
// (typeRightBefore: the "2." of a heading). numbered would test the same
// after building the number and its citation.
func bareFigure(text string, i int) bool {
	j := i
	for j < len(text) && isDigit(rune(text[j])) {
		j++
	}
	if j-i > 6 {
		return true // numberAt reads at most six digits
	}
	if j+1 < len(text) && isASCIILetter(text[j]) && isSep(text, j+1) {
		return false
	}
	if k := skipSpaces(text, j, 2); isSep(text, j) {
		// "964/1.200": a first segment that is neither a year nor a
		// code leaves the number bare, as numberAt reads it
		_, sl := sepAt(text, k)
		if k, e := segmentAt(text, k+sl); k < e && (isYear(text[k:e]) || isCode(text[k:e])) {
			return false
		}
	}
	return isYear(text[i:j]) || !bareEnd(text[j:]) || !typeRightBefore(text, i)
}
