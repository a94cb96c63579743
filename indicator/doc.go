// Package indicator is baocao's taxonomy of the indicators Vietnamese
// labour, invalids and social-affairs reports carry: job creation, labour
// export, vocational enrolment, poverty rate, social insurance coverage and
// some forty more. Each Indicator has a stable snake_case id ("job_creation",
// "poverty_rate"), its Vietnamese and English names, the unit kinds its
// figures come in and the phrasings reports use for it.
//
// extract names a record's indicator with the words the report wrote
// ("Giải quyết việc làm", "toàn tỉnh đã giải quyết việc làm"); this package
// maps such a phrase to an id so figures from different reports, provinces
// and years can be compared. The importer sets Record.IndicatorID with
// Assign over a document's records; a record it cannot name keeps only its
// text.
//
// # Matching
//
// Phrases are compared folded (vntext.Fold: no diacritics, lower case), so
// tone placement ("hoà"/"hòa") and missing diacritics do not matter; "y"
// and "i" at the end of a syllable are one letter ("tỷ lệ"/"tỉ lệ",
// "liệt sỹ"/"liệt sĩ"); common abbreviations are expanded (LĐ, GQVL, BHXH,
// BHYT, BHTN, XKLĐ, NCC, TTHC, TNLĐ, ATVSLĐ, BTXH, ...); a word written
// twice counts once ("giải giải quyết") and one letter-level typo is
// forgiven in a long word that is not a phrasing's first.
//
// Among the phrasings found, the longest wins (a few broad ones, "hồ sơ",
// "trẻ em", count for less), then the one whose indicator expects the
// figure's unit kind, then the one nearest the figure (the end of the
// phrase). The unit decides between indicators that share words: a
// percent of "hộ nghèo" is poverty_rate, a count of hộ is poor_households,
// and "tỷ lệ" makes a percent a rate; an amount of money is never
// job_creation. Some phrasings name something else and hide the words in
// them: "Trường Cao đẳng ..." is a school, not enrolment.
//
// Match sees a phrase and a unit; ForRecord also reads the words that
// follow the figure ("3.123 hộ nghèo"); Assign also lets a record named
// by nothing but an amount ("trị giá 9.642.700.000 đồng") or listed in
// the same unit as the one before it ("6.599 người nghèo, 78.613 người
// DTTS") take that record's id.
//
// What a phrase and unit name, and the kind of a unit, are remembered
// across documents in bounded memos: reports state the same indicators in
// the same words again and again.
//
// All functions are safe for concurrent use and never panic.
package indicator
