package index

import (
	"strconv"
	"strings"
	"unicode"
)

// The query syntax (documented in doc.go): words separated by spaces must
// all match; OR between two terms makes either do; a leading - excludes;
// "quoted phrases"; a trailing * makes a prefix; field:value and
// field:"quoted value" filter on metadata.

// termKind is what one term of a query text matches.
type termKind int

const (
	kindWord   termKind = iota // a word of the text or title
	kindPhrase                 // words next to each other, in order
	kindPrefix                 // a word starting with the text
	kindField                  // a metadata filter: field:value
)

// term is one term of a parsed query text.
type term struct {
	kind  termKind
	text  string // word, phrase, prefix or filter value
	field string // filter name (a key of filterFields) for kindField
	not   bool   // excluded: the document must not match
	// foldedOnly: match the folded field only, even if typed with
	// diacritics (see onlySpelling).
	foldedOnly bool
}

// group is a disjunction of terms (a OR b OR c); a parsed query text is a
// conjunction of groups. An excluded term is always a group of its own.
type group []term

// filterFields are the field names a query text may filter on.
var filterFields = map[string]bool{
	"province": true, "year": true, "type": true, "format": true, "encoding": true, "indicator": true,
}

// maxTerms bounds the terms of one query text, so a pasted page cannot make
// a query of thousands of clauses.
const maxTerms = 64

// parseQuery splits a query text into groups of terms. It never fails: an
// unclosed quote runs to the end of the text, an OR with nothing on one side
// is dropped, an unknown field:value is a word, and terms without a letter or
// digit are dropped (they would match nothing).
func parseQuery(s string) []group {
	var groups []group
	orNext := false // the previous token was OR
	n := 0
	for s != "" && n < maxTerms {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		var tok string
		quoted := false
		not := false
		if s[0] == '-' && len(s) > 1 && !unicode.IsSpace(rune(s[1])) && s[1] != '-' {
			not, s = true, s[1:]
		}
		field := ""
		if i := strings.IndexByte(s, ':'); i > 0 && filterFields[strings.ToLower(s[:i])] && i+1 < len(s) && !unicode.IsSpace(rune(s[i+1])) {
			field, s = strings.ToLower(s[:i]), s[i+1:]
		}
		if n := openQuote(s); n > 0 {
			s = s[n:]
			end, endLen := closeQuote(s)
			tok, s = s[:end], s[end+endLen:]
			quoted = true
		} else {
			end := strings.IndexFunc(s, unicode.IsSpace)
			if end < 0 {
				end = len(s)
			}
			tok, s = s[:end], s[end:]
		}
		if !quoted && !not && field == "" && tok == "OR" {
			orNext = len(groups) > 0 && !groups[len(groups)-1][0].not
			continue
		}
		t, ok := makeTerm(tok, field, quoted, not)
		if !ok {
			orNext = false
			continue
		}
		n++
		if orNext && !not {
			groups[len(groups)-1] = append(groups[len(groups)-1], t)
		} else {
			groups = append(groups, group{t})
		}
		orNext = false
	}
	return groups
}

// makeTerm classifies one token of a query text.
func makeTerm(tok, field string, quoted, not bool) (term, bool) {
	tok = strings.TrimSpace(tok)
	if field != "" {
		if tok == "" {
			return term{}, false
		}
		return term{kind: kindField, field: field, text: tok, not: not}, true
	}
	if !strings.ContainsFunc(tok, isWordRune) {
		return term{}, false
	}
	switch {
	case quoted && strings.ContainsFunc(tok, unicode.IsSpace):
		return term{kind: kindPhrase, text: tok, not: not}, true
	case !quoted && strings.HasSuffix(tok, "*"):
		p := strings.TrimRight(tok, "*")
		if strings.ContainsFunc(p, func(r rune) bool { return !isWordRune(r) }) || len([]rune(p)) < minPrefix {
			return term{kind: kindWord, text: p, not: not}, strings.ContainsFunc(p, isWordRune)
		}
		return term{kind: kindPrefix, text: p, not: not}, true
	}
	return term{kind: kindWord, text: tok, not: not}, true
}

// minPrefix is the shortest prefix a prefix term may have: "a*" would
// expand to most of the vocabulary.
const minPrefix = 2

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// openQuote returns the length of the quote s starts with (", “ or „), or 0.
func openQuote(s string) int {
	for _, q := range []string{`"`, "“", "„"} {
		if strings.HasPrefix(s, q) {
			return len(q)
		}
	}
	return 0
}

// closeQuote finds the end of a quoted token: the next " or ”, or the end
// of s. It returns the token's length and the closing quote's.
func closeQuote(s string) (int, int) {
	i := strings.IndexAny(s, `"”`)
	if i < 0 {
		return len(s), 0
	}
	if s[i] == '"' {
		return i, 1
	}
	return i, len("”")
}

// yearRange reads a year filter value: "2021", "2019..2021", "2019-2021",
// ">=2020" or "<=2020"; 0 is an open end. ok is false for anything else.
func yearRange(v string) (from, to int, ok bool) {
	atoi := func(s string) (int, bool) {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		return n, err == nil && n >= 0 && n < 10000
	}
	switch {
	case strings.HasPrefix(v, ">="):
		from, ok = atoi(v[2:])
		return from, 0, ok
	case strings.HasPrefix(v, "<="):
		to, ok = atoi(v[2:])
		return 0, to, ok
	}
	for _, sep := range []string{"..", "-"} {
		if a, b, found := strings.Cut(v, sep); found {
			from, ok1 := atoi(a)
			to, ok2 := atoi(b)
			return from, to, ok1 && ok2
		}
	}
	y, ok := atoi(v)
	return y, y, ok
}
