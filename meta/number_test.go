package meta

import (
	"math/rand/v2"
	"slices"
	"strings"
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

// fieldTokens are the pieces TestJoinFields builds lines of: spaces of
// every width, letters that share a first byte with a space (U+1680 and
// U+1681, ơ and ạ), and broken UTF-8.
var fieldTokens = []string{" ", "  ", "\t", "\n", "\u00a0", "\u1680", "\u1681", "\u2003", "\u3000", "\ufeff", "\u200b",
	"ạ", "ề", "ơ", "a", "Lao", "động", "\xe1", "\xe1\x9a", "\xc2", "|", "*"}

// TestJoinFields checks joinFields, oneSpaced and dropSpaces against what
// they stand for on random lines of fieldTokens.
func TestJoinFields(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for range 100000 {
		b.Reset()
		for range rng.IntN(12) {
			b.WriteString(fieldTokens[rng.IntN(len(fieldTokens))])
		}
		s := b.String()
		if got, want := joinFields(s), strings.Join(strings.FieldsFunc(s, isSpace), " "); got != want {
			t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := oneSpaced(s), strings.Join(strings.FieldsFunc(s, isSpace), " "); got != want {
			t.Fatalf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
		if got, want := dropSpaces(s), strings.Join(strings.FieldsFunc(s, isSpace), ""); got != want {
			t.Fatalf("dropSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}
