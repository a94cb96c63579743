package baocao

import (
	"errors"
	"fmt"
)

// Sentinel errors shared across packages; test for them with errors.Is.
// Import records the short reason (the text after "baocao: ") in its ledger.
var (
	ErrCorrupt     = errors.New("baocao: corrupt file")
	ErrEncrypted   = errors.New("baocao: encrypted")
	ErrUnsupported = errors.New("baocao: unsupported format")
	ErrTooLarge    = errors.New("baocao: too large")
	ErrEmpty       = errors.New("baocao: empty file")
	ErrEncoding    = errors.New("baocao: unknown text encoding")
	ErrTimeout     = errors.New("baocao: timed out")
	ErrNoTool      = errors.New("baocao: external tool not installed")
	ErrNotFound    = errors.New("baocao: not found")
)

// Error carries the operation and the file a failure happened in, and unwraps
// to its cause so errors.Is(err, ErrCorrupt) works across layers.
type Error struct {
	Op   string // "read", "decode", "store", ...
	Path string
	Err  error
}

func (e *Error) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("%s: %v", e.Op, e.Err)
	}
	return fmt.Sprintf("%s %s: %v", e.Op, e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Reason returns a short, stable reason for a failure, for ledgers and
// summaries: "corrupt file", "encrypted", "timed out", ... or the error text.
func Reason(err error) string {
	for _, s := range []error{ErrCorrupt, ErrEncrypted, ErrUnsupported, ErrTooLarge, ErrEmpty, ErrEncoding, ErrTimeout, ErrNoTool, ErrNotFound} {
		if errors.Is(err, s) {
			return s.Error()[len("baocao: "):]
		}
	}
	return err.Error()
}
