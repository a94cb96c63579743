package bench

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"baocao"
	"baocao/check"
	"baocao/extract"
	"baocao/gen"
	"baocao/importer"
	"baocao/index"
	"baocao/indicator"
	"baocao/meta"
	"baocao/store"
	"baocao/vntext"
)

// extraction measures normalisation + metadata + extraction + checks on
// generated plain text, on one goroutine: MB/s per core. Extraction runs
// inside an import, under the import's collector settings
// (importer.GCPercent), so that is the figure quoted; Go's default
// (GOGC=100), which `baocao extract` and a library caller run under, is
// measured beside it, the runs of the two alternated so that a machine
// slowing down for a while moves both. A run is some 0.1 s, so there are
// three times the runs of the other in-process measures. After each pair,
// a reference workload (referenceOne) times the machine itself.
func extraction(cfg Config) ([]Row, error) {
	dir, _, err := corpus(cfg, "txt", 1000, map[string]int{"txt": 1})
	if err != nil {
		return nil, err
	}
	var texts []string
	var total int
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".txt") && info.Size() > 0 {
			b, _ := os.ReadFile(p)
			texts = append(texts, string(b))
			total += len(b)
		}
		return nil
	})
	settings := []int{importer.GCPercent, 100}
	rates := make([][]float64, len(settings))
	var refRates, ratios []float64
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for range 3 * cfg.Runs {
		for i, gc := range settings {
			debug.SetGCPercent(gc)
			runtime.GC()
			start := time.Now()
			for _, t := range texts {
				extractOne(t)
			}
			rates[i] = append(rates[i], float64(total)/1e6/time.Since(start).Seconds())
		}
		debug.SetGCPercent(settings[0])
		start := time.Now()
		for _, t := range texts {
			refSink += referenceOne(t)
		}
		refRates = append(refRates, float64(total)/1e6/time.Since(start).Seconds())
		ratios = append(ratios, rates[0][len(rates[0])-1]/refRates[len(refRates)-1])
	}
	what := fmt.Sprintf("normalise + metadata + records + checks, %d reports, %.1f MB, 1 goroutine", len(texts), float64(total)/1e6)
	return []Row{
		{"extraction", fmt.Sprintf("%s, under import's GC setting (GOGC=%d)", what, settings[0]),
			fmt.Sprintf("%.1f MB/s per core%s", median(rates[0]), ofRuns(rates[0], "%.1f")), "baocao bench"},
		{"extraction", what + ", under Go's default GC (GOGC=100)",
			fmt.Sprintf("%.1f MB/s per core%s", median(rates[1]), ofRuns(rates[1], "%.1f")), "baocao bench"},
		{"extraction", "reference: strings.ToLower + strings.Fields on the same texts, run after each pair (how fast the machine ran)",
			fmt.Sprintf("%.1f MB/s per core%s", median(refRates), ofRuns(refRates, "%.1f")), "baocao bench"},
		{"extraction", fmt.Sprintf("extraction (GOGC=%d) / reference, each run against the reference run after it", settings[0]),
			fmt.Sprintf("%.3f%s", median(ratios), ofRuns(ratios, "%.3f")), "baocao bench"},
	}, nil
}

// refSink keeps referenceOne's work from being optimised away.
var refSink int

// referenceOne is the reference workload of the extraction measure: Go's
// own lower-casing and splitting into words, which no change of ours
// speeds up or slows down. Its rate tells how fast the machine ran in the
// window; extraction over it is comparable across machines and windows,
// which the absolute figure is not (it has swung 18–49 MB/s for the same
// code).
func referenceOne(t string) int {
	return len(strings.Fields(strings.ToLower(t)))
}

// extractOne is what the extraction measure does to one text.
func extractOne(t string) {
	t = vntext.Clean(t)
	meta.Read(t, "")
	recs, nums := extract.RecordsNumbers(t)
	indicator.Assign(t, recs)
	check.RunNumbers(t, nums, recs)
}

// mixed is the format mix of the import corpora.
var mixed = map[string]int{"txt": 45, "html": 25, "docx": 25, "pdf": 5}

