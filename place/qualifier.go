package place

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type qual uint8

const (
	qualNone     qual = iota
	qualProvince      // tỉnh, thủ đô
	qualCity          // thành phố, TP: a centrally-run city or a provincial city
	qualDistrict      // huyện, quận, thị xã
)

// qualifiers are the administrative words that can stand before a name,
// spelt with their tones: "cơ quan" ends in quan but is not "quận", and
// "tình" is not "tỉnh".
var qualifiers = []struct {
	words string
	q     qual
}{
	{"tỉnh", qualProvince},
	{"thủ đô", qualProvince},
	{"thành phố", qualCity},
	{"TP", qualCity},
	{"huyện", qualDistrict},
	{"quận", qualDistrict},
	{"thị xã", qualDistrict},
	{"TX", qualDistrict},
}

// qualifierWords holds each qualifier's words folded and as tone keys.
var qualifierWords = func() [][][2]string {
	out := make([][][2]string, len(qualifiers))
	for i, q := range qualifiers {
		for _, w := range strings.Fields(q.words) {
			out[i] = append(out[i], [2]string{vfold(w), toneKey(w)})
		}
	}
	return out
}()

// qualifierBefore returns the administrative word that ends right before
// word i, if any.
func qualifierBefore(d *doc, i int) qual {
	text, toks := d.text, d.toks
	for k, q := range qualifiers {
		words := qualifierWords[k]
		n := len(words)
		if i < n {
			continue
		}
		ok := true
		for j := 0; j < n && ok; j++ {
			t := toks[i-n+j]
			w := text[t.start:t.end]
			ok = d.fold(i-n+j) == words[j][0] && (!hasMarks(w) || toneKey(w) == words[j][1])
			next := toks[i-n+j+1].start
			ok = ok && tight(text[t.end:next])
		}
		if ok {
			return q.q
		}
	}
	return qualNone
}

func vfold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// personWords are surnames and middle names: a place name written right after
// one of them, capitalised, is most likely part of a person's name.
var personWords = map[string]bool{
	"nguyen": true, "tran": true, "le": true, "pham": true, "hoang": true, "huynh": true,
	"phan": true, "vu": true, "vo": true, "dang": true, "bui": true, "do": true,
	"ho": true, "ngo": true, "duong": true, "ly": true, "trinh": true, "doan": true,
	"lam": true, "mai": true, "luong": true, "truong": true, "chu": true, "ta": true,
	"van": true, "thi": true, "huu": true, "cong": true, "trong": true, "dinh": true, "duc": true,
}

// personBefore reports whether word i follows a capitalised surname or middle
// name on the same line with a single space between.
func personBefore(d *doc, i int) bool {
	text, toks := d.text, d.toks
	if i == 0 || text[toks[i-1].end:toks[i].start] != " " {
		return false
	}
	p := toks[i-1]
	if !personWords[d.fold(i-1)] {
		return false
	}
	w := text[p.start:p.end]
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToLower(w[n:]) == w[n:]
}
