package extract

import (
	"testing"

	"baocao/gen"
)

// aroundRef is around as it was before prevBreakByte: the clause's start
// found byte by byte.
func aroundRef(text string, off int, semicolon bool) Span {
	off = max(0, min(off, len(text)))
	s, e := off, off
	for s > 0 && (!breakByte[text[s-1]] || !breakBefore(text, s, semicolon)) {
		s--
	}
	for e < len(text) && !breakAt(text, e, semicolon) {
		e++
	}
	return trim(text, Span{s, e})
}

// checkAround holds around to aroundRef at every offset of text.
func checkAround(t *testing.T, text string) {
	for off := -1; off <= len(text)+1; off++ {
		for _, semi := range []bool{true, false} {
			if got, want := around(text, off, semi), aroundRef(text, off, semi); got != want {
				t.Fatalf("around(%q, %d, %v) = %v, want %v", text, off, semi, got, want)
			}
		}
	}
}

func TestAroundAgrees(t *testing.T) {
	texts := append([]string{"", ".", "a. b", "1.500 người. 12; 3!\n?x"}, fastTexts...)
	texts = append(texts, gen.Texts(5, 9)...)
	for _, s := range texts {
		checkAround(t, s)
	}
}

func FuzzAround(f *testing.F) {
	for _, s := range fastTexts {
		f.Add(s)
	}
	addLines(f)
	f.Fuzz(checkAround)
}
