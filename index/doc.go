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
// A third analyzer, baocao_vi_pairs, folds like baocao_vi_folded and then
// (filter baocao_vi_pairs) turns the words into pairs of neighbours: "giải
// quyết việc làm" gives "giai quyet", "quyet viec", "viec lam". A phrase is
// then a conjunction of pair terms, not a positional match over every
// document holding its words; the index keeps no term positions.
//
// # Mapping
//
// Every document has the default type; nothing is indexed dynamically and
// there is no _all field, and no field keeps term vectors (positions,
// offsets). Fields (S = stored, DV = doc values for facets and sorting):
//
//	doc           keyword                        document id (also the bleve id)
//	title         not indexed        S           the title, for hits
//	title_folded  baocao_vi_folded               ranks title matches
//	file          keyword            S           path as given to import
//	province      keyword            S           the province, for hits
//	province_key  keyword                        vntext.Fold(province), the filter
//	year          numeric            S           the report's year, range filter
//	date          keyword            S    DV     YYYY-MM-DD, Sort "date"
//	type          keyword                        exact document type
//	type_key      keyword                        vntext.Fold(type), the filter
//	format        keyword                        "pdf", the filter
//	encoding      keyword                        "tcvn3", the filter
//	facets        keyword (array)         DV     every facet value, "year:2021",
//	                                             "province:Lạng Sơn"...
//	text          baocao_vi_exact                title and text, exact words (ranking)
//	text_folded   baocao_vi_folded               the same, folded (matching)
//	text_pairs    baocao_vi_pairs                the same, folded word pairs (phrases)
//	body          not indexed        S           the text, for fragments; absent
//	                                             with a TextSource
//	indicators    keyword (array)                indicator ids of the records
//	stamp         keyword            S           Stamp(d), for verify
//
// The facets live in one doc-values field because bleve reads the doc
// values of every hit for facets, field by field: one field instead of five
// halved the cost of a search matching most documents. The title is indexed
// inside the text fields (as a value of its own, so no pair spans title and
// text) so that one term per word matches a document.
//
// Empty values are not indexed, so facets never count "".
//
// # Query syntax
//
// Query.Text is read as follows (syntax.go; at most 64 terms):
//
//	lao động              both words, anywhere (space = AND)
//	"hộ nghèo" OR "cận nghèo"  either term: OR (upper case) joins the
//	                      terms on its sides and binds tighter than the
//	                      spaces, so hộ nghèo OR cận nghèo is
//	                      hộ AND (nghèo OR cận) AND nghèo
//	-tầng                 exclude documents with the word
//	"giải quyết việc làm" the words next to each other, in order ("…" too)
//	-"việc làm mới"       exclude the phrase
//	đào*                  words starting with "đào" (at least 2 letters)
//	province:"Lạng Sơn"   filter: province, compared folded ("lang son")
//	year:2021             filter: one year; also year:2019..2021,
//	                      year:2019-2021, year:>=2020, year:<=2020
//	type:"Báo cáo"        filter: document type, compared folded
//	format:pdf            filter: source format, in lower case
//	encoding:tcvn3        filter: detected legacy encoding
//	indicator:job_creation filter: documents with records of the indicator
//
// Filters combine with words and with each other: format:pdf OR
// format:docx, -format:pdf. A field name is recognised only before a colon
// with no space after it; other words with a colon ("10:30") are words. An
// unclosed quote runs to the end; a term without a letter or digit is
// dropped. A word, phrase or prefix typed without diacritics matches every
// spelling ("giai quyet" finds "giải quyết"); typed with diacritics it
// matches every spelling too, but documents with the diacritics as typed
// rank first ("tăng" before "tầng" and "tặng"). An exclusion matches as
// typed: "-tầng" keeps documents with "tăng", "-tang" drops every spelling.
//
// The Query fields Province, Year (or YearFrom..YearTo), Type, Format,
// Encoding and Indicator filter the same way as the field terms. Sort is
// "relevance" (the default) or "date" (newest first). Facets are counted
// only when Query.Facets is set (facets.go): from a table of each
// document's facet values, built from the facets field's postings once per
// index snapshot, as bleve's collector passes every hit.
//
// # Ranking
//
// A word matches in text_folded; typed with diacritics it is a
// disjunction with text (boost 4), so a match with the diacritics as typed
// scores in both: "tăng" ranks documents with "tăng" above those with only
// "tầng" or "tặng". Words typed next to each other add, as an optional
// clause, the conjunction of their pair terms in text_pairs (boost 2, times
// 4 when typed with diacritics; up to 8 words), so "giai quyet viec lam"
// ranks reports saying "giải quyết việc làm" before those using the four
// words apart. One optional clause over title_folded (boost 2) ranks
// documents with the words in their title higher. A phrase is the
// conjunction of its pairs; for three words or more the pairs may in rare
// cases stand apart ("a b" here, "b c" there). A query of filters only is
// not scored, and lists documents by id. A word typed with diacritics whose
// folded form has no other spelling in the index (every "viec" is "việc":
// same document frequency) leaves out its exact clause, which would rank
// nothing differently.
//
// # Cost
//
// bleve scores every hit, so a query matching most documents costs in
// proportion to the corpus: scoring is most of a search, then reading and
// marking the texts of the page of hits. Measured on 20,000 generated
// reports (62 MB of text; BenchmarkServeDir, CPU time per query, the
// queries of baocao bench): "lao động" took 59 ms when bleve counted the
// facets from doc values (40 % of it); counted from the facet table
// (facets.go) they are a few array increments per hit, and the search
// took 27 ms, then 16-18 ms once serve stopped collecting garbage every
// query or two (GOGC). A relevance-sorted search is also cut into ranges of
// documents searched in parallel, one per CPU (collect.go), with the same
// scores and order as one bleve collector, and the page's texts are read
// and marked in parallel: this shortens the wait, not the CPU.
//
// Scoring itself no longer goes through bleve's searchers for the queries
// buildQuery makes of words and phrases (plan.go, cursor.go): a plan of
// the query's terms, conjunctions, disjunctions and boolean queries walks
// the segments' postings with cursors and computes bleve's TF-IDF score
// operation for operation (same query norm, coord and order of the sums),
// so hits, scores (to the bit), order, totals and facets are bleve's
// (TestPlanScores compares them on hundreds of queries). bleve's searchers
// pass a DocumentMatch through every level of the query for every posting,
// which was two thirds of the cost of scoring; the plan's search of "lao
// động" is 2.5 times cheaper (BenchmarkRelevanceDir: about 5.5 ms of CPU
// against 14 at 20,000 reports). Prefixes, year ranges, match-all and a
// phrase typed with diacritics beside other terms (a boolean query inside a
// conjunction of several parts, where bleve drops some should matches, see
// planOf) still run on bleve's searchers. What is left of a GET
// /api/search of a common word (BenchmarkAPISearchDir, about 11-13 ms of
// CPU): reading the postings (zap) a third, reading the page's texts from
// the store a quarter (inflating the document record and the text), the
// cursors' own work a sixth, marking the words for fragments a tenth.
//
// Two more remedies: Search keeps the results of the last 512 distinct
// queries (emptied by every Commit, Delete and Reset; a read-only index
// cannot change underneath), as the web UI asks the same query again for
// pages, facet clicks and reloads; and Compact merges the segments a long
// import leaves behind (8 segments to 1 cut another 10-20 % at 20,000
// reports).
//
// # Memory
//
// scorch reads segments through read-only mappings of their files, and
// every page a merge or a search touched stays in the process's resident
// set while the segment is open. An import calls ReleasePagesEvery: every
// 50 ms the pages of the current snapshot's segment files are dropped from
// the resident set (madvise, release_linux.go); they stay in the page cache.
//
// # Fragments
//
// The index keeps no term locations. Fragments are cut from the text of
// each returned hit (one page), analysed again with a hand-written word scan
// that folds like baocao_vi_folded, with MarkStart/MarkEnd ("<mark>",
// "</mark>") around each matched word, prefix and whole phrase (at most the
// first 256 kB of a text are scanned). They are plain text, not HTML:
// escape them before putting them in a page (HTMLFragment does, keeping the
// marks).
//
// The text comes from the index's stored body field by default. A caller
// that keeps the texts elsewhere (the record store) calls SetTextSource
// right after opening: the index then stores no text, which makes it much
// smaller, and asks the source for the texts of the hits it returns.
package index
