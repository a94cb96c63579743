package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TCVN3 has no toned capitals: a typist writing a heading in .VnTime typed
// capitals where the alphabet has them and the lower-case toned letters
// elsewhere, "PHÇN THø NHÊT", meaning PHẦN THỨ NHẤT. A word with two or
// more capitals and no lower-case ASCII letter is therefore upper-cased
// whole; a word with a single capital ("KÕ" = Kế or KẾ) follows the words
// around it.

// tcvn3Case classifies a TCVN3 word by its bytes.
type wordCase uint8

const (
	caseOther     wordCase = iota // lower case or mixed: left alone
	caseUpper                     // two or more capitals, no lower-case ASCII
	caseAmbiguous                 // one leading capital, then only toned lower-case letters
)

func tcvn3Case(b []byte) wordCase {
	upper, lower, letters := 0, 0, 0
	firstUpper := false
	for i, c := range b {
		switch {
		case 'A' <= c && c <= 'Z' || c >= 0xA1 && c <= 0xA7:
			upper++
			firstUpper = firstUpper || i == 0
		case 'a' <= c && c <= 'z':
			lower++
		}
		if c >= 0xA1 || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' {
			letters++
		}
	}
	switch {
	case lower > 0 || upper == 0:
		return caseOther
	case upper >= 2 || !firstUpper: // "PHÇN", or "¸N" (ÁN)
		return caseUpper
	case firstUpper && letters > 1:
		return caseAmbiguous
	}
	return caseOther
}

// decodeTCVN3Word decodes one TCVN3 word and upper-cases it when its bytes
// say it was typed in capitals.
func decodeTCVN3Word(b []byte, caps bool) (string, wordCase) {
	s := decodeTCVN3(b, caps)
	k := tcvn3Case(b)
	if k == caseUpper {
		s = strings.ToUpper(s)
	}
	return s, k
}

// isUpperWord reports whether a decoded word is written in capitals (two or
// more letters, none lower case).
func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// settleCase upper-cases the ambiguous words whose neighbours (the nearest
// informative word on each side that exists) are written in capitals. An
// abbreviation ("CSHT") is in capitals whatever surrounds it, so syllables
// inform first ("Vụ CSHT KS. Phạm" keeps its case) and abbreviations only
// when no syllable is around ("BỘ KH&CN").
func settleCase(words []string, kinds []wordCase) {
	informative := func(j int) bool {
		return words[j] != "" && kinds[j] != caseAmbiguous && utf8.RuneCountInString(words[j]) > 1 && ValidSyllable(words[j])
	}
	for i, k := range kinds {
		if k != caseAmbiguous {
			continue
		}
		prev, next := -1, -1
		for j := i - 1; j >= 0; j-- {
			if informative(j) {
				prev = j
				break
			}
		}
		for j := i + 1; j < len(words); j++ {
			if informative(j) {
				next = j
				break
			}
		}
		if prev < 0 && next < 0 {
			// no syllable around: let abbreviations speak ("BỘ KH&CN")
			for j := i - 1; j >= 0 && prev < 0; j-- {
				if words[j] != "" && kinds[j] != caseAmbiguous {
					prev = j
				}
			}
			for j := i + 1; j < len(words) && next < 0; j++ {
				if words[j] != "" && kinds[j] != caseAmbiguous {
					next = j
				}
			}
		}
		if prev < 0 && next < 0 {
			continue
		}
		if (prev < 0 || isUpperWord(words[prev])) && (next < 0 || isUpperWord(words[next])) {
			words[i] = strings.ToUpper(words[i])
		}
	}
}
