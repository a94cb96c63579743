package indicator

import "strings"

// rule is one phrasing of one indicator, as folded words.
type rule struct {
	ind   int
	words []string
	weak  bool
	unit  string // taxonomy[ind].Unit(), for the score
}

// weak phrasings name their indicator only when nothing more specific is
// said: "số người nghiện có hồ sơ quản lý" counts addicts, not dossiers.
var weak = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"hồ sơ", "thủ tục", "trực tuyến", "đúng hạn", "trước hạn", "kiểm tra", "văn bản",
		"ban hành", "nghèo", "trẻ em", "phụ nữ", "huấn luyện", "kiểm định", "chứng chỉ", "sau đào tạo", "tuyển mới",
		"tuyển sinh", "trung cấp", "cao đẳng", "sơ cấp", "dịch bệnh", "đại dịch", "thất nghiệp", "công chức",
		"viên chức", "danh hiệu", "thi đua", "tuyên truyền", "bồi dưỡng", "điều dưỡng", "chết người", "người chết",
		"đã đào tạo", "được đào tạo", "người nghèo", "khuyết tật", "bổ nhiệm", "nghỉ hưu", "làm nhà", "nhà ở"} {
		m[strings.Join(words(p), " ")] = true
	}
	return m
}()

// none marks a rule that names no indicator.
const none = -1

// blockers are phrasings that name something else and hide the
// indicators whose words they contain: "Trường Cao đẳng" is a school, not
// the enrolment at its level.
var blockers = []string{"trường cao đẳng", "trường trung cấp", "trường đại học", "trường sơ cấp",
	"cao đẳng đại học", "cao đẳng, đại học", "đại học cao đẳng", "đại học, cao đẳng", "cao đẳng và đại học"}

// rules are indexed by their first word.
var rules = func() map[string][]rule {
	m := map[string][]rule{}
	add := func(i int, p string) {
		if w := words(p); len(w) > 0 {
			r := rule{ind: i, words: w, weak: weak[strings.Join(w, " ")]}
			if i != none {
				r.unit = taxonomy[i].Unit()
			}
			m[w[0]] = append(m[w[0]], r)
		}
	}
	for i, ind := range taxonomy {
		for _, p := range ind.Phrases {
			add(i, p)
		}
	}
	for _, p := range blockers {
		add(none, p)
	}
	return m
}()

// ruleTable is rules for lookups, each word's blockers apart from its
// indicators' rules: best looks for the blockers first.
var ruleTable = func() *wordTable[*ruleSet] {
	m := map[string]*ruleSet{}
	for w, rs := range rules {
		set := new(ruleSet)
		second := map[string][]rule{}
		for _, r := range rs {
			switch {
			case r.ind == none:
				set.blockers = append(set.blockers, r)
			case len(r.words) == 1:
				set.one = append(set.one, r)
			default:
				second[r.words[1]] = append(second[r.words[1]], r)
				if len(r.words[1]) >= 5 {
					set.fuzzy = append(set.fuzzy, r)
				}
			}
		}
		set.second = newWordTable(second)
		m[w] = set
	}
	return newWordTable(m)
}()

// ruleSet is the rules starting with one word, in their order in rules,
// its indicators' rules parted by their second word: a phrase's next word
// rules out most of them at once, where trying each costs a compare of
// every word.
type ruleSet struct {
	blockers []rule
	one      []rule             // rules of one word
	second   *wordTable[[]rule] // rules of more words, by their second word
	fuzzy    []rule             // rules of more words whose second word may be written with a typo (five letters or more)
}
