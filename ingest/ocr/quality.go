package ocr

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
)

// textScore measures how much a page's text reads as Vietnamese.
type textScore struct {
	letters int // letters
	bad     int // replacement, control and private-use characters
	words   int // tokens with a letter, abbreviations (UBND, HĐND) left out
	valid   int // of those, valid Vietnamese syllables (vntext.ValidSyllable)
}

// Thresholds of the garbage rule, measured: through the PDF reader, the
// 88 pages of the legacy corpus PDFs (TCVN3, VNI) and the seed PDFs have a
// syllable share of 0.978 or more once decoded; 38 page-sized pieces of the
// seed reports, in Unicode, TCVN3 and VNI, 0.969 or more; the same pieces
// through a font whose codes are shifted at most 0.109 (TestGarbageSeeds).
// 0.6 sits well between. Unaccented Vietnamese still scores high (its
// syllables are valid without tones); English scores low, and is kept
// anyway unless the OCR reading scores better (textScore.better).
const (
	minLetters    = 200  // fewer letters than this on a page with an image: maybe a scan
	minValidShare = 0.6  // share of words that are Vietnamese syllables
	maxBadShare   = 0.05 // share of unreadable characters among letters
	minWords      = 8    // below this the syllable share is not judged
)

// scoreText measures s, text already decoded from legacy encodings.
func scoreText(s string) textScore {
	var q textScore
	for _, tok := range strings.Fields(s) {
		for _, r := range tok {
			switch {
			case r == utf8.RuneError, r >= 0xE000 && r <= 0xF8FF, unicode.IsControl(r):
				q.bad++
			case unicode.IsLetter(r):
				q.letters++
			}
		}
		for _, w := range strings.FieldsFunc(tok, wordBreak) {
			if !hasLetter(w) || abbreviation(w) {
				continue
			}
			q.words++
			if vntext.ValidSyllable(w) {
				q.valid++
			}
		}
	}
	return q
}

// wordBreak splits a token into the words the syllable test sees:
// "tế-xã" is two, "(2021)" has none.
func wordBreak(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// abbreviation reports an all-capitals word of 2 to 8 letters (UBND,
// HĐND, BHXH, COVID): common in reports and never syllables.
func abbreviation(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 8 && strings.ToUpper(w) == w
}

func (q textScore) validShare() float64 {
	if q.words == 0 {
		return 0
	}
	return float64(q.valid) / float64(q.words)
}

// garbage reports whether text-layer text is unusable: mostly unreadable
// characters, or enough words that mostly are not Vietnamese.
func (q textScore) garbage() bool {
	if q.bad > 0 && float64(q.bad) > maxBadShare*float64(q.letters+q.bad) {
		return true
	}
	return q.words >= minWords && q.validShare() < minValidShare
}

// sparse reports a page with too little text for a page of a report: on a
// page with a large image, the image may be the scanned text.
func (q textScore) sparse() bool { return q.letters < minLetters }

// better reports whether the OCR reading q of a page should replace the
// text-layer reading layer: it has clearly more valid syllables, or layer
// was garbage and q is not.
func (q textScore) better(layer textScore) bool {
	if q.valid == 0 {
		return false
	}
	if layer.garbage() && !q.garbage() {
		return true
	}
	return q.valid > layer.valid+layer.valid/4+10
}
