package extract

import "strings"

// wordIndex stands for a map from short words to V where it is asked for
// nearly every figure: a bucket chosen by the word's length and first and
// last bytes holds the few words to compare in full, without hashing the
// whole word.
type wordIndex[V any] struct {
	buckets [128][]wordEntry[V]
}

type wordEntry[V any] struct {
	w string
	v V
}

func bucketOf(w string) int { return (len(w)*7 + int(w[0])*3 + int(w[len(w)-1])) & 127 }

// indexOf is the index of m; keep reports which entries to take.
func indexOf[V any](m map[string]V, keep func(V) bool) *wordIndex[V] {
	x := new(wordIndex[V])
	for w, v := range m {
		if w != "" && (keep == nil || keep(v)) {
			b := bucketOf(w)
			x.buckets[b] = append(x.buckets[b], wordEntry[V]{w, v})
		}
	}
	return x
}

// get is m[w] and whether w is a key, as the map would answer.
func (x *wordIndex[V]) get(w string) (v V, ok bool) {
	if w == "" {
		return v, false
	}
	for _, e := range x.buckets[bucketOf(w)] {
		if e.w == w {
			return e.v, true
		}
	}
	return v, false
}

// has is m[w] for a set.
func (x *wordIndex[V]) has(w string) bool {
	_, ok := x.get(w)
	return ok
}

func isTrue(b bool) bool { return b }

// The indexes of the word maps asked per figure. No map has the key "",
// so get("") answers as they do.
var (
	trailingIdx      = indexOf(trailing, isTrue)
	docWordsIdx      = indexOf(docWords, isTrue)
	lastOfDocPairIdx = indexOf(lastOfDocPair, isTrue)
	lastOfPairIdx    = indexOf(lastOfPair, isTrue)
	qualWordsIdx     = indexOf(qualWords, nil)
)

// phraseSet stands for containsAnyOf(s, phrases) for a fixed list: one
// pass over s, comparing the phrases that start with each byte and go on
// with the next, rather than one search of s per phrase.
type phraseSet struct {
	first [256][]phrase
}

// phrase is a phrase of a set with its second byte: every phrase has
// two bytes or more, and most candidates differ there.
type phrase struct {
	w  string
	b1 byte
}

func phrasesOf(phrases []string) *phraseSet {
	p := new(phraseSet)
	for _, w := range phrases {
		if len(w) < 2 {
			panic("extract: a phrase of one byte: " + w) // the lists are fixed: found by any test
		}
		p.first[w[0]] = append(p.first[w[0]], phrase{w, w[1]})
	}
	return p
}

// in reports whether s contains one of the phrases.
func (p *phraseSet) in(s string) bool {
	for k := 0; k+1 < len(s); k++ { // no phrase starts at the last byte
		for _, c := range p.first[s[k]] {
			if s[k+1] == c.b1 && strings.HasPrefix(s[k:], c.w) {
				return true
			}
		}
	}
	return false
}

// The phrase lists newSections looks for in every heading and opener.
var planHeadSet, resultSet, openerSet = phrasesOf(planHeads), phrasesOf(results), phrasesOf(openers)
