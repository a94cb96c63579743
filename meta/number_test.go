package meta

import (
	"slices"
	"testing"
	"unicode"
)

// numberPrefixCases start like a number label, or nearly.
var numberPrefixCases = []string{
	"Số: 17/BC-UBND", "SỐ 17", "số:17", "So: 5/BC", "So 5", "SO: 5", "sO:", "ſố: 1", "ſo: 1",
	"Sở Lao động", "SỞ LAO ĐỘNG", "Sau khi", "Sô", "S", "s", "Số", "Luật số: 18/2003/QH11",
	"Pháp lệnh số 1", "Lệnh số 2", "Śố", "Šo:", "", "số", "Sổ tay", "SỐ:", "Soạn thảo",
	"Số  :  17", "Số.17", "Số\t:\n5", "sỐ .x", "Số::", "Số\v1", "Số\u00a01", "SỐ:\f\r 3", "Sốx", "Số",
}

// TestNumberPrefix checks numberPrefix's byte tests against the regexp.
func TestNumberPrefix(t *testing.T) {
	for _, s := range numberPrefixCases {
		if got, want := numberPrefix(s), numberRe.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("numberPrefix(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWordTable checks isWordRune's table against unicode's.
func TestWordTable(t *testing.T) {
	for r := range rune(wordTableLimit + 10) {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if isWordRune(r) != want {
			t.Fatalf("isWordRune(U+%04X) = %v, want %v", r, !want, want)
		}
	}
}
