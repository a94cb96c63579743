package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// marker is the kind of list marker a line starts with.
type marker uint8

const (
	noMarker marker = iota
	// bulletMarker is a bullet glyph ("•", "▪", Word's Symbol-font ""),
	// which only ever starts a list item.
	bulletMarker
	// dashMarker is "- ", "– " or "+ ": list items in reports, but also the
	// dash of "Lao động - Thương binh" pushed to the next line.
	dashMarker
	// numberMarker is an enumerator: "1. ", "1.2. ", "2) ", "a) ", "IV. ".
	numberMarker
)

// bullets are the characters that start a list item whatever follows;
// U+F0B7, U+F0A7 and U+F076 are the Symbol and Wingdings bullets Word
// writes in the Private Use Area.
const bullets = "•◦▪▫●○■□➢►✓\uf0b7\uf0a7\uf076\uf0d8"

// listMarker reports which list marker, if any, begins s. A dash or an
// enumerator needs a space after it: "-5%" and "2021." are text.
func listMarker(s string) marker {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return noMarker
	}
	if strings.ContainsRune(bullets, r) {
		return bulletMarker
	}
	rest := s[n:]
	if !strings.HasPrefix(rest, " ") {
		if enumerator(s) {
			return numberMarker
		}
		return noMarker
	}
	if r == '-' || r == '–' || r == '+' || r == '*' {
		return dashMarker
	}
	return noMarker
}

// enumerator reports whether s starts with "1. ", "1.2. ", "12) ", "a) ",
// "đ) " or a Roman numeral and a period ("IV. "). Numbers have at most two
// digits per level, so that a year ending a sentence ("2021. Tham mưu")
// is not taken for one.
func enumerator(s string) bool {
	word, _, ok := strings.Cut(s, " ")
	if !ok || word == "" {
		return false
	}
	last := word[len(word)-1]
	if last != '.' && last != ')' {
		return false
	}
	body := word[:len(word)-1]
	if body == "" {
		return false
	}
	if last == ')' {
		if r, n := utf8.DecodeRuneInString(body); n == len(body) && unicode.IsLower(r) {
			return true // a), b), đ)
		}
	}
	if roman(body) && last == '.' {
		return true
	}
	for _, part := range strings.Split(body, ".") {
		if len(part) == 0 || len(part) > 2 || strings.Trim(part, "0123456789") != "" {
			return false
		}
	}
	return true
}

// roman reports whether s is an upper-case Roman numeral up to XXXIX.
func roman(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	return strings.Trim(s, "IVX") == "" && !strings.Contains(s, "IIII") && !strings.Contains(s, "VV")
}

// endsClause reports whether s ends with punctuation that closes a
// sentence or a clause (".", ":", ";", "!", "?", "…"), closing quotes
// aside: what comes before a list item.
func endsClause(s string) bool {
	s = strings.TrimRight(s, " \"'”’»")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;!?…", r)
}

// endsSentence is endsClause without ":" and ";".
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