// importRun imports a corpus of n reports with 1 worker, then, in each of
// cfg.ImportRuns rounds, with 2 workers and, right after, indexes the same
// texts with bleve alone; for the largest corpus it measures search latency
// over HTTP. Each round's ratio compares runs made a minute apart, so a
// machine that slows down for a while moves both sides of it; the median
// round is quoted, with every round's figure beside it.
func importRun(ctx context.Context, cfg Config, n int, withSearch bool) ([]Row, error) {
	dir, _, err := corpus(cfg, "mixed", n, mixed)
	if err != nil {
		return nil, err
	}
	reports := filepath.Join(dir, gen.ReportsDir)
	corpusBytes := dirSize(reports)
	var rows []Row
	importOnce := func(workers int) (string, time.Duration, int64, error) {
		data := filepath.Join(cfg.Work, fmt.Sprintf("data-%d-w%d", n, workers))
		os.RemoveAll(data)
		fmt.Fprintf(cfg.Log, "import %d reports, %d workers\n", n, workers)
		wall, rss, err := child(ctx, cfg, "import", "--workers", strconv.Itoa(workers), "--data", data, reports)
		return data, wall, rss, err
	}
	importRows := func(workers int, walls []float64, rss int64) {
		cmd := fmt.Sprintf("baocao gen --n %d --formats txt=45,html=25,docx=25,pdf=5 --out C && baocao import --workers %d --data D C/reports", n, workers)
		wall := median(walls)
		rows = append(rows,
			Row{"import", fmt.Sprintf("%d reports (%.0f MB), %d worker(s)", n, float64(corpusBytes)/1e6, workers),
				fmt.Sprintf("%.0f docs/s, %.2f MB/s, %.1f s%s", float64(n)/wall, float64(corpusBytes)/1e6/wall, wall, ofRuns(walls, "%.1f")), cmd},
			Row{"memory", fmt.Sprintf("import peak RSS, %d reports, %d worker(s)", n, workers), fmt.Sprintf("%.0f MB", float64(rss)/1e6), cmd})
	}
	_, wall1, rss1, err := importOnce(1)
	if err != nil {
		return rows, err
	}
	importRows(1, []float64{wall1.Seconds()}, rss1)
	// bleve alone in batches of import's size and of 64: each round's ratio
	// is taken against the faster, so that import's batch size cannot
	// flatter it
	batches := []int{importer.DefaultIndexDocs, 64}
	var (
		data      string
		walls     []float64
		alone     = make([][]float64, len(batches))
		ratios    []float64
		peak      int64
		textBytes int64
	)
	for range max(cfg.ImportRuns, 1) {
		var wall time.Duration
		var rss int64
		if data, wall, rss, err = importOnce(2); err != nil {
			return rows, err
		}
		walls, peak = append(walls, wall.Seconds()), max(peak, rss)
		best := 0.0
		for i, batch := range batches {
			a, tb, err := bleveAlone(cfg, data, batch)
			if err != nil {
				return rows, err
			}
			textBytes = tb
			alone[i] = append(alone[i], a.Seconds())
			if best == 0 || a.Seconds() < best {
				best = a.Seconds()
			}
		}
		ratios = append(ratios, wall.Seconds()/best)
	}
	importRows(2, walls, peak)
	for i, batch := range batches {
		rows = append(rows, Row{"import", fmt.Sprintf("bleve alone indexing the same %d texts in batches of %d", n, batch),
			fmt.Sprintf("%.1f s%s", median(alone[i]), ofRuns(alone[i], "%.1f")), "baocao bench"})
	}
	rows = append(rows, Row{"import", fmt.Sprintf("import (2 workers) / bleve alone (the faster batch size), %d reports, each round's runs back to back", n),
		fmt.Sprintf("%.2f%s", median(ratios), ofRuns(ratios, "%.2f")), "baocao bench"})
	mb := float64(textBytes) / 1e6
	rows = append(rows, Row{"size", fmt.Sprintf("%d reports, %.1f MB of stored text", n, mb),
		fmt.Sprintf("index %.2f MB and store %.2f MB per MB of text",
			float64(dirSize(filepath.Join(data, "index")))/1e6/mb, float64(fileSize(filepath.Join(data, "baocao.db")))/1e6/mb), "du of DATA/index and DATA/baocao.db"})
	if withSearch {
		rs, err := searchLatency(ctx, cfg, data, n)
		rows = append(rows, rs...)
		if err != nil {
			return rows, err
		}
	}
	return rows, nil
}

// ofRuns lists the figures of several runs, " (median of 3: a, b, c)", or
// nothing for one run.
func ofRuns(xs []float64, format string) string {
	if len(xs) < 2 {
		return ""
	}
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf(format, x)
	}
	return fmt.Sprintf(" (median of %d: %s)", len(xs), strings.Join(parts, ", "))
}

func fileSize(p string) int64 {
	if fi, err := os.Stat(p); err == nil {
		return fi.Size()
	}
	return 0
}

