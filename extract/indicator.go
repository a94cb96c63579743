package extract

import (
	"baocao/vntext"
	"strings"
	"unicode"
	"unicode/utf8"
)

// trailing words link an indicator to its figure and are not part of it:
// "Giải quyết việc làm cho 28.101" → "Giải quyết việc làm".
var trailing = map[string]bool{
	"đạt": true, "được": true, "cho": true, "là": true, "với": true, "có": true, "của": true,
	"tổng": true, "số": true, "gồm": true, "bằng": true, "chiếm": true, "lên": true, "xuống": true,
	"còn": true, "tới": true, "đến": true, "từ": true, "tại": true, "khoảng": true, "gần": true,
	"trên": true, "hơn": true, "dưới": true, "ước": true, "dự": true, "kiến": true, "ít": true,
	"nhất": true, "tối": true, "thiểu": true, "đa": true, "mức": true, "ở": true, "và": true,
	"đã": true, "thêm": true, "vào": true, "tương": true, "đương": true, "tỷ": true, "tỉ": true,
	"lệ": true, "trong": true, "đó": true, "về": true, "hỗ": false, "phấn": true, "đấu": true,
	"thu": false, "hút": false, "cụ": true, "thể": true, "như": true, "sau": true, "hiện": true,
	"nay": true, "vượt": true, "là:": true, "giảm": true, "tăng": true,
}

// leading words open a clause without naming anything.
var leading = []string{"trong đó có", "trong đó", "cụ thể", "theo đó", "đồng thời", "ngoài ra", "và", "đã", "có", "với"}

// leadingSp is leading with the space that must follow each.
var leadingSp = func() []string {
	var out []string
	for _, l := range leading {
		out = append(out, l+" ")
	}
	return out
}()

// maxIndicatorWords bounds a phrase: the words nearest the figure are
// kept, unless the phrase opens with "Tỷ lệ"/"Số", which names the thing.
const maxIndicatorWords = 16

// periodMarks start a time phrase that belongs to the period, not to the
// indicator: "Tỷ lệ thất nghiệp ... trong giai đoạn 6 tháng đầu năm".
var periodMarks = []string{" trong giai đoạn", " trong năm", " giai đoạn 20", " năm 20", " tính đến", " đến hết", " từ đầu năm", " 6 tháng", " 9 tháng"}

// periodWords are in every one of periodMarks.
var periodWords = []string{"đoạn", "năm", "đến", "tháng"}

// indicator returns the phrase naming what the figure at pos counts: the
// words before it back to the nearest comma, colon or parenthesis (or
// from), without linking verbs. When that segment is empty ("..., đạt
// 70%" or "Lao động được giải quyết việc làm: 38.000 người") the segment
// before is used. start is where the phrase begins.
func (pl *sections) indicator(t string, from, pos int) (string, int) {
	s := segStart(t, from, pos)
	if phrase, ps := pl.cleanPhrase(t, s, pos); phrase != "" {
		return phrase, ps
	}
	end := s
	for end > from && t[end-1] == ' ' {
		end--
	}
	if end > from && t[end-1] == ':' { // "Lao động được giải quyết việc làm: 38.000 người"
		end--
		return pl.cleanPhrase(t, segStart(t, from, end), end)
	}
	return "", pos
}

// blankBefore reports whether only bullets, numbering and connectives
// stand between the segment start and the figure at pos: "- 100% trẻ em
// được ...", where what is counted follows the figure.
func (pl *sections) blankBefore(t string, from, pos int) bool {
	s := segStart(t, from, pos)
	low := pl.lower(t, s, pos)
	// The fields of low one by one, as strings.FieldsSeq gives them: most
	// segments end at the first, a word naming something.
	for f, ok := nextField(low, 0, len(low)); ok; f, ok = nextField(low, f.End, len(low)) {
		if !blankWord(trimBlank(low[f.Start:f.End])) {
			return false
		}
	}
	return true
}

