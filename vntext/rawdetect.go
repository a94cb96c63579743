package vntext

import (
	"fmt"

	"baocao"
)

// rawCandidates are the 8-bit encodings a plain-text file that is not UTF-8
// may be in, most common first (the order breaks ties).
var rawCandidates = []Encoding{TCVN3, VNI, VISCII, CP1258}

// rawSample bounds how much of a file detection reads.
const rawSample = 256 << 10

// DetectBytes returns the 8-bit encoding b is most plausibly in, among
// TCVN3, VNI, VISCII and CP1258, judged by how many of the decoded words are
// valid Vietnamese syllables. Text with only a few non-ASCII bytes and no
// Vietnamese is reported as CP1258 (it decodes Western text as Windows
// does). When nothing decodes plausibly the error wraps baocao.ErrEncoding.
func DetectBytes(b []byte) (Encoding, error) {
	if len(b) > rawSample {
		b = b[:rawSample]
	}
	best, bestPos, bestNeg := Encoding(""), 0, 0
	for _, e := range rawCandidates {
		s, _ := Decode(e, b)
		pos, neg := scoreUnicode(s)
		if best == "" || pos-neg > bestPos-bestNeg {
			best, bestPos, bestNeg = e, pos, neg
		}
	}
	if bestPos > 0 && bestPos*2 >= bestNeg {
		return best, nil
	}
	high := 0
	for _, c := range b {
		if c >= 0x80 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			high++
		}
	}
	if high <= 2 || high*50 <= len(b) { // a © or an é in English or French text
		return CP1258, nil
	}
	return "", fmt.Errorf("detect: no 8-bit encoding reads as Vietnamese (%d of %d bytes outside ASCII): %w", high, len(b), baocao.ErrEncoding)
}
