package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"baocao"
	"baocao/index"
	"baocao/store"
)

// Statuses of one file's import (shared/docs/CONTRACT.md).
const (
	Imported  = "imported"
	Unchanged = "unchanged"
	Failed    = "failed"
)

// Result is what happened to one file; it is also the JSON line that
// "import --format jsonl" prints.
type Result struct {
	File     string  `json:"file"`
	Doc      string  `json:"doc,omitempty"`
	Status   string  `json:"status"`
	Reason   string  `json:"reason,omitempty"`
	Format   string  `json:"format,omitempty"`
	Encoding string  `json:"encoding,omitempty"`
	Reader   string  `json:"reader,omitempty"`
	Records  int     `json:"records,omitempty"`
	Checks   int     `json:"checks,omitempty"`
	Size     int64   `json:"size"`
	Hash     string  `json:"hash,omitempty"`
	MTime    int64   `json:"mtime,omitempty"` // Unix seconds
	Millis   float64 `json:"ms"`
	Error    error   `json:"-"`
}

// Summary counts the results of one run.
type Summary struct {
	Files     int            `json:"files"`
	Imported  int            `json:"imported"`
	Unchanged int            `json:"unchanged"`
	Failed    int            `json:"failed"`
	Bytes     int64          `json:"bytes"`
	Seconds   float64        `json:"seconds"`
	Reasons   map[string]int `json:"reasons,omitempty"` // failures by reason
}

// Options control Run.
type Options struct {
	Config
	Workers int // reader/extractor goroutines; default runtime.NumCPU()
	// BatchDocs is documents per store commit; default 64. A store commit
	// maps some 450 kB of the store file per document (store.Commit), so
	// more documents per commit mean a higher peak RSS, while each commit
	// costs bbolt a rewrite of the branch pages and an fdatasync. On 20.000
	// mixed reports, 64 instead of 16 took store.Commit from 6.78 to 4.77 s
	// of CPU (profiles of one import each, run back to back) for a peak RSS
	// of 332 MB instead of 303 MB.
	BatchDocs  int
	BatchBytes int // stored text bytes per store commit; default 16 MiB
	// IndexDocs is documents per index commit; default DefaultIndexDocs.
	IndexDocs int
	// RetryFailed imports only the files whose last attempt failed.
	RetryFailed bool
	// Recheck reads every file again even when its size and modification
	// time match the ledger (the content hash still decides).
	Recheck bool
	// Start, when set, is called once with the number of files found,
	// before any is read.
	Start func(total int)
	// Progress, when set, is called from the sink goroutine once per file,
	// in walk order.
	Progress func(Result)
}

// DefaultIndexDocs is documents per index commit. Every index commit makes
// a segment the index merges again later: fewer, larger ones cost less
// merging, more memory while they are built. On 5.000 mixed reports (2
// workers, GOGC=400, 128 MiB limit) 256 took some 20% less CPU than 64;
// 512 took more CPU and 228 MB instead of 159 MB of peak RSS.
const DefaultIndexDocs = 256

// ErrSomeFailed is returned by Run when it finished but some files failed.
var ErrSomeFailed = errors.New("importer: some files failed")

