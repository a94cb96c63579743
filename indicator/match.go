package indicator

import (
	"slices"
	"sync"

	"baocao"
)

// candidate is a rule found in a phrase.
type candidate struct {
	ind   int
	score int // 10 a word, +5 when the unit is the one expected, -3 for a typo, -5 if weak
	end   int // word index after the match
}

// Match returns the indicator a phrase names, given the unit of its
// figure ("lao động", "%", "hộ", "đồng", or ""). An empty unit fits every
// indicator. When the phrase names none, the unit itself is tried ("157
// thủ tục" counts procedures). It returns false when nothing fits.
func Match(phrase, unit string) (Indicator, bool) {
	pw := getWords()
	defer putWords(pw)
	*pw = appendWords((*pw)[:0], phrase)
	return matchWords(*pw, unit)
}

// matchWords is Match of a phrase already split by words.
func matchWords(ws []string, unit string) (Indicator, bool) {
	kind := KindOf(unit)
	c, ok := best(ws, kind)
	if !ok && kind != KindPercent && kind != KindMoney {
		return unitIndicator(unit, kind)
	}
	if !ok {
		return Indicator{}, false
	}
	return taxonomy[c.ind], true
}

// unitIndicator is the indicator the unit itself names ("157 thủ tục"),
// kind being KindOf(unit).
func unitIndicator(unit, kind string) (Indicator, bool) {
	if i, ok := unitMemo.get(unit); ok {
		if i >= 0 {
			return taxonomy[i], true
		}
		return Indicator{}, false
	}
	pw := getWords()
	*pw = appendWords((*pw)[:0], unit)
	c, ok := best(*pw, kind)
	putWords(pw)
	i := none
	if ok {
		i = c.ind
	}
	if len(unit) <= 40 { // bounded as kindMemo is
		unitMemo.put(keep(unit), i)
	}
	if !ok {
		return Indicator{}, false
	}
	return taxonomy[i], true
}

// unitMemo memoises unitIndicator (the taxonomy index, or none): every
// record whose phrase names nothing asks it, and reports use a few dozen
// units.
var unitMemo = newMemo[string, int](4096)

// wordPool holds the word slices Match reads a phrase into.
var wordPool = sync.Pool{New: func() any { s := make([]string, 0, 32); return &s }}

func getWords() *[]string { return wordPool.Get().(*[]string) }

func putWords(pw *[]string) {
	clear(*pw) // drop the folded phrase
	wordPool.Put(pw)
}

// ForRecord returns the indicator of a record extract read from text (the
// document's stored text; r.Start and r.End are offsets into it). It tries
// the record's indicator phrase first, then its evidence followed by the
// rest of the words that name the counted thing ("3.123 hộ nghèo",
// "98/80 học viên vào cai nghiện"), up to the next figure or punctuation.
// With text "" (or a span outside it) the record's own Text is used.
func ForRecord(text string, r baocao.Record) (Indicator, bool) {
	pw := getWords()
	defer putWords(pw)
	*pw = appendWords((*pw)[:0], r.Indicator)
	if ind, ok := matchWords(*pw, r.Unit); ok {
		return ind, true
	}
	return forEvidence(pw, text, &r)
}

// forEvidence is forRecord's second try, on the record's evidence and the
// words after it, read into *pw.
func forEvidence(pw *[]string, text string, r *baocao.Record) (Indicator, bool) {
	ev := r.Text
	if 0 <= r.Start && r.Start <= r.End && r.End <= len(text) {
		ev = text[r.Start : r.End+len(tail(text[r.End:]))] // the tail follows the record
	}
	if ev == "" || ev == r.Indicator {
		return Indicator{}, false
	}
	var kb [2*maxKey + 64]byte
	key, keyed := evidenceKey(kb[:0], ev, r.Unit)
	if keyed {
		if i, ok := getEvidence(key); ok {
			if i == none {
				return Indicator{}, false
			}
			return taxonomy[i], true
		}
	}
	*pw = appendWords((*pw)[:0], ev)
	ind, ok := matchWords(*pw, r.Unit)
	if keyed {
		i := int32(none)
		if ok {
			i = int32(byID[ind.ID])
		}
		putEvidence(key, i)
	}
	return ind, ok
}

// tail returns the words after a record up to the next digit, clause
// punctuation or line end, at most 12 words.
func tail(s string) string {
	// Byte by byte: every stop is ASCII, and the bytes of a multibyte
	// rune are all inside a word, so only its first can start one.
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case tailStop[c]:
			return s[:i]
		case c == ' ' || c == '\t':
			inWord = false
		case !inWord:
			inWord = true
			if n++; n > 12 {
				return s[:i]
			}
		}
	}
	return s
}

