package place

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind says what a Mention names.
type Kind uint8

const (
	KindProvince   Kind = iota + 1 // one of the 63 provinces
	KindHistorical                 // a historical provincial unit (Hà Tây, Nghệ Tĩnh, ...)
	KindDistrict                   // a district-level unit
)

func (k Kind) String() string {
	switch k {
	case KindProvince:
		return "province"
	case KindHistorical:
		return "historical"
	case KindDistrict:
		return "district"
	}
	return "unknown"
}

// Mention is one place name found in a text.
type Mention struct {
	Start, End  int    // byte span of the name in the text, without "tỉnh", "huyện", ...
	Text        string // text[Start:End]
	Kind        Kind
	Name        string   // canonical name of the unit named
	Province    string   // the provincial unit named or containing the district; "" when a district name is shared by several provinces
	Candidates  []string // for a district, every province having a unit of that name
	Current2025 string   // the 2025 unit Province lies in, when known
	Qualified   bool     // written after an administrative word: "tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã"
	Weak        bool     // could be something else: an unqualified district, single-syllable or "Hồ Chí Minh" name (a person, a common word)
}

type target struct {
	kind     Kind
	name     string
	province string // for a district
	spell    string // toneKey of the spelling
	caps     []bool // which words of the spelling start with a capital
	abbrev   bool   // must be written with a word in capitals
	person   bool   // the spelling is also a person's name ("Hồ Chí Minh")
}

type entry struct {
	words   []string
	targets []target
}

// groups maps the first folded word of every spelling to its entries
// split by their second word: Find tries at each word only the entries
// its next word can start ("thanh hoa", not the thirty other "thanh ...").
var groups map[string]*group

type group struct {
	word   string
	next   map[string][]*entry // entries of two words or more by their second word, longest first
	nextIn uint64              // bit hashWord(w)%64 set for every word w of next
	single *entry              // the entry of this one word
}

// groupTable is groups as an open-addressing table on hashWord, probed
// with the hash tokenize computed: most words of a report start no name,
// and a map would hash each of them again.
var groupTable []slot

type slot struct {
	hash uint32
	g    *group
}

func groupOf(d *doc, i int) *group {
	h := d.toks[i].hash
	mask := uint32(len(groupTable) - 1)
	for k := h & mask; groupTable[k].g != nil; k = (k + 1) & mask {
		if s := groupTable[k]; s.hash == h && s.g.word == d.fold(i) {
			return s.g
		}
	}
	return nil
}

func buildIndex() {
	byKey := map[string]*entry{}
	add := func(spelling string, t target) {
		d := tokenize(spelling)
		if len(d.toks) == 0 {
			return
		}
		words := make([]string, len(d.toks))
		t.caps = make([]bool, len(d.toks))
		for i, tk := range d.toks {
			words[i] = d.fold(i)
			r, _ := utf8.DecodeRuneInString(spelling[tk.start:])
			t.caps[i] = unicode.IsUpper(r)
		}
		t.spell = toneKey(spelling)
		key := strings.Join(words, " ")
		e := byKey[key]
		if e == nil {
			e = &entry{words: words}
			byKey[key] = e
		}
		e.targets = append(e.targets, t)
	}
	for _, p := range provinces {
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			add(s, target{kind: KindProvince, name: p.Name, abbrev: abbreviations[s], person: s == "Hồ Chí Minh"})
		}
	}
	for _, p := range historical {
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			add(s, target{kind: KindHistorical, name: p.Name, abbrev: abbreviations[s]})
		}
	}
	for _, r := range districtRows {
		for _, unit := range strings.Split(r.names, ";") {
			spellings := strings.Split(unit, "|")
			for _, s := range spellings {
				add(s, target{kind: KindDistrict, name: spellings[0], province: r.province})
			}
		}
	}
	// The entries by their first word, longest first, so Find prefers
	// "Hà Nam Ninh" to "Hà Nam".
	index := map[string][]*entry{}
	for _, e := range byKey {
		index[e.words[0]] = append(index[e.words[0]], e)
	}
	for _, es := range index {
		sort.Slice(es, func(i, j int) bool {
			if len(es[i].words) != len(es[j].words) {
				return len(es[i].words) > len(es[j].words)
			}
			return strings.Join(es[i].words, " ") < strings.Join(es[j].words, " ")
		})
	}
	groups = map[string]*group{}
	for w, es := range index {
		g := &group{word: w, next: map[string][]*entry{}}
		for _, e := range es {
			if len(e.words) == 1 {
				g.single = e
			} else {
				g.next[e.words[1]] = append(g.next[e.words[1]], e)
				g.nextIn |= 1 << (hashWord(e.words[1]) % 64)
			}
		}
		groups[w] = g
	}
	size := 1
	for size < 4*len(groups) {
		size *= 2
	}
	groupTable = make([]slot, size)
	for w, g := range groups {
		h := hashWord(w)
		k := h & uint32(size-1)
		for groupTable[k].g != nil {
			k = (k + 1) & uint32(size-1)
		}
		groupTable[k] = slot{h, g}
	}
}