// Run imports every file under paths. It returns the summary, and
// ErrSomeFailed when some files failed; on cancellation it commits what is
// complete and returns ctx.Err().
func Run(ctx context.Context, paths []string, st *store.Store, ix *index.Index, opt Options) (Summary, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.BatchDocs <= 0 {
		opt.BatchDocs = 64
	}
	if opt.IndexDocs <= 0 {
		opt.IndexDocs = DefaultIndexDocs
	}
	if opt.BatchBytes <= 0 {
		opt.BatchBytes = 16 << 20
	}
	start := time.Now()
	// an earlier run killed between the store's commit and the index's
	// left the index behind: catch up first
	if !inStep(st, ix) {
		if _, err := Verify(ctx, st, ix, true); err != nil {
			return Summary{}, fmt.Errorf("verify index: %w", err)
		}
	}
	list, err := walk(ctx, paths)
	if err != nil {
		return Summary{}, fmt.Errorf("walk: %w", err)
	}
	if opt.RetryFailed {
		list = onlyFailed(st, list)
	}
	if opt.Start != nil {
		opt.Start(len(list))
	}
	// cancelled when Run returns, so that the feeder and the workers
	// never wait for a sink that has given up
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// quit is not done when the caller cancels: the sink still commits
	// the outcomes that came in
	quit, stop := context.WithCancel(context.Background())
	defer stop()
	tasks := make(chan task, opt.Workers*2)
	done := make(chan outcome, opt.Workers*2) // bounded: backpressure on the workers
	window := make(chan struct{}, reorderWindow(opt.Workers))
	go feed(ctx, list, window, tasks)

	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				o := work(ctx, st, opt, t)
				select {
				case done <- o:
				case <-ctx.Done():
					// drain so the walker can finish
					for range tasks {
					}
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	sum, err := sink(parent, st, ix, opt, inOrder(quit, done, window))
	sum.Seconds = time.Since(start).Seconds()
	if err != nil {
		return sum, err
	}
	// everything the store took, the index took too
	if err := markInStep(st, ix); err != nil {
		return sum, err
	}
	if parent.Err() != nil {
		return sum, parent.Err()
	}
	if sum.Failed > 0 {
		return sum, ErrSomeFailed
	}
	return sum, nil
}

// outcome is a worker's answer for one file.
type outcome struct {
	seq   int // the task's
	res   Result
	an    *Analysis        // set when imported
	alias *baocao.Document // set when the content is stored under another path
}

// work reads and analyses one file; it never returns an error, only a
// failed Result.
func work(ctx context.Context, st *store.Store, opt Options, t task) outcome {
	cfg := opt.Config
	start := time.Now()
	res := Result{File: t.file, Size: t.size}
	fail := func(err error) outcome {
		res.Status, res.Reason, res.Error = Failed, reason(err), err
		res.Millis = ms(time.Since(start))
		return outcome{seq: t.seq, res: res}
	}
	if t.err != nil {
		return fail(t.err)
	}
	if cfg.MaxSize > 0 && t.size > cfg.MaxSize {
		return fail(fmt.Errorf("%d bytes, limit %d: %w", t.size, cfg.MaxSize, baocao.ErrTooLarge))
	}
	info, err := os.Stat(t.path)
	if err != nil {
		return fail(err)
	}
	res.MTime = info.ModTime().Unix()
	if !opt.Recheck {
		if o, ok := unchangedByLedger(st, t, info, res, start); ok {
			return o
		}
	}
	data, err := os.ReadFile(t.path)
	if err != nil {
		return fail(err)
	}
	if after, err := os.Stat(t.path); err != nil || int64(len(data)) != info.Size() ||
		after.Size() != info.Size() || !after.ModTime().Equal(info.ModTime()) {
		// the ledger must describe the bytes that were stored; the next
		// import will read the file again
		return fail(fmt.Errorf("file changed while it was read (%d bytes, then %d)", info.Size(), len(data)))
	}
	sum := sha256.Sum256(data)
	res.Hash = hex.EncodeToString(sum[:])
	known, err := st.DocumentByHash(res.Hash)
	if err != nil && !errors.Is(err, baocao.ErrNotFound) {
		return fail(fmt.Errorf("store: %w", err))
	}
	if err == nil {
		res.Status, res.Doc = Unchanged, known.ID
		res.Format, res.Encoding = known.Format, known.Encoding
		res.Millis = ms(time.Since(start))
		o := outcome{seq: t.seq, res: res}
		if known.File != t.file && !contains(known.Paths, t.file) {
			o.alias = &baocao.Document{ID: known.ID, File: t.file}
		}
		return o
	}
	src := baocao.Source{Path: t.path, Name: filepath.Base(t.path), Data: data}
	an, err := analyze(ctx, cfg, src, res.Hash)
	if err != nil {
		return fail(err)
	}
	an.Doc.File = t.file
	for i := range an.Records {
		an.Records[i].File = t.file
	}
	for i := range an.Checks {
		an.Checks[i].File = t.file
	}
	an.prepare()
	res.Status, res.Doc = Imported, an.Doc.ID
	res.Format, res.Encoding, res.Reader = an.Doc.Format, an.Doc.Encoding, an.Doc.Reader
	res.Records, res.Checks = len(an.Records), len(an.Checks)
	res.Millis = ms(time.Since(start))
	return outcome{seq: t.seq, res: res, an: an}
}

// unchangedByLedger reports a file as unchanged without reading it when the
// ledger's last successful attempt at this path saw the same size and
// modification time and its document is still stored: what makes re-running
// an interrupted import of a large archive cheap.
func unchangedByLedger(st *store.Store, t task, info os.FileInfo, res Result, start time.Time) (outcome, bool) {
	le, err := st.LastAttempt(t.file)
	if err != nil || le.Status == Failed || le.Doc == "" || le.Size != info.Size() || le.ModTime.Unix() != info.ModTime().Unix() {
		return outcome{}, false
	}
	d, err := st.Document(le.Doc)
	if err != nil || d.Hash != le.Hash {
		return outcome{}, false
	}
	res.Status, res.Doc, res.Hash = Unchanged, d.ID, d.Hash
	res.Format, res.Encoding, res.Reader = d.Format, d.Encoding, d.Reader
	res.Millis = ms(time.Since(start))
	return outcome{seq: t.seq, res: res}, true
}

// onlyFailed keeps the tasks whose last ledger entry is a failure.
func onlyFailed(st *store.Store, list []task) []task {
	var out []task
	for _, t := range list {
		if le, err := st.LastAttempt(t.file); err == nil && le.Status == Failed {
			out = append(out, t)
		}
	}
	return out
}

// reason is the ledger reason of a failure: its category ("corrupt file",
// "timed out", ...) and what the reader said.
func reason(err error) string {
	cat, msg := baocao.Reason(err), err.Error()
	var pe *os.PathError
	if cat == msg && errors.As(err, &pe) {
		return pe.Err.Error() // "permission denied", without the path again
	}
	if cat == msg {
		return msg
	}
	detail := strings.Replace(msg, ": baocao: "+cat, "", 1)
	if detail == "" || strings.HasPrefix(detail, "baocao: ") {
		return cat
	}
	return cat + ": " + detail
}

// category is the part of a reason that summaries count by.
func category(reason string) string {
	c, _, _ := strings.Cut(reason, ": ")
	return c
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
