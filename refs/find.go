package refs

import (
	"baocao/vntext"
	"slices"
	"strings"
	"unicode/utf8"
)

// Find returns the documents text cites, in text order. Find never
// panics and is safe for concurrent use.
func Find(text string) []Ref {
	var out []Ref
	for i := 0; i < len(text); i++ {
		i = nextDigit(text, i)
		if i == len(text) {
			break
		}
		if i > 0 && continuesNumber(text[i-1]) {
			// numberAt reads no number here; skip the digits as below
			for i+1 < len(text) && isDigit(rune(text[i+1])) {
				i++
			}
			continue
		}
		if bareFigure(text, i) {
			// what numbered would reject, read without it: most
			// figures of a report
			for i+1 < len(text) && isDigit(rune(text[i+1])) {
				i++
			}
			continue
		}
		var prev *Ref
		if len(out) > 0 {
			prev = &out[len(out)-1]
		}
		r, ok := numbered(text, i, prev)
		if !ok {
			// The digits that follow continue this number, which
			// numberAt never reads as a new one.
			for i+1 < len(text) && isDigit(rune(text[i+1])) {
				i++
			}
			continue
		}
		out = append(out, r)
		i = r.End - 1
	}
	out = append(out, laws(text, out)...)
	slices.SortFunc(out, func(a, b Ref) int { return a.Start - b.Start })
	for k := range out {
		out[k].Text = text[out[k].Start:out[k].End]
	}
	return out
}

// continuesNumber reports whether the ASCII byte c before a digit makes
// the digit part of a word or of another number, where numberAt reads no
// number (it tests the same bytes).
func continuesNumber(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '/' || c == '.' || c == ',' || c == '-' || c == '_'
}

// soAt returns where "số" ("Số:", "SỐ") ends s before a number, or -1.
func soAt(s string) int {
	t := strings.TrimRight(s, " \t")
	t = strings.TrimSuffix(t, ":")
	t = strings.TrimSuffix(t, ".")
	t = strings.TrimRight(t, " \t")
	for _, so := range []string{"số", "Số", "SỐ"} {
		if strings.HasSuffix(t, so) {
			at := len(t) - len(so)
			if at == 0 || !isLetter(lastRune(t[:at])) {
				return at
			}
		}
	}
	return -1
}

// numbered reads the citation whose number starts at text[i]; prev is
// the citation before it, if any.
func numbered(text string, i int, prev *Ref) (Ref, bool) {
	n, ok := numberAt(text, i)
	// bareEnd before typeRightBefore: most figures ("28.101", "80%") are
	// followed by what no citation is, and it looks at one byte for them
	if !ok || (len(n.code) == 0 && (isYear(n.digits) || !bareEnd(text[n.end:]) || !typeRightBefore(text, i))) {
		return Ref{}, false
	}
	before := text[max(0, i-160):i]
	for len(before) > 0 && !utf8.RuneStart(before[0]) {
		before = before[1:]
	}
	base := i - len(before)
	so := false
	if at := soAt(before); at >= 0 {
		so = true
		if strings.HasPrefix(before[at:], "Số") && strings.Contains(before[at:], ":") &&
			strings.TrimSpace(text[lineStart(text, base+at):base+at]) == "" {
			return Ref{}, false // the document's own number, "Số: 17/BC-SLĐ-TBXH"
		}
		before = before[:at]
	}
	typ, tstart, tend, name := typeBefore(text, before, base, so)
	if typ == "" && len(n.code) > 0 && prev != nil && listed(text[prev.End:i]) {
		typ = prev.Type // "các Quyết định số 212-TC/CĐKT ngày 15-12-1989, 224-TC/CĐKT ..."
	}

	r := Ref{Type: typ, Number: n.text, Year: n.year, Start: n.start, End: n.end}
	if len(n.code) == 0 {
		// A bare number is a citation only right after its type: "Quyết
		// định 22 của Ban chỉ đạo tỉnh", never "Kế hoạch 2021".
		// Its type is capitalised: "Tiêu đề án 1" is a part of a project.
		// "Quyết định số 22" yes, "Thông báo kết quả số 22" no.
		if typ == "" || !bareTypes[typ] || tstart < 0 || name != "" || !isUpper(firstRune(text[tstart:])) ||
			soAt(text[tend:i]) < 0 && strings.TrimSpace(text[tend:i]) != "" || len(wordsIn(text[tend:i], 0)) > 1 {
			return Ref{}, false
		}
	}
	if typ == "" && len(n.code) > 0 {
		r.Type = typeCodes[strings.ToUpper(vntext.Fold(n.code[0]))]
		if r.Type == "" && !so {
			return Ref{}, false // a code that names no type, and no "số": not known to be a citation
		}
		if r.Type == "" {
			r.Type = "Văn bản"
		}
	}
	if tstart >= 0 {
		r.Start = tstart
	} else if so {
		r.Start = base + len(before) + leadingSpace(text[base+len(before):i])
	}
	if namedTypes[r.Type] {
		r.Name = name
	}
	r.End, r.Date, r.Issuer = tail(text, n.end, &r.Year)
	if r.Issuer == "" {
		segs := n.code
		if len(segs) > 0 && typeCodes[strings.ToUpper(vntext.Fold(segs[0]))] != "" {
			segs = segs[1:]
		}
		r.Issuer = issuerFromCode(segs)
	}
	return r, true
}

