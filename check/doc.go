// Package check recomputes the figures a report states from its other
// figures and says whether they agree.
//
// Every rule works in exact arithmetic (math/big.Rat) on intervals: a
// figure the report writes plainly is one value, a qualified one
// ("khoảng", "trên", "dưới", a range "120-150") the interval extract gives
// it, and a stated result the interval its written precision allows (±
// half a unit of its last written digit, bounds included). The status is
//
//   - "ok" when every value the figures allow fits the stated one,
//   - "mismatch" when none does,
//   - "unverifiable" when the figures are too approximate to tell.
//
// Mismatches carry a severity: "gross" when the error flips a verdict
// (crosses 100% of plan) or is off by about a power of ten, else "minor".
//
// Rules:
//
//   - percent: "a/b UNIT, đạt p%" and "p% (a/b)" in one clause:
//     100·a/b against p. "vượt p% kế hoạch" states 100+p.
//
// check.Run runs them all on a text and its records; check.Percent is the
// percent rule on its own. extract supplies the numbers and records.
package check
