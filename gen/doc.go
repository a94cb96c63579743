// Package gen writes realistic provincial labour and social-affairs reports
// whose every figure is known, for measuring baocao at scale.
//
// A corpus is drawn from a seeded random source (math/rand/v2 PCG), so the
// same Options always give byte-identical files. Each report has a header
// (agency, number, place and date), a results section of bullet claims, a
// table, a plans section and a footnote. Claims take every form the
// extractor reads (Form*): ratio with a stated percent, percent with the
// ratio in parentheses, counts, money, parts vs total, products, differences,
// verdict words and shares; about PlantShare of the checkable claims carry a
// planted inconsistency (a wrong percent, parts that do not add up, a wrong
// total or product). Filler sentences mix old and new tone placement ("hoà",
// "hòa") and a share of diacritic typos, but hold no figures, so every figure
// in a file is in the ground truth.
//
// Files are written as .txt (UTF-8), .html, .docx, .pdf (with an embedded
// Unicode TrueType font), TCVN3- and VNI-encoded .txt, plus a share of
// corrupt files and of byte-identical duplicates under other names, all
// under DIR/reports. Beside that folder, DIR/truth.jsonl holds one Truth line per file, figure, check and planted
// inconsistency. Score compares what an import stored with that truth.
package gen
