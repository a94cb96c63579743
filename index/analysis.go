package index

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"baocao/vntext"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// Names under which the analysis pieces are registered with bleve, and used
// by the mapping (mapping.go). The index metadata stores these names, so they
// must not change without bumping analysisVersion.
const (
	exactFilterName    = "baocao_vi_exact"
	foldFilterName     = "baocao_vi_fold"
	pairsFilterName    = "baocao_vi_pairs"
	exactAnalyzerName  = "baocao_vi_exact"
	foldedAnalyzerName = "baocao_vi_folded"
	pairsAnalyzerName  = "baocao_vi_pairs"
)

// analysisVersion names what the analyzers produce. An index built with
// another version holds other terms and must be rebuilt (ErrStale).
// vi-2: the exact field canonicalises tone placement.
// vi-3: a stored stamp field (Stamp) for verify.
// vi-4: no term vectors; folded word pairs for phrases; the title in the
// text fields; one doc-values field for all facets; the
// text stored apart (body) or not at all (SetTextSource).
const analysisVersion = "vi-4"

// exactFilter turns each token into the form the exact field indexes:
// vntext.Canonical, which is NFC (stored text already is; a query typed
// with combining marks is not) with the tone mark where the new style puts
// it, so "hòa" and "hoà", "thủy" and "thuỷ" are one term while "hoà" and
// "hoa" stay apart. The lowercase filter before it maps case.
//
// It keeps the token's byte offsets, which point into the original text, so
// highlights stay right. It is stateless apart from a concurrency-safe
// cache, so safe for the concurrent use bleve makes of it (unlike a
// transform.Chain).
type exactFilter struct{}

func (exactFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if !isASCII(t.Term) {
			t.Term = canonicalMemo.apply(t.Term)
		}
	}
	return input
}

// foldFilter turns each token into its diacritic-free form with vntext.Fold
// ("Động" → "dong", "hoà" and "hòa" → "hoa"). Folding is a token filter, not
// a char filter, so that offsets still point at the original letters.
type foldFilter struct{}

func (foldFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if !isASCII(t.Term) { // ASCII is already folded: to_lower ran before
			t.Term = foldMemo.apply(t.Term)
		}
	}
	return input
}

// pairsFilter turns a token stream into its pairs of neighbours, "viec
// lam" for "việc làm" after folding: a phrase of n words is then n-1 term
// lookups instead of a positional phrase match over every document holding
// the words, which made phrases the slowest queries. A pair spans both
// words, so its offsets cover them.
type pairsFilter struct{}

func (pairsFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	if len(input) < 2 {
		return input[:0]
	}
	out := make(analysis.TokenStream, 0, len(input)-1)
	for i := 1; i < len(input); i++ {
		a, b := input[i-1], input[i]
		term := make([]byte, 0, len(a.Term)+1+len(b.Term))
		term = append(append(append(term, a.Term...), ' '), b.Term...)
		out = append(out, &analysis.Token{Term: term, Start: a.Start, End: b.End, Position: i, Type: a.Type})
	}
	return out
}

// pair is the term pairsFilter makes of two folded words.
func pair(a, b string) string { return a + " " + b }

// memo remembers fn for each syllable: Vietnamese text uses a few thousand
// distinct syllables over and over, and vntext.Fold decomposes rune by rune,
// which made it a third of indexing time. A memo stops growing at memoMax
// entries, so hostile input cannot fill memory. Safe for concurrent use.
type memo struct {
	fn   func(string) string
	m    sync.Map // string → []byte
	size atomic.Int64
}

const memoMax = 1 << 16

var (
	foldMemo      = &memo{fn: vntext.Fold}
	canonicalMemo = &memo{fn: vntext.Canonical}
)

// apply returns fn(term). The result may be shared with other tokens:
// nothing after these filters modifies a term in place.
func (c *memo) apply(term []byte) []byte {
	if v, ok := c.m.Load(string(term)); ok {
		return v.([]byte)
	}
	f := slices.Clip([]byte(c.fn(string(term))))
	if c.size.Load() < memoMax {
		if _, loaded := c.m.LoadOrStore(string(term), f); !loaded {
			c.size.Add(1)
		}
	}
	return f
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var registerOnce sync.Once
var registerErr error

// register adds baocao's filters to bleve's global registry. bleve looks
// analyzers up by name when it opens an index, so this runs before every
// Open and Create; the registry rejects a second registration, hence the Once.
func register() error {
	registerOnce.Do(func() {
		filters := map[string]analysis.TokenFilter{exactFilterName: exactFilter{}, foldFilterName: foldFilter{}, pairsFilterName: pairsFilter{}}
		for name, f := range filters {
			f := f
			err := registry.RegisterTokenFilter(name, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
				return f, nil
			})
			if err != nil {
				registerErr = fmt.Errorf("index: register %s: %w", name, err)
				return
			}
		}
	})
	return registerErr
}

// analyzerConfigs are the two analyzers, as custom analyzer definitions the
// mapping carries (and bleve saves with the index). bleve's standard analyzer
// is not used: its English stop words ("an", "do", "in", ...) would drop
// Vietnamese syllables ("an ninh", "tự do", "in ấn").
var analyzerConfigs = map[string]map[string]any{
	exactAnalyzerName: {
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{lowercase.Name, exactFilterName},
	},
	foldedAnalyzerName: {
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{lowercase.Name, foldFilterName},
	},
	pairsAnalyzerName: {
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{lowercase.Name, foldFilterName, pairsFilterName},
	},
}
