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
	"golang.org/x/text/unicode/norm"
)

// Names under which the analysis pieces are registered with bleve, and used
// by the mapping (mapping.go). The index metadata stores these names, so they
// must not change without bumping analysisVersion.
const (
	exactFilterName    = "baocao_vi_exact"
	foldFilterName     = "baocao_vi_fold"
	exactAnalyzerName  = "baocao_vi_exact"
	foldedAnalyzerName = "baocao_vi_folded"
)

// analysisVersion names what the analyzers produce. An index built with
// another version holds other terms and must be rebuilt (ErrStale).
const analysisVersion = "vi-1"

// exactFilter turns each token into the form the exact field indexes: NFC
// (stored text already is; a query typed with combining marks is not). The
// lowercase filter before it maps case; lowering and composing commute for
// Vietnamese letters. Tone placement ("hoà"/"hòa") is kept as written: the
// folded field unifies the two.
//
// It keeps the token's byte offsets, which point into the original text, so
// highlights stay right. It is stateless and so safe for the concurrent use
// bleve makes of it (unlike a transform.Chain).
type exactFilter struct{}

func (exactFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if !isASCII(t.Term) && !norm.NFC.IsNormal(t.Term) {
			t.Term = norm.NFC.Bytes(t.Term)
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
			t.Term = fold(t.Term)
		}
	}
	return input
}

// foldCache remembers the folded form of syllables: Vietnamese text uses a
// few thousand distinct syllables over and over, and vntext.Fold decomposes
// rune by rune, which made it a third of indexing time. The cache stops
// growing at foldCacheMax entries, so hostile input cannot fill memory.
var (
	foldCache     sync.Map // string → []byte
	foldCacheSize atomic.Int64
)

const foldCacheMax = 1 << 16

func fold(term []byte) []byte {
	if v, ok := foldCache.Load(string(term)); ok {
		return v.([]byte)
	}
	f := slices.Clip([]byte(vntext.Fold(string(term))))
	if foldCacheSize.Load() < foldCacheMax {
		if _, loaded := foldCache.LoadOrStore(string(term), f); !loaded {
			foldCacheSize.Add(1)
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
		for name, f := range map[string]analysis.TokenFilter{exactFilterName: exactFilter{}, foldFilterName: foldFilter{}} {
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
}
