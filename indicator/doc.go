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
// and years can be compared. The importer sets Record.IndicatorID from
// ForRecord; a phrase that matches nothing keeps only its text.
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
// Among the phrasings found, the longest wins, then the one whose
// indicator expects the figure's unit kind, then the one nearest the
// figure (the end of the phrase). The unit decides between indicators
// that share words: a percent of "hộ nghèo" is poverty_rate, a count of
// hộ is poor_households; an amount of money is never job_creation.
//
// All functions are safe for concurrent use and never panic.
package indicator
