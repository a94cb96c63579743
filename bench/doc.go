// Package bench is baocao's benchmark suite behind `baocao bench`: it
// generates corpora with package gen, measures extraction throughput, import
// throughput (1 and 2 workers) next to bleve alone indexing the same texts,
// peak memory of import, search latency over HTTP from a second process,
// PDF pages per second next to pdftotext, and the size of the index and the
// store per MB of text; then prints a Markdown table and rewrites the
// generated part of BENCHMARKS.md.
//
// Import, serve and normalize run as child processes of the baocao binary
// (Config.Exe), so their peak RSS and their wall time are measured the way a
// user sees them. Timing is never asserted in tests: the figures go to the
// table with the command and the machine they came from.
package bench
