package refs

import (
	"testing"
	"unicode"

	"baocao/vntext"
)

// TestTablesNFC checks that the names Find reports are stored text:
// UTF-8 NFC, as every text baocao keeps.
func TestTablesNFC(t *testing.T) {
	var names []string
	names = append(names, types...)
	for _, v := range typeCodes {
		names = append(names, v)
	}
	for _, v := range issuerCodes {
		names = append(names, v)
	}
	for _, p := range issuerPhrases {
		names = append(names, p.name)
	}
	for _, v := range levels {
		names = append(names, v)
	}
	for _, n := range names {
		if !vntext.IsNFC(n) {
			t.Errorf("%q is not NFC", n)
		}
	}
	for k := range typeCodes {
		if k != toUpperFold(k) {
			t.Errorf("type code %q is not folded upper case", k)
		}
	}
	for k := range issuerCodes {
		if k != toUpperFold(k) {
			t.Errorf("issuer code %q is not folded upper case", k)
		}
	}
}

func toUpperFold(s string) string {
	b := []byte(vntext.Fold(s))
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// TestIsLetter checks isLetter's table against unicode.IsLetter.
func TestIsLetter(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isLetter(r), unicode.IsLetter(r); got != want {
			t.Fatalf("isLetter(%U) = %v, want %v", r, got, want)
		}
	}
}
