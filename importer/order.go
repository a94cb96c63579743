package importer

import (
	"context"
	"sort"
)

// reorderWindow is how many files may be read ahead of the oldest one not
// yet handled. Handling outcomes in walk order makes a run's result
// independent of scheduling: with the same content under two names, the
// first name in walk order becomes the document's file and the other an
// extra path. A slow file (a scan, a file that times out) holds back the
// handling of the window's other files, not their reading; the window keeps
// the analyses waiting behind it, a few dozen kilobytes each, bounded.
func reorderWindow(workers int) int { return max(64, 16*workers) }

// inOrder passes on the outcomes of in by task number, starting at 0, and
// frees a slot of window for each one passed on. When in is closed with gaps
// (a cancelled run leaves tasks unread), the outcomes behind the gaps follow
// in order. It gives up when quit is done.
func inOrder(quit context.Context, in <-chan outcome, window <-chan struct{}) <-chan outcome {
	out := make(chan outcome)
	go func() {
		defer close(out)
		pending := map[int]outcome{}
		next := 0
		for o := range in {
			pending[o.seq] = o
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				select {
				case out <- p:
				case <-quit.Done():
					return
				}
				<-window
			}
		}
		rest := make([]int, 0, len(pending))
		for seq := range pending {
			rest = append(rest, seq)
		}
		sort.Ints(rest)
		for _, seq := range rest {
			select {
			case out <- pending[seq]:
			case <-quit.Done():
				return
			}
		}
	}()
	return out
}
