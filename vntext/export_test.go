package vntext

// AssembleRef exposes the reference Assemble (assemble_ref_test.go) to the
// external tests, which read real files and generated reports.
var AssembleRef = assembleRef

// IsClean and IsCleanOld expose Clean's fast-path test and its reference
// (clean_old_test.go) to the external differential tests.
var (
	IsClean    = isClean
	IsCleanOld = isCleanOld
)