// typeRightBefore reports whether the word before text[i] (and its "số")
// may end a document type: the one way a bare number ("Quyết định 22")
// is a citation. Reports hold many bare figures; this spares them the
// search for a type in the words before them.
func typeRightBefore(text string, i int) bool {
	before := text[max(0, i-160):i]
	for len(before) > 0 && !utf8.RuneStart(before[0]) {
		before = before[1:]
	}
	// typeBefore reads the words after the last clause cut: a word with
	// a cut after it is none ("... kế hoạch.\n2. Lĩnh vực"), unless
	// it is the "số" whose colon soAt skips. Tested before the word is
	// read back to its start.
	end := lastWordEnd(before)
	so := endsSo(before[:end])
	if !so && hasClauseCut(before[end:]) {
		return false
	}
	start := lastWordStart(before, end)
	if so {
		// Only then can soAt find a "số" to skip.
		if at := soAt(before); at >= 0 {
			before = before[:at]
			start, end = lastWord(before)
			if hasClauseCut(before[end:]) {
				return false
			}
		}
	}
	if start == end {
		return false
	}
	var buf [64]byte
	w := vntext.AppendFold(buf[:0], before[start:end])
	for _, c := range w {
		if c >= utf8.RuneSelf { // ToUpper may make ASCII of it ("ı" is "I")
			return typeEnds[string(w)] || typeCodes[strings.ToUpper(string(w))] != ""
		}
	}
	return typeEndOrCode[string(w)]
}

// lastWord returns the span of the last run of letters and digits in s.
func lastWord(s string) (start, end int) {
	end = lastWordEnd(s)
	return lastWordStart(s, end), end
}

// lastWordEnd returns where the last run of letters and digits in s ends.
func lastWordEnd(s string) int {
	end := len(s)
	for end > 0 {
		if b := s[end-1]; b < utf8.RuneSelf { // an ASCII byte is its own last rune
			if asciiWord[b] {
				break
			}
			end--
			continue
		}
		c, n := utf8.DecodeLastRuneInString(s[:end])
		if isLetter(c) || isDigit(c) {
			break
		}
		end -= n
	}
	return end
}

// lastWordStart returns where the run of letters and digits ending at
// end starts.
func lastWordStart(s string, end int) int {
	start := end
	for start > 0 {
		if b := s[start-1]; b < utf8.RuneSelf {
			if !asciiWord[b] {
				break
			}
			start--
			continue
		}
		c, n := utf8.DecodeLastRuneInString(s[:start])
		if !isLetter(c) && !isDigit(c) {
			break
		}
		start -= n
	}
	return start
}

// endsSo reports whether s ends in "số" (the last word does).
func endsSo(s string) bool {
	if len(s) < len("số") || s[len(s)-1] != 0x91 && s[len(s)-1] != 0x90 {
		return false // the last byte of ố and Ố
	}
	return strings.HasSuffix(s, "số") || strings.HasSuffix(s, "Số") || strings.HasSuffix(s, "SỐ")
}

// listed reports whether gap, between two numbers, makes them one list.
func listed(gap string) bool {
	g := strings.TrimSpace(gap)
	return len(gap) <= 8 && (g == "," || g == "và" || g == ";" || g == ", và")
}

func lastRune(s string) rune {
	c, _ := utf8.DecodeLastRuneInString(s)
	return c
}

func leadingSpace(s string) int { return len(s) - len(strings.TrimLeft(s, " \t")) }

// clauseCuts end the clause typeBefore looks for a type in.
const clauseCuts = ".;:!?()[]\n\"“”,"