// blankWord reports whether a word of a segment, trimmed, leaves the
// segment blank: bullets, numbering and connectives.
func blankWord(w string) bool {
	switch w {
	case "", "trong", "đó", "có", "và", "duy", "trì", "đảm", "bảo":
		return true
	}
	return false
}

// trimBlank is strings.Trim(w, "-–+*_•.)(/"), without building the cut set.
func trimBlank(w string) string {
	for len(w) > 0 {
		if c := w[0]; c < utf8.RuneSelf && blankMark[c] {
			w = w[1:]
		} else if strings.HasPrefix(w, "–") || strings.HasPrefix(w, "•") {
			w = w[len("–"):] // both three bytes
		} else {
			break
		}
	}
	for len(w) > 0 {
		if c := w[len(w)-1]; c < utf8.RuneSelf && blankMark[c] {
			w = w[:len(w)-1]
		} else if strings.HasSuffix(w, "–") || strings.HasSuffix(w, "•") {
			w = w[:len(w)-len("–")]
		} else {
			break
		}
	}
	return w
}

var blankMark = [utf8.RuneSelf]bool{'-': true, '+': true, '*': true, '_': true, '.': true, ')': true, '(': true, '/': true}

// phraseAfter is what a figure at the head of its segment counts: its
// unit and the words after it up to punctuation, at most 10 words. Each
// word is a prefix of a field of t, so the phrase is a slice of t when
// they stand one space apart.
func (pl *sections) phraseAfter(t string, unitStart int) string {
	var buf [10]Span
	words := buf[:0]
	e := min(len(t), unitStart+200)
	for f, ok := nextField(t, unitStart, e); ok; f, ok = nextField(t, f.End, e) {
		w := t[f.Start:f.End]
		if opensNoWord[w[0]] { // strings.ContainsAny(w[:1], "(,;:.0123456789")
			break
		}
		clean, rest, cut := strings.Cut(w, "/")
		if clean == "đ" && strings.HasPrefix(rest, "c") { // "đ/c" is a unit
			clean, cut = w, false
		}
		if !cut && hasDigit(clean) {
			break
		}
		for len(clean) > 0 && closesWord[clean[len(clean)-1]] { // strings.TrimRight(clean, ",;:.)(*_")
			clean = clean[:len(clean)-1]
		}
		if cut || strings.HasSuffix(clean, "/") { // the phrase stops at a slash
			words = append(words, Span{f.Start, f.Start + len(strings.TrimSuffix(clean, "/"))})
			break
		}
		if clean != "" {
			words = append(words, Span{f.Start, f.Start + len(clean)})
		}
		if clean != w || len(words) >= 10 {
			break
		}
	}
	return joinSpans(t, words, nil)
}

// opensNoWord and closesWord are the byte sets phraseAfter stops at and
// trims, as tables (ASCII only, so a byte of a longer rune is in neither).
var opensNoWord, closesWord = byteSet("(,;:.0123456789"), byteSet(",;:.)(*_")

