package vntext

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Tones, in the order of Vietnamese grammar books.
const (
	toneNone  = iota
	toneGrave // huyền, U+0300
	toneHook  // hỏi, U+0309
	toneTilde // ngã, U+0303
	toneAcute // sắc, U+0301
	toneDot   // nặng, U+0323
)

// toneMark is the combining mark of each tone.
var toneMark = [...]rune{0, 0x300, 0x309, 0x303, 0x301, 0x323}

// Shape marks turn a base vowel into another letter of the alphabet.
const (
	markCircumflex = 0x302 // â ê ô
	markBreve      = 0x306 // ă
	markHorn       = 0x31B // ơ ư
)

// letter is a Vietnamese letter taken apart: the letter of the alphabet
// (with its shape mark: a ă â e ê ... đ) and its tone.
type letter struct {
	base rune
	tone uint8
}

// vowels are the twelve vowel letters of the alphabet, lower then upper case.
const vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"

// letterOf takes a precomposed Vietnamese letter apart; composed puts one
// together. They hold the 12×6 vowels of both cases plus đ/Đ; plain ASCII
// letters are absent from letterOf (the caller treats them as tone-less).
var letterOf, composed = buildLetters()

func buildLetters() (map[rune]letter, map[letter]rune) {
	of := make(map[rune]letter, 160)
	co := make(map[letter]rune, 160)
	for _, b := range vowels {
		for t := range toneMark {
			r := b
			if t != toneNone {
				r = []rune(norm.NFC.String(string(b) + string(toneMark[t])))[0]
			}
			co[letter{b, uint8(t)}] = r
			if r >= 0x80 {
				of[r] = letter{b, uint8(t)}
			}
		}
	}
	for _, r := range "đĐ" {
		of[r] = letter{r, toneNone}
		co[letter{r, toneNone}] = r
	}
	return of, co
}

// splitLetter returns the alphabet letter and tone of r; ok is false when r
// is not a letter of the Vietnamese alphabet (or of ASCII).
func splitLetter(r rune) (l letter, ok bool) {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return letter{r, toneNone}, true
		}
		return letter{}, false
	}
	l, ok = letterOf[r]
	return l, ok
}

// withTone returns the precomposed letter for base with tone t, keeping r's
// case; ok is false when base is not a vowel.
func withTone(base rune, t uint8) (rune, bool) {
	r, ok := composed[letter{base, t}]
	return r, ok
}

// VietnameseLetters returns the 134 precomposed letters of the Vietnamese
// alphabet that are not plain ASCII, lower case first: the 66 toned or shaped
// vowels and đ, then their capitals. Tests and encoders iterate over it.
func VietnameseLetters() []rune {
	var lower, upper []rune
	for _, b := range vowels {
		for t := range toneMark {
			r := composed[letter{b, uint8(t)}]
			if r < 0x80 {
				continue
			}
			if unicode.IsUpper(r) {
				upper = append(upper, r)
			} else {
				lower = append(lower, r)
			}
		}
	}
	lower = append(lower, 'đ')
	upper = append(upper, 'Đ')
	return append(lower, upper...)
}

func isToneMark(r rune) bool {
	switch r {
	case 0x300, 0x301, 0x303, 0x309, 0x323:
		return true
	}
	return false
}

func isShapeMark(r rune) bool { return r == markCircumflex || r == markBreve || r == markHorn }