// typeBefore finds the nearest document type in the words before a number
// (before is text[base:] up to the number or its "số"), within its
// clause. It returns the type, where it starts and ends (-1 when none)
// and, for a law, the name between it and the number.
func typeBefore(text, before string, base int, so bool) (typ string, start, end int, name string) {
	cut := strings.LastIndexAny(before, clauseCuts)
	ws := wordsIn(before[cut+1:], base+cut+1)
	maxGap := 0
	if so {
		maxGap = 6 // "Thông báo kết quả kiểm tra số 112/TB-SLĐTBXH"
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-1-maxGap-3; k-- {
		for ti, tw := range typeWords {
			if !hasWords(ws[k:], tw) {
				continue
			}
			t := types[ti]
			gap := len(ws) - k - len(tw)
			if gap < 0 {
				continue
			}
			if namedTypes[t] {
				if !isUpper(firstRune(ws[k].text)) || gap > 10 {
					continue
				}
				if gap > 0 {
					name = oneLine(text[ws[k+len(tw)].start:ws[len(ws)-1].end])
				}
			} else if gap > maxGap {
				continue
			}
			if c, ok := canonicalType[t]; ok {
				t = c
			}
			return t, ws[k].start, ws[k+len(tw)-1].end, name
		}
	}
	// Lists of acts abbreviate the type: "NĐ 35/2003/NĐ-CP", "TTLT
	// 04/2006/BTP-BTNMT", "NQ 49/TTg".
	if len(ws) > 0 {
		w := ws[len(ws)-1]
		if t := typeCodes[strings.ToUpper(w.fold)]; t != "" && len(w.text) > 1 && strings.ToUpper(w.text) == w.text {
			return t, w.start, w.end, ""
		}
	}
	return "", -1, -1, ""
}

func firstRune(s string) rune {
	c, _ := utf8.DecodeRuneInString(s)
	return c
}

// bareFollowers may follow a bare cited number.
var bareFollowers = map[string]bool{
	"cua": true, "ngay": true, "va": true, "ve": true, "v": true, "da": true, "duoc": true, "tai": true,
	"do": true, "ban": true, "quy": true, "thi": true, "la": true, "cho": true, "voi": true, "nham": true,
	"trong": true, "theo": true, "nay": true, "tren": true,
}

// bareEnd reports whether what follows a bare number ends its citation:
// punctuation, the text's end or a linking word, not a unit ("Kế hoạch
// 5 năm") or more figures ("Quyết định 22/11").
func bareEnd(s string) bool {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') { // strings.TrimLeft(s, " \t")
		s = s[1:]
	}
	if s == "" {
		return true
	}
	c := firstRune(s)
	switch {
	case c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '\n' || c == '\r':
		return true
	case c == '.':
		return len(s) == 1 || !isDigit(firstRune(s[1:]))
	case isLetter(c):
		// the first word of s[:20], folded, as wordsIn gives it
		t := s[:min(len(s), 20)]
		j := 0
		for j < len(t) {
			c, n := utf8.DecodeRuneInString(t[j:])
			if !isLetter(c) && !isDigit(c) {
				break
			}
			j += n
		}
		var buf [64]byte
		return bareFollowers[string(vntext.AppendFold(buf[:0], t[:j]))]
	}
	return false
}

// tail reads the date and issuer that follow a number ending at i, in
// either order: "ngày 01/7/2021 của Chính phủ", "của HĐND ngày
// 15/12/2019". It returns where the citation ends.
func tail(text string, i int, year *int) (end int, date, issuer string) {
	end = i
	for range 2 {
		rest := text[end:min(len(text), end+160)]
		if date == "" {
			if iso, y, n, ok := dateAt(rest); ok {
				date, end = iso, end+n
				if *year == 0 {
					*year = y
				}
				continue
			}
		}
		if issuer == "" {
			if name, e, ok := issuerAt(text, end); ok {
				issuer, end = name, e
				continue
			}
		}
		break
	}
	return end, date, issuer
}

// issuerAt reads an issuer, after an optional "của", at text[i].
func issuerAt(text string, i int) (string, int, bool) {
	s := text[i:min(len(text), i+200)]
	trim := strings.TrimLeft(s, " \t,")
	ws := wordsAhead(trim, i+len(s)-len(trim), 14, false)
	if len(ws) > 0 && (ws[0].fold == "cua" || ws[0].fold == "do") {
		ws = ws[1:]
	}
	for pi, p := range issuerPhrases {
		pw := issuerWords[pi]
		if !hasWords(ws, pw) {
			continue
		}
		name, end := p.name, ws[len(pw)-1].end
		if p.local && len(ws) > len(pw) {
			next := ws[len(pw)].fold
			if len(ws) > len(pw)+1 {
				if lv, ok := levels[next+" "+ws[len(pw)+1].fold]; ok {
					return name + " " + lv, ws[len(pw)+1].end, true
				}
			}
			if lv, ok := levels[next]; ok {
				name, end = name+" "+lv, ws[len(pw)].end
			}
		}
		return name, end, true
	}
	return "", 0, false
}
