// Package ingest holds what every format reader shares: choosing a reader
// for a file (Select, Sniff), running a reader safely (Safe: panics become
// errors, a time limit, a size limit) and opening ZIP containers without
// falling for zip bombs (OpenZip). The readers themselves live in the
// sub-packages (ingest/txt, ingest/html, ingest/docx, ...), each behind
// baocao.Reader; cmd/baocao builds the list of readers and hands it to
// Select, so the wiring stays visible.
//
// Readers report text as the format gives it and never decode legacy
// Vietnamese encodings: vntext does that afterwards from Block.Text and
// Block.Font, or from Block.Raw.
package ingest
