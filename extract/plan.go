package extract

import (
	"baocao/vntext"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// planWords in a figure's clause make it a target rather than a result:
// "phấn đấu giảm tỷ lệ hộ nghèo từ 3% trở lên".
var planWords = []string{"phấn đấu", "mục tiêu là", "mục tiêu đến", "kế hoạch giao", "chỉ tiêu giao", "dự kiến", "đề ra là", "phần đầu"}

// planFirst holds planWords by their first byte, with their second.
var planFirst = func() (by [256][]phrase) {
	for _, w := range planWords {
		by[w[0]] = append(by[w[0]], phrase{w, w[1]})
	}
	return by
}()

// planStart marks the bytes planFirst has words for.
var planStart = func() (set [256]bool) {
	for _, w := range planWords {
		set[w[0]] = true
	}
	return set
}()

// openers end with ":" and announce a list of targets: "ngành được giao
// các chỉ tiêu cơ bản như sau:".
var openers = []string{"được giao", "giao các chỉ tiêu", "mục tiêu", "phấn đấu", "đề xuất", "phương hướng", "chỉ tiêu cơ bản", "chỉ tiêu chủ yếu"}

// results in an opener or heading say the list reports what was achieved.
var results = []string{"kết quả", "tiến độ", "đạt", "đánh giá"}

// planHeads in the heading a figure sits under, or in the line that opens
// its bulleted list ("được giao các chỉ tiêu cơ bản như sau:"), make it a
// target. "kết quả" in the same heading wins: it reports results.
var planHeads = []string{"chỉ tiêu", "mục tiêu", "phương hướng", "giải pháp", "đề xuất", "kế hoạch năm", "nhiệm vụ năm"}

// sections knows, for every line of a text, whether its list or section
// is about targets and which year its heading (or the line that opens its
// bulleted list) names.
type sections struct {
	low   string     // lowerText of the text: "" when it cannot stand for it
	lines []lineInfo // one per line, in order

	planAt []Span // where the lower case of clause planCl has planWords
	planCl Span
	planIn bool // planAt is planCl's

	rats   rats      // the values of table cells, without intervals
	floats []float64 // the targets and percents of records, one slab for several texts: only appended to
	words  []Span    // scratch for cleanPhrase
	buf    []byte

	years    []yearMark // the years line yearLine-1 names, for yearNear
	yearLine int

	roles roleMemo // kept from text to text

	lastLine int // the last answer of line

	cells, above []string // tableRows' room for a row's cells and the row above
}

// lineInfo is what sections knows of a line.
type lineInfo struct {
	start  int    // byte offset of the line
	year   int    // the year of the nearest heading above that names one
	period period // and its wording
	plan   bool   // the line sits under a plan heading or opener
}

// period is the wording of a year, t[s:e]: offsets rather than a string,
// so that the lines hold no pointer and appending one needs no write
// barrier while the collector runs.
type period struct{ s, e int }

// periodIn is the span of p in t: p is a slice of t (yearIn's) or "", so
// its offset is read from the pointers; a p from elsewhere, which yearIn
// does not give today, is searched for instead of read out of bounds.
func periodIn(t, p string) period {
	if p == "" {
		return period{}
	}
	s := int(uintptr(unsafe.Pointer(unsafe.StringData(p))) - uintptr(unsafe.Pointer(unsafe.StringData(t))))
	if s < 0 || s > len(t)-len(p) || unsafe.StringData(t[s:]) != unsafe.StringData(p) {
		if s = strings.Index(t, p); s < 0 {
			return period{}
		}
	}
	return period{s, s + len(p)}
}

// of is the wording in t.
func (p period) of(t string) string { return t[p.s:p.e] }

// newSections reads the headings and list openers of t once, top down: a
// line ending with ":" that announces targets makes the bullets below it
// plans ("được giao các chỉ tiêu cơ bản như sau:"), a heading about
// targets makes its section plans, and "kết quả" in either wins: it
// reports results.
func newSections(t, low string) *sections {
	pl := new(sections)
	pl.reset(t, low)
	return pl
}

// reset makes pl the sections of t, keeping the room pl had.
func (pl *sections) reset(t, low string) {
	*pl = sections{low: low, lines: pl.lines[:0], planAt: pl.planAt[:0], rats: pl.rats, words: pl.words[:0], buf: pl.buf[:0], years: pl.years[:0], roles: pl.roles, cells: pl.cells[:0], above: pl.above[:0], floats: pl.floats}
	pl.rats.reuse()
	pl.rats.valueOnly = true // a row's record reads its cells' values only
	headingPlan, openerPlan := false, false
	headingYear, headingPeriod := 0, period{}
	openerYear, openerPeriod := 0, period{} // the year a list's opener names ("giao kế hoạch ... năm 2021, ...:")
	for start := 0; start <= len(t); {
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		li := lineInfo{start: start, year: headingYear, period: headingPeriod, plan: openerPlan || headingPlan}
		if openerYear != 0 {
			li.year, li.period = openerYear, openerPeriod
		}
		pl.lines = append(pl.lines, li)
		ls, le := trimmed(t, start, end)
		if line := t[ls:le]; line != "" && !bullet(line) {
			bs, be := ls, le // the line without "*_# " either side
			for bs < be && markByte[t[bs]] {
				bs++
			}
			for be > bs && markByte[t[be-1]] {
				be--
			}
			openerPlan, openerYear, openerPeriod = false, 0, period{}
			if t[bs:be] != "" && t[be-1] == ':' {
				l := pl.lower(t, bs, be)
				openerPlan = openerSet.in(l) && !resultSet.in(l)
				// an opener naming two years ("đánh giá năm 2021, đề xuất năm 2022:") says nothing
				if y, p := pl.yearIn(t, ls, le, false); y != 0 {
					if y2, _ := pl.yearIn(t, ls, le, true); y2 == y {
						openerYear, openerPeriod = y, periodIn(t, p)
					}
				}
			}
			if heading(line) {
				l := pl.lower(t, bs, be)
				headingPlan = planHeadSet.in(l) && !resultSet.in(l)
				y, p := pl.yearIn(t, ls, le, false)
				headingYear, headingPeriod = y, periodIn(t, p)
			}
		}
		start = end + 1
	}
}

// float is a pointer to v for a record's Target or Percent, from a slab
// rather than one allocation each.
func (pl *sections) float(v float64) *float64 {
	if len(pl.floats) == cap(pl.floats) {
		pl.floats = make([]float64, 0, 64)
	}
	pl.floats = append(pl.floats, v)
	return &pl.floats[len(pl.floats)-1]
}

// markByte marks the bytes "*_# " that dress a heading or opener.
var markByte = [256]bool{'*': true, '_': true, '#': true, ' ': true}

// trimmed is the span of strings.TrimSpace(t[s:e]).
func trimmed(t string, s, e int) (int, int) {
	if s < e && t[s] < utf8.RuneSelf && !asciiSpace[t[s]] && t[e-1] < utf8.RuneSelf && !asciiSpace[t[e-1]] {
		return s, e // most lines: nothing to trim
	}
	line := t[s:e]
	left := strings.TrimLeftFunc(line, unicode.IsSpace)
	s += len(line) - len(left)
	return s, s + len(strings.TrimRightFunc(left, unicode.IsSpace))
}

// isPlan reports whether the figure at pos states a target or plan: its
// clause says so before it, or its line sits under a plan opener or
// heading.
func (pl *sections) isPlan(t string, cl Span, pos int) bool {
	if k := pl.line(pos); k >= 0 && pl.lines[k].plan {
		return true // the line's heading or opener says so: the clause need not be read
	}
	from := max(cl.Start, pos-300)
	for from > cl.Start && from < len(t) && !isBoundary(t, from) {
		from--
	}
	return pl.saysPlan(t, cl, from, max(from, min(pos, len(t))))
}

// saysPlan reports whether one of planWords is in the lower case of
// t[i:j], within the clause cl: looked up among the places the clause
// has them, found once per clause rather than once per figure.
func (pl *sections) saysPlan(t string, cl Span, i, j int) bool {
	if len(pl.low) != len(t) {
		return containsAnyOf(vntext.Lower(t[i:j]), planWords)
	}
	if !pl.planIn || pl.planCl != cl {
		pl.planAt, pl.planCl, pl.planIn = pl.planAt[:0], cl, true
		low := pl.low[cl.Start:cl.End]
		// One pass for all the words (their order does not matter
		// below): at each byte that starts one, compare those.
		for k := 0; k < len(low); k++ {
			if !planStart[low[k]] {
				continue
			}
			for _, c := range planFirst[low[k]] {
				// every word has two bytes or more: most candidates
				// differ at the second
				if k+1 < len(low) && low[k+1] == c.b1 && strings.HasPrefix(low[k:], c.w) {
					pl.planAt = append(pl.planAt, Span{cl.Start + k, cl.Start + k + len(c.w)})
				}
			}
		}
	}
	for _, h := range pl.planAt {
		if h.Start >= i && h.End <= j {
			return true
		}
	}
	return false
}

// lower is vntext.Lower(t[i:j]) for rune boundaries i, j.
func (pl *sections) lower(t string, i, j int) string {
	if len(pl.low) == len(t) {
		return pl.low[i:j]
	}
	return vntext.Lower(t[i:j])
}

// line is the index of the line holding pos, or -1.
func (pl *sections) line(pos int) int {
	// A record asks for the line of its figure several times, and
	// records come in text order: the last answer is checked first.
	if k := pl.lastLine; k < len(pl.lines) && pl.lines[k].start <= pos && (k+1 == len(pl.lines) || pl.lines[k+1].start > pos) {
		return k
	}
	k := pl.searchLine(pos)
	if k >= 0 {
		pl.lastLine = k
	}
	return k
}

// searchLine is line by binary search.
func (pl *sections) searchLine(pos int) int {
	lo, hi := 0, len(pl.lines) // the first line starting past pos is in [lo, hi]
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); pl.lines[m].start <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// headingYear is the year named by the nearest heading above pos ("I.
// NHỮNG KẾT QUẢ NỔI BẬT NĂM 2020"), 0 when none does.
func (pl *sections) headingYear(t string, pos int) (int, string) {
	if k := pl.line(pos); k >= 0 {
		return pl.lines[k].year, pl.lines[k].period.of(t)
	}
	return 0, ""
}

// bullet reports whether a line is a list item: "- ...", "+ ...", "(3). ...".
func bullet(line string) bool {
	if line == "" {
		return false
	}
	switch line[0] {
	case '-', '+', '*', '(':
		return true
	}
	r, _ := utf8.DecodeRuneInString(line)
	return r == '•' || r == '–'
}

// heading reports whether a line looks like a section heading: markdown
// "#", a Roman or Arabic number ("II.", "2.", "2.1.") or all capitals,
// and short.
func heading(line string) bool {
	if len(line) > 200 {
		return false
	}
	if strings.HasPrefix(line, "#") {
		return true
	}
	s := line
	for len(s) > 0 && (s[0] == '*' || s[0] == '_' || s[0] == ' ') {
		s = s[1:]
	}
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == 'I' || s[i] == 'V' || s[i] == 'X' || s[i] == 'L' || s[i] == '.') {
		i++
	}
	if i > 0 && i < len(s) && s[i-1] == '.' && s[i] == ' ' {
		return true
	}
	// A capital is never an ASCII small letter, and no line has more
	// letters than bytes: once a tenth of the bytes are small letters,
	// no count below can reach nine capitals in ten letters.
	// The small letters are counted eight bytes at a time (a branch per
	// byte mispredicts on ordinary text); small only grows, so testing it
	// after each eight bytes exits as the byte-wise test did, a little
	// later.
	small, j := 0, 0
	for ; j+8 <= len(s); j += 8 {
		small += smallLetters(load64(s, j))
		if small*10 > len(s) {
			return false
		}
	}
	for ; j < len(s); j++ {
		if s[j]-'a' < 26 {
			small++
		}
	}
	if small*10 > len(s) {
		return false
	}
	letters, upper := 0, 0
	for i, r := range s {
		if (letters-upper)*9 > upper+len(s)-i {
			return false // too many small letters for the rest to make up
		}
		if r < rune(len(isLetterTab)) {
			if isLetterTab[r] {
				letters++
				if isUpperTab[r] {
					upper++
				}
			}
		} else if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 8 && upper*10 >= letters*9
}

// smallLetters counts the bytes 'a'-'z' of x.
func smallLetters(x uint64) int {
	ascii := ^x & hiBits
	h := x &^ hiBits // each byte below 0x80: adding to it carries into its own high bit only
	return bits.OnesCount64((h + (0x80-'a')*loBits) &^ (h + (0x80-'z'-1)*loBits) & ascii)
}

func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