// bleveAlone indexes the stored texts of data into a fresh index in
// batches of batch documents, the way import's sink does but with nothing
// else around it.
func bleveAlone(cfg Config, data string, batch int) (time.Duration, int64, error) {
	st, err := store.Open(filepath.Join(data, "baocao.db"), &store.Options{ReadOnly: true})
	if err != nil {
		return 0, 0, err
	}
	defer st.Close()
	var docs []*baocao.Document
	var textBytes int64
	err = st.ForEach(func(d *baocao.Document) error {
		docs = append(docs, d)
		textBytes += int64(len(d.Text))
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	dir := filepath.Join(cfg.Work, "bleve-alone")
	os.RemoveAll(dir)
	defer os.RemoveAll(dir)
	start := time.Now()
	ix, err := index.Create(dir)
	if err != nil {
		return 0, 0, err
	}
	ix.SetTextSource(st.Text) // as import does: the text is not stored twice
	b := ix.NewBatch()
	for _, d := range docs {
		if err := b.Add(d, nil); err != nil {
			return 0, 0, err
		}
		if b.Len() >= batch {
			if err := b.Commit(); err != nil {
				return 0, 0, err
			}
		}
	}
	if err := b.Commit(); err != nil {
		return 0, 0, err
	}
	if err := ix.Close(); err != nil {
		return 0, 0, err
	}
	return time.Since(start), textBytes, nil
}

// searchLatency starts `baocao serve` on the data folder and queries it over
// HTTP from this process.
func searchLatency(ctx context.Context, cfg Config, data string, n int) ([]Row, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(ctx)
	srv := exec.CommandContext(ctx, cfg.Exe, "serve", "--addr", addr, "--data", data)
	srv.Stderr = cfg.Log
	if err := srv.Start(); err != nil {
		cancel()
		return nil, err
	}
	defer func() {
		cancel() // kills the server
		srv.Wait()
	}()
	base := "http://" + addr + "/api/search?"
	client := &http.Client{Timeout: 10 * time.Second}
	get := func(q url.Values) error {
		resp, err := client.Get(base + q.Encode())
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			return fmt.Errorf("search %v: %s", q, resp.Status)
		}
		return nil
	}
	for i := 0; ; i++ { // wait for the server
		if err := get(url.Values{"q": {"lao động"}}); err == nil {
			break
		} else if i > 100 {
			return nil, fmt.Errorf("serve did not answer: %w", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	terms := []string{"lao động", "hộ nghèo", "bảo hiểm", "người có công", "đào tạo nghề", "trợ cấp", "việc làm", "cai nghiện"}
	kinds := []struct {
		name string
		q    func(i int) url.Values
	}{
		{"term", func(i int) url.Values { return url.Values{"q": {terms[i%len(terms)]}} }},
		{"phrase", func(i int) url.Values { return url.Values{"q": {`"` + terms[i%len(terms)] + `"`}} }},
		{"folded", func(i int) url.Values { return url.Values{"q": {vntext.Fold(terms[i%len(terms)])}} }},
		{"faceted", func(i int) url.Values {
			return url.Values{"q": {terms[i%len(terms)]}, "province": {[]string{"Hà Giang", "Nghệ An", "Cà Mau"}[i%3]}}
		}},
	}
	var rows []Row
	for _, k := range kinds {
		var ms []float64
		for i := range cfg.Queries {
			q := k.q(i)
			// a distinct exclusion of a word no report holds makes every
			// query text new, so the index's result cache does not answer
			q.Set("q", fmt.Sprintf("%s -qzx%d%s", q.Get("q"), i, k.name))
			start := time.Now()
			if err := get(q); err != nil {
				return rows, err
			}
			ms = append(ms, float64(time.Since(start).Microseconds())/1000)
		}
		rows = append(rows, Row{"search", fmt.Sprintf("%s query over HTTP, %d docs, %d distinct queries (no cache hits)", k.name, n, cfg.Queries),
			fmt.Sprintf("p50 %.1f ms, p99 %.1f ms", percentile(ms, 0.5), percentile(ms, 0.99)), "baocao serve + GET /api/search from a second process"})
	}
	return rows, nil
}

var pageRE = regexp.MustCompile(`/Type\s*/Page[^s]`)

// pdfRun reads generated text PDFs with baocao normalize (its PDF reader)
// and with pdftotext, file by file, in the same run.
func pdfRun(ctx context.Context, cfg Config) ([]Row, error) {
	dir, _, err := corpus(cfg, "pdf", cfg.PDFs, map[string]int{"pdf": 1})
	if err != nil {
		return nil, err
	}
	var files []string
	pages := 0
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".pdf") && !strings.Contains(p, "-hong") {
			b, _ := os.ReadFile(p)
			pages += len(pageRE.FindAll(b, -1))
			files = append(files, p)
		}
		return nil
	})
	timeAll := func(name string, args func(string) []string) (time.Duration, error) {
		start := time.Now()
		for _, f := range files {
			a := args(f)
			cmd := exec.CommandContext(ctx, a[0], a[1:]...)
			if err := cmd.Run(); err != nil {
				return 0, fmt.Errorf("%s %s: %w", name, f, err)
			}
		}
		return time.Since(start), nil
	}
	ours, err := timeAll("normalize", func(f string) []string { return []string{cfg.Exe, "normalize", f} })
	if err != nil {
		return nil, err
	}
	row := Row{"pdf", fmt.Sprintf("%d text PDFs, %d pages, one process per file", len(files), pages),
		fmt.Sprintf("baocao normalize %.1f pages/s", float64(pages)/ours.Seconds()), "baocao normalize F.pdf / pdftotext F.pdf -"}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		poppler, err := timeAll("pdftotext", func(f string) []string { return []string{"pdftotext", f, "-"} })
		if err != nil {
			return nil, err
		}
		row.Value += fmt.Sprintf("; pdftotext %.1f pages/s (ratio %.2f)", float64(pages)/poppler.Seconds(), ours.Seconds()/poppler.Seconds())
	} else {
		row.Value += "; pdftotext not installed"
	}
	return []Row{row}, nil
}
