package vntext

import "testing"

var syllableTests = []struct {
	in   string
	want bool
}{
	{"việt", true}, {"Nam", true}, {"nghiêng", true}, {"người", true}, {"khuya", true},
	{"quốc", true}, {"giữa", true}, {"gì", true}, {"giết", true}, {"thuở", true},
	{"hoà", true}, {"hòa", true}, {"thuỷ", true}, {"thủy", true}, {"ĐẠI", true},
	{"hòang", false}, // tone on the medial before a final
	{"qúy", false},   // tone on the u of qu
	{"càc", false},   // a stop final takes only sắc or nặng
	{"ke", true},     // k before e
	{"ka", false},    // k before a is spelt c
	{"ce", false},    // c before e is spelt k
	{"ngi", false},   // ng before i is spelt ngh
	{"cuỷa", false},  // c with a medial is spelt qu
	{"keỏ", false},   // tone on a final glide
	{"gìa", false},   // gi is the onset: già
	{"coõng", false}, // no oong rhyme with a tone
	{"Hello", false}, // not Vietnamese
	{"đ", false},     // no vowel
	{"viêt̀", false}, // two tones
	{"", false},
}

func TestValidSyllable(t *testing.T) {
	for _, tt := range syllableTests {
		if got := ValidSyllable(composeNFC(tt.in)); got != tt.want {
			t.Errorf("ValidSyllable(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestTruthSyllables checks the validator against the real transcripts:
// nearly every word of running Vietnamese text must pass.
func TestTruthSyllables(t *testing.T) {
	pos, neg := 0, 0
	for _, text := range readTruths(t) {
		p, n := scoreUnicode(text)
		pos += p
		neg += n
	}
	t.Logf("%d valid, %d invalid non-ASCII words", pos, neg)
	if neg*100 > pos*2 {
		t.Errorf("%d of %d non-ASCII words of the transcripts are invalid syllables, want ≤ 2%%", neg, pos+neg)
	}
}