func byteSet(s string) (set [256]bool) {
	for i := 0; i < len(s); i++ {
		set[s[i]] = true
	}
	return set
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// joinSpans is strings.TrimSpace(strings.Join(the words, " ")), each word
// first trimmed by trim when it is not nil: a slice of t when the words
// stand there untouched, one space apart.
func joinSpans(t string, words []Span, trim func(string, Span) Span) string {
	if len(words) == 0 {
		return ""
	}
	word := func(w Span) Span {
		if trim != nil {
			return trim(t, w)
		}
		return w
	}
	inPlace := true
	for i, w := range words {
		if w.End == w.Start || word(w) != w || (i > 0 && (words[i-1].End+1 != w.Start || t[w.Start-1] != ' ')) {
			inPlace = false
			break
		}
	}
	if inPlace {
		return t[words[0].Start:words[len(words)-1].End]
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		tw := word(w)
		b.WriteString(t[tw.Start:tw.End])
	}
	return strings.TrimSpace(b.String())
}

// segStart is just past the last separator before end.
func segStart(t string, from, end int) int {
	for i := end - 1; i >= from; i-- {
		if !segByte[t[i]] { // most bytes: one look-up
			continue
		}
		switch t[i] {
		case ':', '(', ')', '\n', '"', '|', '\t':
			return i + 1
		case ',':
			if !(i > 0 && isDigit(t[i-1]) && i+1 < len(t) && isDigit(t[i+1])) {
				return i + 1
			}
		}
		if t[i] == "“"[0] && (strings.HasPrefix(t[i:], "“") || strings.HasPrefix(t[i:], "”")) { // both start with the same byte
			return i + len("“")
		}
	}
	return from
}

// segByte marks the bytes segStart stops to look at: its separators and
// the first byte of the quotes “ and ”.
var segByte = byteSet(":()\n\"|\t,\xe2")

// cleanPhraseText is cleanPhrase on copies of the words, lower cased as
// needed: for texts whose lower case changes some rune's length in bytes,
// where the document's lower case cannot stand for its pieces.
func cleanPhraseText(t string, s, e int) (string, int) {
	s = skipBullets(t, s, e)
	words := strings.Fields(t[s:e])
	for len(words) > 0 {
		w := vntext.Lower(strings.Trim(words[len(words)-1], "*_,.:;-–"))
		if w != "" && !trailingIdx.has(w) {
			break
		}
		words = words[:len(words)-1]
	}
	changed := true
	for changed && len(words) > 0 {
		changed = false
		low := vntext.Lower(strings.Join(words[:min(len(words), 4)], " ")) // a leading phrase has at most 3 words
		for _, l := range leadingSp {
			if strings.HasPrefix(low, l) {
				words = words[len(strings.Fields(l)):]
				changed = true
				break
			}
		}
	}
	low := " " + vntext.Lower(strings.Join(words, " "))
	period := containsAnyOf(low, periodWords) // most phrases name no period
	for _, m := range periodMarks {
		if !period {
			break
		}
		if k := strings.Index(low, m); k > 0 {
			words = strings.Fields(strings.Join(words, " ")[:k-1])
			low = " " + vntext.Lower(strings.Join(words, " "))
			period = containsAnyOf(low, periodWords)
		}
	}
	if k := strings.LastIndex(low, " tỷ lệ "); k > 0 && len(strings.Fields(low[:k])) >= 3 {
		words = strings.Fields(strings.Join(words, " ")[k:])
	}
	if len(words) > maxIndicatorWords {
		if w := vntext.Lower(words[0]); w == "tỷ" || w == "số" {
			words = words[:maxIndicatorWords]
		} else {
			words = words[len(words)-maxIndicatorWords:]
		}
	}
	for i, w := range words {
		words[i] = strings.Trim(w, "*_")
	}
	phrase := strings.TrimSpace(strings.Join(words, " "))
	if phrase == "" || !hasLetter(phrase) {
		return "", e
	}
	first := strings.Index(t[s:e], firstField(phrase))
	if first < 0 {
		first = 0
	}
	return phrase, s + first
}

// skipBullets is where the phrase t[s:e] starts after bullets and list
// numbering ("1- ", "2.1.").
func skipBullets(t string, s, e int) int {
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:e])
		if isLetterRune(r) {
			break
		}
		if unicode.IsDigit(r) { // list numbering left at a clause start
			j := listEnd(t, s)
			if j == s {
				break
			}
			s = j
			continue
		}
		s += n
	}
	return s
}

// isLetterRune is unicode.IsLetter, by table below U+2000.
func isLetterRune(r rune) bool {
	if r >= 0 && r < rune(len(isLetterTab)) {
		return isLetterTab[r]
	}
	return unicode.IsLetter(r)
}

// firstField is strings.Fields(s)[0], or "" when s has no field.
func firstField(s string) string {
	for f := range strings.FieldsSeq(s) {
		return f
	}
	return ""
}

func hasLetter(s string) bool {
	for _, r := range s {
		if isLetterRune(r) {
			return true
		}
	}
	return false
}
