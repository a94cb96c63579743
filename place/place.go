package place

import "strings"

// Province is a provincial-level unit: one of the 63 of 2008–2025, or a
// historical unit that preceded them.
type Province struct {
	Name        string   // canonical name, e.g. "Lạng Sơn", "Hồ Chí Minh", "Hà Tây"
	City        bool     // a centrally-run city (thành phố trực thuộc trung ương)
	Current2025 string   // the unit it lies in since 12 June 2025, "" when a historical unit was split between several
	Aliases     []string // spellings besides Name that Find and Lookup accept
	Historical  bool     // gone before 2024 (Hà Tây, Nghệ Tĩnh, ...)
	Years       string   // for a historical unit, when it existed: "1976–1991"
	Successors  []string // for a historical unit, the provinces of the 63-list it became
}

// District is a district-level unit (quận, huyện, thị xã, thành phố thuộc
// tỉnh) of one province.
type District struct {
	Name     string
	Province string // canonical name of its province (63-list)
}

type kind uint8

const (
	tinh kind = iota
	city
)

type provinceRow struct {
	name    string
	kind    kind
	current string
	aliases []string
}

type historicalRow struct {
	name       string
	years      string
	successors []string
	aliases    []string
}

var (
	provinces  []Province          // the 63, in table order
	historical []Province          // the historical units
	byKey      map[string]Province // folded key of every name and alias → unit
	byName     map[string]Province // canonical name → unit
	units2025  []string            // the 34 units, in order of first appearance
	districts  []District
)

func init() {
	byKey = map[string]Province{}
	byName = map[string]Province{}
	seen := map[string]bool{}
	for _, r := range provinceRows {
		p := Province{Name: r.name, City: r.kind == city, Current2025: r.current, Aliases: r.aliases}
		provinces = append(provinces, p)
		byName[p.Name] = p
		for _, s := range append([]string{r.name}, r.aliases...) {
			byKey[lookupKey(s)] = p
		}
		if !seen[r.current] {
			seen[r.current] = true
			units2025 = append(units2025, r.current)
		}
	}
	for _, r := range historicalRows {
		p := Province{Name: r.name, Historical: true, Years: r.years, Successors: r.successors, Aliases: r.aliases}
		p.Current2025 = commonCurrent(r.successors)
		historical = append(historical, p)
		byName[p.Name] = p
		for _, s := range append([]string{r.name}, r.aliases...) {
			byKey[lookupKey(s)] = p
		}
	}
	for _, r := range districtRows {
		for _, unit := range strings.Split(r.names, ";") {
			name, _, _ := strings.Cut(unit, "|")
			districts = append(districts, District{Name: name, Province: r.province})
		}
	}
	buildIndex()
	byExact = map[string]Province{}
	for _, s := range names(provinceRows, historicalRows) {
		if p, ok := byKey[lookupKey(s)]; ok {
			byExact[s] = p
		}
	}
}

// byExact holds Lookup's answer for every name and alias as the tables
// spell it: callers mostly look up a name Find returned, and folding it
// again costs more than the rest of the lookup.
var byExact map[string]Province

// names returns the names and aliases of the rows.
func names(ps []provinceRow, hs []historicalRow) []string {
	var out []string
	for _, r := range ps {
		out = append(append(out, r.name), r.aliases...)
	}
	for _, r := range hs {
		out = append(append(out, r.name), r.aliases...)
	}
	return out
}

// commonCurrent returns the 2025 unit all the given provinces lie in, or ""
// when they went to different units.
func commonCurrent(names []string) string {
	cur := ""
	for _, n := range names {
		p, ok := byKey[lookupKey(n)]
		if !ok || (cur != "" && p.Current2025 != cur) {
			return ""
		}
		cur = p.Current2025
	}
	return cur
}

// Lookup returns the province or historical unit called name, in any of the
// spellings Find accepts ("Hoà Bình", "hoa binh", "tỉnh Thanh Hoá", "TP.HCM",
// "Hà Tây"). Districts are not provinces: Lookup("Bác Ái") is false.
func Lookup(name string) (Province, bool) {
	if p, ok := byExact[name]; ok {
		return p, true
	}
	p, ok := byKey[lookupKey(name)]
	return p, ok
}

// Provinces returns the 63 provinces and centrally-run cities of 2008–2025.
func Provinces() []Province { return append([]Province(nil), provinces...) }

// Historical returns the provincial units that no longer existed in 2024.
func Historical() []Province { return append([]Province(nil), historical...) }

// Units2025 returns the names of the 34 provincial units created by Nghị
// quyết 202/2025/QH15.
func Units2025() []string { return append([]string(nil), units2025...) }

// Districts returns every district-level unit in the gazetteer.
func Districts() []District { return append([]District(nil), districts...) }

// lookupKey folds s to the token form the index uses and drops an
// administrative prefix, so "Tỉnh Thanh Hoá" and "thanh hoa" share a key.
func lookupKey(s string) string {
	d := tokenize(s)
	words := make([]string, 0, len(d.toks))
	for i := range d.toks {
		words = append(words, d.fold(i))
	}
	for _, q := range [][]string{{"tinh"}, {"thanh", "pho"}, {"tp"}, {"thu", "do"}} {
		if len(words) > len(q) && equalWords(words[:len(q)], q) {
			words = words[len(q):]
			break
		}
	}
	return strings.Join(words, " ")
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
