package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Vietnamese syllable is an onset (possibly empty), a rhyme and one tone.
// The rhyme is an optional medial (o/u), a vowel nucleus and an optional
// coda (c ch m n ng nh p t, or the glides i/y o/u). The tables below list
// every rhyme of the standard language; detection uses them to tell a
// correctly decoded word from the debris of a wrong decoding, which almost
// never forms a valid syllable.

var onsets = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// rhymes without a medial.
const plainRhymes = `a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
y yêm yên yêng yêt yêu
o oc oi om on ong op ot
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu`

// rhymes with the medial o or u.
const medialRhymes = `oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
oe oen oeo oet oem
uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uynh uyt uyu uơ uyp`

// quRhymes may follow the onset qu (whose u is the medial).
const quRhymes = `a ac ach ai an ang anh at ay ăc ăm ăn ăng ăt ân âng ât ây
e en eo et ê êch ênh i in inh it y yên yêt ynh yt ych ơ ôc`

// gRhymes are the rhymes starting with i that follow a bare g: "gì",
// "gìn", "giết" (g + iêt). Others belong to the onset gi ("già" is gi + a).
var gRhymes = setOf("i in inh im ip it ich iu iêc iêm iên iêng iêp iêt iêu")

var medialSet = setOf(medialRhymes)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

var rhymeSet, quSet = func() (map[string]bool, map[string]bool) {
	r := map[string]bool{}
	for _, f := range strings.Fields(plainRhymes + " " + medialRhymes) {
		r[f] = true
	}
	q := map[string]bool{}
	for _, f := range strings.Fields(quRhymes) {
		q[f] = true
	}
	return r, q
}()

// maxLetters bounds a syllable: "nghiêng" has seven letters.
const maxLetters = 7

// syllable is a parsed syllable: its letters in lower case without tone,
// where the rhyme starts, the tone and which letter carried it.
type syllable struct {
	buf    [maxLetters]rune
	upbuf  [maxLetters]bool
	n      int
	onset  int // number of letters in the onset
	tone   uint8
	toneAt int // index into letters of the toned letter, -1 when none
}

func (s *syllable) letters() []rune { return s.buf[:s.n] }
func (s *syllable) upper() []bool   { return s.upbuf[:s.n] }

// parseSyllable parses one word; ok is false when it is not a syllable of
// standard Vietnamese (a loan word, an abbreviation, a misdecoding).
func parseSyllable(w string) (syllable, bool) {
	var s syllable
	s.toneAt = -1
	if len(w) > 4*maxLetters {
		return s, false
	}
	var tb [4 * maxLetters]byte // the letters without tone, as UTF-8
	t := tb[:0]
	for _, r := range w {
		l, ok := splitLetter(r)
		if !ok || s.n == maxLetters {
			return s, false
		}
		if l.tone != toneNone {
			if s.toneAt >= 0 {
				return s, false
			}
			s.tone, s.toneAt = l.tone, s.n
		}
		lo := unicode.ToLower(l.base)
		s.upbuf[s.n] = lo != l.base
		s.buf[s.n] = lo
		s.n++
		t = utf8.AppendRune(t, lo)
	}
	if s.n == 0 {
		return s, false
	}
	for _, o := range onsets {
		if len(o) > len(t) || string(t[:len(o)]) != o {
			continue
		}
		rh := string(t[len(o):])
		if !rhymeOK(o, rh, s.tone) {
			continue
		}
		s.onset = utf8.RuneCountInString(o)
		if s.toneAt < 0 {
			return s, true
		}
		nw, old := tonePlace(s.buf[s.onset:s.n])
		if at := s.toneAt - s.onset; at >= 0 && (at == nw || at == old) {
			return s, true
		}
	}
	return s, false
}

func rhymeOK(onset, rh string, tone uint8) bool {
	if rh == "" {
		return false
	}
	switch onset {
	case "qu":
		if !quSet[rh] {
			return false
		}
	case "gi":
		// gi + i... is spelt with one i ("gìn" is g + in)
		if strings.HasPrefix(rh, "i") || !rhymeSet[rh] {
			return false
		}
	default:
		if !rhymeSet[rh] {
			return false
		}
	}
	first, _ := firstRune(rh)
	front := first == 'i' || first == 'e' || first == 'ê' || first == 'y'
	medial := medialSet[rh]
	switch onset {
	case "k", "gh", "ngh":
		if !front || medial {
			return false
		}
	case "c", "ng":
		if front || medial && onset == "c" { // c + medial is spelt qu
			return false
		}
	case "g":
		if first == 'e' || first == 'ê' || first == 'i' && !gRhymes[rh] {
			return false
		}
	}
	// a rhyme closed by a stop takes only the sắc or nặng tone
	if strings.HasSuffix(rh, "c") || strings.HasSuffix(rh, "ch") || strings.HasSuffix(rh, "p") || strings.HasSuffix(rh, "t") {
		return tone == toneAcute || tone == toneDot
	}
	return true
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// ValidSyllable reports whether w (one word, any case, any tone placement)
// is a syllable of standard Vietnamese: a known onset, a known rhyme, at
// most one tone, spelling rules (k/gh/ngh before i e ê y, c/ng elsewhere)
// and stop-final rhymes only with the sắc or nặng tone.
func ValidSyllable(w string) bool {
	_, ok := parseSyllable(w)
	return ok
}

// tonePlace returns where the tone mark of a rhyme goes, as an index into
// its letters: newStyle by the rules of Quyết định 1989/QĐ-BGDĐT (2018),
// which put it on the main vowel (hoà, khoẻ, thuỷ), and oldStyle, the other
// placement long in use for oa/oe/uy without a final (hòa, khỏe, thủy), or
// -1 when there is only one correct place.
func tonePlace(rh []rune) (newStyle, oldStyle int) {
	n := 0
	for n < len(rh) && strings.ContainsRune(vowels, rh[n]) {
		n++
	}
	if n <= 1 {
		return 0, -1
	}
	// a shaped vowel (ă â ê ô ơ ư) is the main one; in ươ it is the ơ
	last := -1
	for i := 0; i < n; i++ {
		if strings.ContainsRune("ăâêôơư", rh[i]) {
			last = i
		}
	}
	if last >= 0 {
		return last, -1
	}
	v := string(rh[:n])
	coda := n < len(rh)
	switch {
	case strings.HasPrefix(v, "oa"), strings.HasPrefix(v, "oe"), strings.HasPrefix(v, "uy"):
		// medial o/u + nucleus: the nucleus, or with no final also the medial
		if n == 2 && !coda {
			return 1, 0
		}
		return 1, -1
	}
	return 0, -1 // a vowel and a glide (ai, ao, ia, ua, ui, ...): the first
}
