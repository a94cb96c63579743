package ingest

import (
	"context"
	"fmt"
	"time"

	"baocao"
)

// Limits bound one call of a reader.
type Limits struct {
	Timeout time.Duration // 0 means no time limit
	MaxSize int64         // largest source accepted, in bytes; 0 means no limit
}

// DefaultLimits suit the reports baocao imports: a minute and 200 MiB.
var DefaultLimits = Limits{Timeout: time.Minute, MaxSize: 200 << 20}

// Safe wraps r so that a call refuses empty and oversized sources, turns a
// panic into an error wrapping baocao.ErrCorrupt and gives up after
// lim.Timeout with an error wrapping baocao.ErrTimeout.
//
// Go cannot stop a goroutine from outside: on timeout the reader's context
// is cancelled and its goroutine is abandoned. A reader that honours ctx
// returns soon after; one stuck in a loop keeps its CPU and memory until it
// finishes. The result of an abandoned call is dropped.
func Safe(r baocao.Reader, lim Limits) baocao.Reader {
	return &safeReader{r: r, lim: lim}
}

type safeReader struct {
	r   baocao.Reader
	lim Limits
}

func (s *safeReader) Formats() []string { return s.r.Formats() }

type result struct {
	c   *baocao.Content
	err error
}

func (s *safeReader) Read(ctx context.Context, src baocao.Source) (*baocao.Content, error) {
	if len(src.Data) == 0 {
		return nil, fmt.Errorf("%s: %w", src.Name, baocao.ErrEmpty)
	}
	if s.lim.MaxSize > 0 && int64(len(src.Data)) > s.lim.MaxSize {
		return nil, fmt.Errorf("%s: %d bytes, limit %d: %w", src.Name, len(src.Data), s.lim.MaxSize, baocao.ErrTooLarge)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if s.lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.lim.Timeout)
		defer cancel()
	}
	done := make(chan result, 1) // buffered: an abandoned goroutine must not block forever
	go func() {
		var res result
		defer func() { done <- res }()
		defer Recover(&res.err, "read "+src.Name)
		res.c, res.err = s.r.Read(ctx, src)
	}()
	select {
	case res := <-done:
		if res.err == nil && res.c == nil {
			res.err = fmt.Errorf("%s: reader returned no content: %w", src.Name, baocao.ErrCorrupt)
		}
		return res.c, res.err
	case <-ctx.Done():
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("%s: after %v: %w", src.Name, s.lim.Timeout, baocao.ErrTimeout)
		}
		return nil, ctx.Err()
	}
}

// Recover turns a panic into an error wrapping baocao.ErrCorrupt, stored in
// *err. Readers defer it at the top of Read, so hostile input never crashes
// an import:
//
//	func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
//		defer ingest.Recover(&err, "docx")
func Recover(err *error, op string) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("%s: internal error on malformed input (%v): %w", op, p, baocao.ErrCorrupt)
	}
}
