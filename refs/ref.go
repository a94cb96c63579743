package refs

import (
	"strconv"
	"strings"

	"baocao/vntext"
)

// Ref is one cited document.
type Ref struct {
	Type   string // "Nghị quyết", "Quyết định", "Luật", ...
	Number string // "68/NQ-CP", "382a/QĐ-UBND", "22"; "" for a law cited by name
	Name   string // a law's or ordinance's name as written, "Việc làm"; "" otherwise
	Issuer string // "Chính phủ", "Ủy ban nhân dân tỉnh", ...; "" when unknown
	Date   string // YYYY-MM-DD when the citation dates it
	Year   int    // from the date, the number ("15/2020/QĐ-TTg") or "năm 2013"; 0 when unknown
	Start  int    // byte span of the citation in the text
	End    int
	Text   string // text[Start:End]
}

// Key returns a normalised key for the act r cites, so that two documents
// citing it can be matched: the folded type and number without spaces,
// with "/" for every separator ("nghiquyet:68/nq/cp"); a law by its name
// ("luat:vieclam"). "Công văn" and "Văn bản" are one type, as are "Luật"
// and "Bộ luật".
func Key(r Ref) string {
	t := compact(r.Type)
	switch t {
	case "congvan":
		t = "vanban"
	case "boluat":
		t = "luat"
	}
	if r.Name != "" && (t == "luat" || t == "phaplenh" || t == "hienphap") {
		return t + ":" + compact(r.Name)
	}
	if r.Number == "" {
		return t + ":" + compact(r.Name)
	}
	n := strings.Map(func(c rune) rune {
		if c == '-' {
			return '/'
		}
		return c
	}, compact(r.Number))
	if !strings.ContainsFunc(n, isLetter) && r.Year != 0 {
		n += "/" + strconv.Itoa(r.Year) // "Quyết định 22" of one year is not that of another
	}
	return t + ":" + n
}

// compact folds s and drops everything but letters, digits, "/" and "-".
func compact(s string) string {
	return strings.Map(func(c rune) rune {
		if isLetter(c) || isDigit(c) || c == '/' || c == '-' || c == '&' {
			return c
		}
		return -1
	}, vntext.Fold(s))
}