// tailStop marks the bytes tail stops at: digits and clause punctuation.
var tailStop = func() (t [256]bool) {
	for _, c := range []byte("0123456789,;:.()[]!?\n\r") {
		t[c] = true
	}
	return t
}()

// best returns the best candidate among the rules found in ws.
func best(ws []string, kind string) (candidate, bool) {
	var top candidate
	found := false
	blocked := -1 // words before this index are covered by a blocker
	rated := kind == KindPercent && hasRate(ws)
	fit := fitTable[kindIndex(kind)]
	for i, w := range ws {
		set, _ := ruleTable.get(w)
		if set == nil {
			continue
		}
		for _, r := range set.blockers {
			if end, _, ok := matchAt(ws, i, r.words); ok {
				blocked = max(blocked, end)
			}
		}
		if i < blocked {
			continue
		}
		// The order the rules are tried in does not matter: better is a
		// strict order, and the rules that tie name one indicator.
		try := func(r *rule) {
			if !fit[r.ind] {
				return // fits(&taxonomy[r.ind], kind), from the table
			}
			end, typos, ok := matchAt(ws, i, r.words)
			if !ok {
				return
			}
			c := candidate{ind: r.ind, score: 10*len(r.words) - 3*typos, end: end}
			if r.weak {
				c.score -= 5
			}
			if kind != "" && kind == r.unit {
				c.score += 5
			}
			if rated && r.unit == KindPercent {
				c.score += 10 // "tỷ lệ số hộ nghèo" is a rate, though "số hộ nghèo" counts
			}
			if !found || better(c, top) {
				top, found = c, true
			}
		}
		for k := range set.one {
			try(&set.one[k])
		}
		if i+1 == len(ws) {
			continue
		}
		next := ws[i+1]
		rs, _ := set.second.get(next)
		for k := range rs {
			try(&rs[k])
		}
		for k := range set.fuzzy {
			if set.fuzzy[k].words[1] != next { // those that are were tried above
				try(&set.fuzzy[k])
			}
		}
	}
	return top, found
}

// better reports whether c beats d: a higher score, then a match nearer
// the figure, then an earlier entry of the taxonomy.
func better(c, d candidate) bool {
	if c.score != d.score {
		return c.score > d.score
	}
	if c.end != d.end {
		return c.end > d.end
	}
	return c.ind < d.ind
}

// kinds are the unit kinds KindOf returns, and "".
var kinds = []string{"", KindPercent, KindMoney, KindPeople, KindHouseholds, KindHouses, KindGifts, KindCases, KindCount}

// kindIndex returns k's index in kinds; an unknown kind gets its own row.
func kindIndex(k string) int {
	for i, x := range kinds {
		if x == k {
			return i
		}
	}
	return len(kinds)
}

// fitTable[kindIndex(k)][i] is fits(&taxonomy[i], k): best asks it for
// every phrasing of every word.
var fitTable = func() [][]bool {
	t := make([][]bool, len(kinds)+1)
	for ki := range t {
		k := "\x00unknown"
		if ki < len(kinds) {
			k = kinds[ki]
		}
		t[ki] = make([]bool, len(taxonomy))
		for i := range taxonomy {
			t[ki][i] = fits(&taxonomy[i], k)
		}
	}
	return t
}()

// fits reports whether an indicator's figures can be in unit kind k.
func fits(ind *Indicator, k string) bool {
	switch {
	case k == "", k == KindPercent:
		return true
	case slices.Contains(ind.Units, k):
		return true
	case k == KindCount:
		for _, u := range ind.Units {
			if u != KindPercent && u != KindMoney {
				return true
			}
		}
	}
	return false
}

// matchAt reports whether pattern p starts at ws[i] (its first word is
// known to be equal), allowing one typo in a later word of five letters or
// more; it returns the index after the match and the typos used.
func matchAt(ws []string, i int, p []string) (end, typos int, ok bool) {
	if i+len(p) > len(ws) {
		return 0, 0, false
	}
	for k := 1; k < len(p); k++ {
		w := ws[i+k]
		if w == p[k] {
			continue
		}
		if typos > 0 || len(p[k]) < 5 || !oneEdit(w, p[k]) {
			return 0, 0, false
		}
		typos++
	}
	return i + len(p), typos, true
}

// oneEdit reports whether a and b (ASCII after folding) differ by one
// substitution, insertion, deletion or swap of neighbouring letters.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := len(a), len(b)
	if la > lb {
		a, b, la, lb = b, a, lb, la
	}
	if lb-la > 1 {
		return false
	}
	i := 0
	for i < la && a[i] == b[i] {
		i++
	}
	if la == lb {
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swap
	}
	return a[i:] == b[i+1:] // insertion
}

// hasRate reports whether ws says "tỷ lệ" (folded and normalised "ti le").
func hasRate(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "ti" && ws[i+1] == "le" {
			return true
		}
	}
	return false
}