// Find returns the place names in text, in order, without overlaps; at each
// position the longest name wins. Matching is on folded words, so spellings
// without diacritics or with the old tone placement are found, but a name
// written with diacritics must have the right ones, each word of a proper
// name must start with a capital as the gazetteer writes it, and an
// abbreviation (HN, TP.HCM, BR-VT) must be in capitals. A name right after a
// common surname or middle name (Nguyễn Long Biên, Lê Thái Bình) is a
// person and is skipped. Find is safe for concurrent use.
func Find(text string) []Mention {
	pt := tokenPool.Get().(*[]token)
	d := appendTokens((*pt)[:0], text)
	defer func() {
		if cap(d.toks) <= 1<<17 { // a 256 KB body; keep no more
			*pt = d.toks[:0]
			tokenPool.Put(pt)
		}
	}()
	var out []Mention
	for i := 0; i < len(d.toks); {
		g := groupOf(&d, i)
		if g == nil {
			i++ // most words: no name starts with them
			continue
		}
		m, n := matchGroup(&d, i, g)
		if n == 0 {
			i++
			continue
		}
		out = append(out, m)
		i += n
	}
	return out
}

// tokenPool holds token slices for Find: a report has a word every five
// bytes, and Find needs them only while it runs.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// matchGroup tries every spelling that starts at word i, whose group is
// g, longest first, and returns the mention and the number of words it
// covers (0 for none).
func matchGroup(d *doc, i int, g *group) (Mention, int) {
	if i+1 < len(d.toks) && g.nextIn&(1<<(d.toks[i+1].hash%64)) != 0 {
		for _, e := range g.next[d.fold(i+1)] {
			if m, n, done := tryEntry(d, i, e); done {
				return m, n
			}
		}
	}
	if g.single != nil {
		if m, n, done := tryEntry(d, i, g.single); done {
			return m, n
		}
	}
	return Mention{}, 0
}

// tryEntry tries the spelling e at word i; done says whether matchAt has
// its answer (a mention, or none for a person's name).
func tryEntry(d *doc, i int, e *entry) (m Mention, n int, done bool) {
	text, toks := d.text, d.toks
	n = len(e.words)
	if i+n > len(toks) || !wordsAt(d, i, e.words) {
		return Mention{}, 0, false
	}
	span := text[toks[i].start:toks[i+n-1].end]
	cands := verify(e.targets, span, toks[i:i+n], text)
	if len(cands) == 0 {
		return Mention{}, 0, false
	}
	q := qualifierBefore(d, i)
	if q == qualNone && personBefore(d, i) {
		return Mention{}, 0, true
	}
	m = mention(cands, q)
	m.Start, m.End, m.Text = toks[i].start, toks[i+n-1].end, span
	m.Qualified = q != qualNone
	return m, n, true
}

// wordsAt reports whether the words at i are words, joined tightly.
func wordsAt(d *doc, i int, words []string) bool {
	for k, w := range words {
		if d.fold(i+k) != w {
			return false
		}
		if k > 0 && !tight(d.text[d.toks[i+k-1].end:d.toks[i+k].start]) {
			return false
		}
	}
	return true
}

// verify keeps the targets whose spelling the span can be: the same tones
// when it has diacritics, capitals where the name has them.
func verify(ts []target, span string, words []token, text string) []target {
	marks := hasMarks(span)
	key := ""
	if marks {
		key = toneKey(span)
	}
	var out []target
	for _, t := range ts {
		if marks && t.spell != key {
			continue
		}
		if !capsMatch(t, words, text) {
			continue
		}
		out = append(out, t)
	}
	return out
}

func capsMatch(t target, words []token, text string) bool {
	upperWord := false
	for k, w := range words {
		word := text[w.start:w.end]
		r, _ := utf8.DecodeRuneInString(word)
		if t.caps[k] && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		if len(word) >= 2 && strings.ToUpper(word) == word {
			upperWord = true
		}
	}
	return !t.abbrev || upperWord
}

// mention chooses among the targets of one spelling by the administrative
// word before it: "huyện Quảng Ninh" is in Quảng Bình, "tỉnh Quảng Ninh" is
// the province, and a bare name is the province.
func mention(ts []target, q qual) Mention {
	var prov, dist []target
	for _, t := range ts {
		if t.kind == KindDistrict {
			dist = append(dist, t)
		} else {
			prov = append(prov, t)
		}
	}
	useDistrict := len(prov) == 0
	if len(dist) > 0 && len(prov) > 0 {
		switch q {
		case qualDistrict:
			useDistrict = true
		case qualCity:
			p := byName[prov[0].name]
			useDistrict = !p.City
		}
	}
	if !useDistrict {
		t := prov[0]
		p := byName[t.name]
		return Mention{Kind: t.kind, Name: t.name, Province: t.name, Current2025: p.Current2025,
			Weak: q == qualNone && (t.person || len(t.caps) == 1 && !t.abbrev)}
	}
	m := Mention{Kind: KindDistrict, Name: dist[0].name, Weak: q == qualNone}
	for _, t := range dist {
		if !contains(m.Candidates, t.province) {
			m.Candidates = append(m.Candidates, t.province)
		}
	}
	if len(m.Candidates) == 1 {
		m.Province = m.Candidates[0]
		p := byName[m.Province]
		m.Current2025 = p.Current2025
	}
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
