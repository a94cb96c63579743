// Package index is baocao's full-text index of the imported documents, for
// `baocao search` and the web UI. It is the only package that imports bleve.
// The index is derived data: the record store (package store) holds the
// documents, and `baocao reindex` rebuilds the index from it (Reset, then a
// Batch of Add over store.ForEach).
//
// The index lives in its own folder (by convention DATA/index, beside but not
// holding the store's bbolt file). bleve's scorch engine keeps a root.bolt in
// it, opened with a one-second lock timeout, so a second process gets
// ErrLocked instead of blocking. OpenReadOnly takes a shared lock, for
// commands that only search; several may run at once, but not beside a
// writer. An index built with other analysis fails to open with ErrStale
// (Remove or Reset it, then reindex).
//
// # Analysis
//
// Vietnamese writes one syllable per space-separated word, so bleve's unicode
// tokenizer (UAX #29 word boundaries) gives syllables; numbers such as
// "28.101" and "73,95" stay one token. bleve's standard analyzer is not used:
// its English stop-word list ("an", "do", "in", "the"...) deletes Vietnamese
// syllables ("an ninh", "tự do", "in ấn"). Two analyzers, both built from
// the unicode tokenizer and the to_lower filter, plus a filter of ours:
//
//	baocao_vi_exact   + vntext.Canonical (filter baocao_vi_exact): NFC with
//	                  the tone mark where the new style puts it. Terms keep
//	                  their diacritics ("việc", "làm", "28.101"), but "hòa"
//	                  and "hoà", "thủy" and "thuỷ" are one term.
//	baocao_vi_folded  + vntext.Fold (filter baocao_vi_fold). Terms lose their
//	                  diacritics and đ becomes d: "viec", "lam"; "hoà" and
//	                  "hòa" both give "hoa".
//
// Folding is a token filter, not a char filter, so every term keeps the byte
// offsets of the original letters and highlights of folded matches land on
// the right text. The filters are stateless (safe for bleve's concurrent
// analysis; each memoises its function per syllable) and registered with
// bleve's registry by register(), which Open and Create call first; the
// mapping names them, and bleve stores that mapping in the index folder.
//
// # Mapping
//
// Every document has the default type; nothing is indexed dynamically and
// there is no _all field. Fields (S = stored, TV = term vectors with
// positions and offsets, DV = doc values for facets):
//
//	doc           keyword                        document id (also the bleve id)
//	title         baocao_vi_exact    S TV
//	title_folded  baocao_vi_folded     TV
//	file          keyword            S           path as given to import
//	province      keyword            S    DV     facet "province": "Lạng Sơn"
//	province_key  keyword                        vntext.Fold(province), the filter
//	year          numeric            S           the report's year, range filter
//	year_key      keyword                 DV     facet "year": "2021"
//	date          keyword            S           YYYY-MM-DD
//	type          keyword                 DV     facet "type": "Báo cáo"
//	format        keyword                 DV     facet "format": "pdf"
//	encoding      keyword                 DV     facet "encoding": "tcvn3"
//	text          baocao_vi_exact    S TV        the stored text, for fragments
//	text_folded   baocao_vi_folded     TV        the same text, folded, not stored
//	indicators    keyword (array)         DV     indicator ids of the records
//
// Empty values are not indexed, so facets never count "".
//
// # Queries
//
// A query text is split into words and "quoted phrases" (a leading - excludes
// one); every clause must match. Each clause is a disjunction over text
// (boost 4), text_folded (1), title (8) and title_folded (2), each analysed
// with its field's analyzer, so "giai quyet viec lam" matches through
// text_folded, and a match with the typed diacritics also scores through
// text: "tăng" ranks documents with "tăng" above those with only "tầng" or
// "tặng". Phrases need the term vectors' positions; without them a phrase
// query silently finds nothing.
//
// Fragments are cut from the stored text around the merged locations of the
// text and text_folded matches, with MarkStart/MarkEnd ("<mark>", "</mark>")
// around each match. They are plain text, not HTML: escape them before
// putting them in a page (HTMLFragment does, keeping the marks).
package index
