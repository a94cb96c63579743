package vntext

// AssembleRef exposes the reference Assemble (assemble_ref_test.go) to the
// external tests, which read real files and generated reports.
var AssembleRef = assembleRef
