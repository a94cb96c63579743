// Package check recomputes the figures a report states from its other
// figures and says whether they agree.
//
// Every rule works in exact rational arithmetic on intervals (int64
// numerators and denominators, math/big.Rat when they would overflow): an
// operand the report writes plainly is one value (taken at its word, as
// the report's own arithmetic did), a qualified one ("khoảng", "trên",
// "dưới", a range "120-150") the interval extract gives it, and the stated
// result the interval its written precision allows (± half a unit of its
// last written digit, bounds included). The status is
//
//   - "ok" when every value the figures allow fits the stated one,
//   - "mismatch" when none does,
//   - "unverifiable" when the figures are too approximate to tell.
//
// Mismatches carry a severity: "gross" when the error flips a verdict
// (crosses 100% of plan) or is off by about a power of ten, else "minor".
//
// Rules (kind: what is recomputed):
//
//   - percent: "a/b UNIT, đạt p%", "p% (a/b)", "đạt p% kế hoạch (a/b
//     UNIT)" in one clause, and the rows of a results table (Thực hiện /
//     Kế hoạch / Tỷ lệ): 100·a/b against p. "vượt p% kế hoạch" states 100+p.
//   - sum: "N UNIT, trong đó a, b, c" lists a part of N, so a+b+c may
//     not exceed N (equal is reported as such). Such parts may overlap
//     ("trong đó 600 nữ, 700 người DTTS"), so a sum above N is a mismatch
//     only for a colon list ("trong đó: a; b; c") whose labels are not
//     cross-cutting groups (nữ, nông thôn, DTTS, ...) or when one part
//     alone exceeds N, else unverifiable. "N UNIT (x: a UNIT, y: b UNIT)" breaks
//     N down, so a+b must equal N; every part in it needs a unit or a
//     "label:" before it. Parts count what N counts
//     (same unit, or a bare number closing a list item); changes ("từ a
//     xuống b"), percents, periods and rates are not parts. A breakdown in
//     another unit than N ("21 tập thể ... (10 BK bộ, 11 BK tỉnh)") is only
//     ever ok or unverifiable.
//     A list of exactly two parts labelled by the two sides of a pair
//     that covers everything ("trong tỉnh"/"ngoài tỉnh", "trong
//     nước"/"ngoài nước", "thành thị"/"nông thôn", "nam"/"nữ") is the
//     whole breakdown, so its parts must reach the total: "trên 16.000
//     người, trong đó trong tỉnh khoảng 7.000 người, ngoài tỉnh 8.000
//     người" is a mismatch ([14.300; 15.700] cannot reach 16.000). The
//     groups of the monthly social allowance (cao tuổi, khuyết tật, trẻ
//     em ...) breaking down a total of allowance beneficiaries do not
//     overlap: each beneficiary is paid under one group. A part may count
//     a kind of what the total counts ("trẻ em", "lao động" in a total of
//     "người").
//     In a breakdown "(a người/a vụ ... và b người/b vụ ...)" each pair
//     counts the same cases in two units, so its first figure is the
//     part; the breakdown ends at a ";" ("; giảm 10 vụ so với năm
//     2020"), also when the parenthesis is left unclosed.
//   - sum (levels): "N UNIT; cao đẳng a UNIT, trung cấp b UNIT, sơ cấp c
//     UNIT." names one training level per figure to the sentence end:
//     a trainee enrols at one level, so a+b+c must equal N. Periods
//     ("dưới 3 tháng") are part of a label.
//   - sum (bullets): "N UNIT, trong đó:" (or "gồm:", "bao gồm:") ending
//     its line, broken down in the bullets below it: each bullet's first
//     figure counting what N counts is a part (a bullet without one stops
//     the check); "trong đó:" follows the "trong đó" rules above, "gồm:"
//     lists the whole, so the parts must add up to N.
//   - sum (gồm): "N UNIT, gồm a UNIT ... và b UNIT ..." in one
//     sentence lists the whole: a+b must equal N, when every figure after
//     "gồm" is a plain part as for totals below.
//   - sum (total): "a UNIT ... và b UNIT ..., tổng cộng N UNIT" (also
//     "tổng số", "tổng", after a comma or in parentheses): N is the sum of
//     all the figures of its sentence before it, so a+b must equal N. Any
//     other figure before it (a percent, a target, another unit, a
//     qualified figure, a change "từ a xuống b") or a "trong đó" makes no
//     check: those figures might not be its parts.
//   - product: "C người ... M đồng (R đ/người)": C×R against M.
//   - difference: "giảm từ A xuống (còn) B" with "giảm (được) D" of the
//     same unit in the sentence: A−B against D ("tăng từ A lên B": B−A).
//   - share: "a UNIT ... chiếm (tỷ lệ) p%" (or "đạt p%" with no plan
//     after it): 100·a/N against p, N being the total of the "trong đó"
//     list a is in, or the figure counting the same thing (unit and the
//     words after it) in the sentence, or the nearest earlier "N ...,
//     trong đó" total of the document counting the same thing.
//   - percent (cross-reference): "a UNIT, đạt p% kế hoạch" whose plan is
//     written elsewhere as "a/b UNIT" with the same a (four digits or more)
//     and unit: 100·a/b against p.
//   - target: "a/b UNIT" whose indicator the report also states as a
//     plan of the same year elsewhere ("Lao động được giải quyết việc làm:
//     38.000 người" under the year's targets): b against that plan. Both
//     must count the same kind of thing, name the same indicator (the
//     words that tell indicators apart agree) and be each other's only
//     candidate.
//   - growth: "X UNIT, tăng|giảm p% so với ... (Y UNIT)": 100·(X−Y)/Y
//     against p, Y being the figure of X's unit inside the comparison
//     (up to the next comma, or the parenthesis the percent is in); when X
//     and Y are percents the change is in points (X−Y).
//   - verdict: "a/b UNIT (đạt|vượt|không đạt ...)": the verdict against a
//     and b; a target "<b"/"dưới b" is a ceiling (lower is better).
//
// check.Run runs them all on a text and its records; check.Percent is the
// percent rule on its own. extract supplies the numbers and records. The
// rules share one doc per text: its clause ends, sentences and the figures
// of each sentence are found once, as are the places of the words rules
// look for in many sentences ("trong đó", " gồm "), and its arrays are
// reused for the next text (BenchmarkRunNumbersGenerated times the rules
// alone). Key words before a figure are compared on the text's own words
// (isLower), not on a lower cased copy. The checks'
// reasons and computed values are built in shared append-only arrays
// (strs), and the windows of text a rule lower cases in the doc's own
// (doc.lower), so a run allocates little besides the checks it returns.
package check
