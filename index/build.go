package index

import (
	"strings"
	"sync"

	"baocao/vntext"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// analyzers gives the index's analyzers outside an open index, for query
// building and highlighting (the same definitions the mapping carries).
var analyzers = sync.OnceValues(func() (*mapping.IndexMappingImpl, error) {
	if err := register(); err != nil {
		return nil, err
	}
	return buildMapping()
})

// termsOf returns the terms analyzer makes of s, nil if it is unknown.
func termsOf(analyzer, s string) []string {
	im, err := analyzers()
	if err != nil {
		return nil
	}
	a := im.AnalyzerNamed(analyzer)
	if a == nil {
		return nil
	}
	var out []string
	for _, t := range a.Analyze([]byte(s)) {
		out = append(out, string(t.Term))
	}
	return out
}

// typedFolded reports whether s was typed without diacritics (then only
// the folded fields need searching: the exact ones hold nothing more).
func typedFolded(s string) bool { return vntext.Fold(s) == strings.ToLower(s) }

// buildQuery turns q into a bleve query: every group of q.Text must match
// (one of its terms), no excluded term may, and the filters must hold. It
// also returns what the hits' fragments should mark.
//
// df, when not nil, gives document frequencies, to leave out the exact
// clause of a word whose folded form stands for nothing else in the index.
func buildQuery(q Query, df docFreq) (query.Query, marks) {
	var must, should, mustNot []query.Query
	var mk marks
	var near []string    // folded words typed one after the other, for proximity
	var inTitle []string // positive words and phrases, to rank title matches
	groups := parseQuery(q.Text)
	for _, g := range groups {
		if g[0].not {
			mustNot = append(mustNot, g[0].query(true))
			continue
		}
		alts := make([]query.Query, 0, len(g))
		for _, t := range g {
			if t.kind == kindWord && !typedFolded(t.text) && df != nil {
				t.foldedOnly = onlySpelling(t.text, df)
			}
			alts = append(alts, t.query(false))
			mk.add(t)
			if t.kind == kindWord || t.kind == kindPhrase {
				inTitle = append(inTitle, t.text)
			}
		}
		if len(g) == 1 && g[0].kind == kindWord {
			near = append(near, termsOf(foldedAnalyzerName, g[0].text)...)
		}
		if len(alts) == 1 {
			must = append(must, alts[0])
		} else {
			must = append(must, bleve.NewDisjunctionQuery(alts...))
		}
	}
	// Words that also stand together as typed rank higher: "giai quyet viec
	// lam" puts the reports saying "giải quyết việc làm" before those that
	// only use the four words apart: all the pairs of neighbours, not a
	// positional phrase.
	if len(near) >= 2 && len(near) <= maxProximityWords {
		boost := proximityBoost
		if !typedFolded(q.Text) { // weigh it like the exact words
			boost *= exactBoost
		}
		pairs := make([]query.Query, 0, len(near)-1)
		for i := 1; i < len(near); i++ {
			pairs = append(pairs, boosted(termQuery(fieldTextPairs, pair(near[i-1], near[i])), boost))
		}
		should = append(should, conjunction(pairs))
	}
	if len(inTitle) > 0 {
		title := strings.Join(inTitle, " ")
		if w := termsOf(foldedAnalyzerName, title); len(w) == 1 {
			should = append(should, boosted(termQuery(fieldTitleFolded, w[0]), titleBoost))
		} else {
			m := bleve.NewMatchQuery(title)
			m.Analyzer = foldedAnalyzerName
			m.SetField(fieldTitleFolded)
			m.SetBoost(titleBoost)
			should = append(should, m)
		}
	}
	if strings.TrimSpace(q.Text) != "" && len(groups) == 0 {
		return bleve.NewMatchNoneQuery(), mk // only punctuation: nothing can match
	}
	must = append(must, q.filters()...)
	if len(must) == 0 {
		must = append(must, bleve.NewMatchAllQuery())
	}
	if len(must) == 1 && len(should) == 0 && len(mustNot) == 0 {
		return must[0], mk
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(must...)
	if len(should) > 0 {
		bq.AddShould(should...)
	}
	if len(mustNot) > 0 {
		bq.AddMustNot(mustNot...)
	}
	return bq, mk
}

// filters returns the metadata filters of q's fields.
func (q Query) filters() []query.Query {
	var out []query.Query
	for _, f := range []struct{ name, v string }{
		{"province", q.Province}, {"type", q.Type}, {"format", q.Format}, {"encoding", q.Encoding}, {"indicator", q.Indicator},
	} {
		if strings.TrimSpace(f.v) != "" {
			out = append(out, filterQuery(f.name, f.v))
		}
	}
	from, to := q.YearFrom, q.YearTo
	if q.Year != 0 {
		from, to = q.Year, q.Year
	}
	if from != 0 || to != 0 {
		out = append(out, yearQuery(from, to))
	}
	return out
}

// filterQuery matches documents whose metadata field name (a key of
// filterFields) has value v. Province and type compare folded ("lang son"
// finds "Lạng Sơn"), format and encoding in lower case, indicators as
// given.
func filterQuery(name, v string) query.Query {
	v = strings.TrimSpace(v)
	switch name {
	case "province":
		return termQuery(fieldProvinceKey, vntext.Fold(v))
	case "type":
		return termQuery(fieldTypeKey, vntext.Fold(v))
	case "format":
		return termQuery(fieldFormat, strings.ToLower(strings.TrimPrefix(v, ".")))
	case "encoding":
		return termQuery(fieldEncoding, strings.ToLower(v))
	case "indicator":
		return termQuery(fieldIndicators, v)
	case "year":
		if from, to, ok := yearRange(v); ok {
			return yearQuery(from, to)
		}
	}
	return bleve.NewMatchNoneQuery()
}

// yearQuery matches years from..to inclusive; 0 leaves that end open.
func yearQuery(from, to int) query.Query {
	var lo, hi *float64
	if from != 0 {
		f := float64(from)
		lo = &f
	}
	if to != 0 {
		t := float64(to)
		hi = &t
	}
	incl := true
	r := bleve.NewNumericRangeInclusiveQuery(lo, hi, &incl, &incl)
	r.SetField(fieldYear)
	return r
}

// conjunction is the conjunction of qs, or qs[0] alone: bleve's
// conjunction of one query scores exactly as the query does, at the cost of
// a searcher per hit.
func conjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewConjunctionQuery(qs...)
}

func termQuery(field, v string) query.Query {
	t := bleve.NewTermQuery(v)
	t.SetField(field)
	return t
}

func boosted(q query.Query, boost float64) query.Query {
	if b, ok := q.(query.BoostableQuery); ok {
		b.SetBoost(boost)
	}
	return q
}

// match is a match query of all the words of s in field, analysed with
// analyzer. One word is a term query: bleve would wrap its term in a
// conjunction of one, which scores the same (a sum of one score, a weight
// of one weight) but costs a searcher per hit, and keeps the conjunction
// above it from intersecting its terms' postings segment by segment.
func match(field, analyzer, s string, boost float64) query.Query {
	if w := termsOf(analyzer, s); len(w) == 1 {
		return boosted(termQuery(field, w[0]), boost)
	}
	m := bleve.NewMatchQuery(s)
	m.Analyzer = analyzer
	m.SetOperator(query.MatchQueryOperatorAnd)
	m.SetField(field)
	m.SetBoost(boost)
	return m
}

// query turns one term into a bleve query. A positive term matches the
// folded fields, and also the exact ones (boosted) when typed with
// diacritics, so "tăng" ranks "tăng" above "tầng". An excluded term
// matches one way only, as typed: "-tầng" must not exclude "tăng", while
// "-tang" excludes every spelling.
func (t term) query(excluded bool) query.Query {
	folded := typedFolded(t.text)
	exact := !folded && !t.foldedOnly
	foldedToo := !excluded || folded
	var alts []query.Query
	switch t.kind {
	case kindField:
		return filterQuery(t.field, t.text)
	case kindWord:
		if foldedToo {
			alts = append(alts, match(fieldTextFolded, foldedAnalyzerName, t.text, 1))
		}
		if exact {
			alts = append(alts, match(fieldText, exactAnalyzerName, t.text, exactBoost))
		}
	case kindPrefix:
		if foldedToo {
			alts = append(alts, prefixQuery(fieldTextFolded, vntext.Fold(t.text), 1))
		}
		if exact {
			if e := termsOf(exactAnalyzerName, t.text); len(e) == 1 {
				alts = append(alts, prefixQuery(fieldText, e[0], exactBoost))
			}
		}
	case kindPhrase:
		return phraseQuery(t.text, excluded)
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return bleve.NewDisjunctionQuery(alts...)
}

// docFreq returns the number of documents with term in field.
type docFreq func(field, term string) uint64

// onlySpelling reports whether the one word of s is, in the index, the only
// spelling of its folded form: every document with "viec" has "việc". The
// exact clause would then rank nothing differently, and costs a walk over
// as many postings as the folded one, so the query leaves it out.
func onlySpelling(s string, df docFreq) bool {
	e, f := termsOf(exactAnalyzerName, s), termsOf(foldedAnalyzerName, s)
	if len(e) != 1 || len(f) != 1 {
		return false
	}
	return df(fieldText, e[0]) == df(fieldTextFolded, f[0])
}

func prefixQuery(field, p string, boost float64) query.Query {
	q := bleve.NewPrefixQuery(p)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}

// phraseQuery matches the words of s next to each other, in order, in the
// title or text, through their folded word pairs: every pair must be there,
// which is the phrase for two words and very nearly for more. Typed with
// diacritics, the exact words rank it higher; excluded, they must be there
// too.
func phraseQuery(s string, excluded bool) query.Query {
	words := termsOf(foldedAnalyzerName, s)
	if len(words) < 2 {
		return term{kind: kindWord, text: s}.query(excluded)
	}
	pairs := make([]query.Query, 0, len(words)-1)
	for i := 1; i < len(words); i++ {
		pairs = append(pairs, termQuery(fieldTextPairs, pair(words[i-1], words[i])))
	}
	found := conjunction(pairs)
	if typedFolded(s) {
		return found
	}
	exact := match(fieldText, exactAnalyzerName, s, exactBoost)
	if excluded {
		return bleve.NewConjunctionQuery(found, exact)
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(found)
	bq.AddShould(exact)
	return bq
}
