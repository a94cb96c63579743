package index

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"baocao"
)

// segmentRSS sums the resident kB of this process's mappings of files
// under dir (/proc/self/smaps).
func segmentRSS(t *testing.T, dir string) int {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	total, inDir := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if first, _, _ := strings.Cut(line, " "); !strings.HasSuffix(first, ":") {
			// a mapping's first line; anonymous ones have no path
			_, _, p, _ := parseMapsLine([]byte(line))
			inDir = strings.HasPrefix(p, dir+"/")
			continue
		}
		if v, ok := strings.CutPrefix(line, "Rss:"); ok && inDir {
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				t.Fatal(err)
			}
			total += n
		}
	}
	return total
}

func TestReleaseMemory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := ix.Close(); err != nil {
			t.Error(err)
		}
	}()
	// many distinct words make term dictionaries of some hundreds of kB
	rng := rand.New(rand.NewPCG(3, 4))
	b := ix.NewBatch()
	var words []string
	for i := range 200 {
		var sb strings.Builder
		for range 200 {
			w := fmt.Sprintf("w%x", rng.Uint32())
			words = append(words, w)
			sb.WriteString(w + " ")
		}
		if err := b.Add(&baocao.Document{ID: fmt.Sprintf("d%03d", i), File: "f.txt", Text: sb.String()}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	// searches read the term dictionary and postings of the segment
	for i := 0; i < len(words); i += 97 {
		if res, err := ix.Search(context.Background(), Query{Text: words[i], Limit: 1}); err != nil || res.Total == 0 {
			t.Fatalf("Search(%q) = %d hits, %v", words[i], res.Total, err)
		}
	}
	before := segmentRSS(t, dir)
	if before < 64 {
		t.Skipf("segment pages resident before release: %d kB; nothing to measure", before)
	}
	releaseMemory(ix.bi)
	after := segmentRSS(t, dir)
	t.Logf("resident segment pages %d kB → %d kB", before, after)
	if after > before/4 {
		t.Errorf("resident segment pages %d kB → %d kB after releaseMemory, want most dropped", before, after)
	}
	// the same, from the goroutine, and on through a Reset
	ix.ReleasePagesEvery(10 * time.Millisecond)
	for i := 0; i < len(words); i += 97 {
		ix.Search(context.Background(), Query{Text: words[i], Limit: 1})
	}
	time.Sleep(100 * time.Millisecond)
	if after := segmentRSS(t, dir); after > before/4 {
		t.Errorf("resident segment pages %d kB → %d kB with ReleasePagesEvery, want most dropped", before, after)
	}
	// the index still answers from the page cache
	if res, err := ix.Search(context.Background(), Query{Text: words[1], Limit: 1}); err != nil || res.Total != 1 {
		t.Errorf("Search after release = %d hits, %v; want 1", res.Total, err)
	}
}

func TestParseMapsLine(t *testing.T) {
	for _, c := range []struct {
		line       string
		start, end uintptr
		path       string
		ok         bool
	}{
		{"7f0a1000-7f0a3000 r--s 00000000 08:01 1234    /tmp/x/000000000001.zap", 0x7f0a1000, 0x7f0a3000, "/tmp/x/000000000001.zap", true},
		{"7f0a1000-7f0a3000 r--s 00000000 08:01 1234    /tmp/a b/c.zap", 0x7f0a1000, 0x7f0a3000, "/tmp/a b/c.zap", true},
		{"7f0a1000-7f0a3000 rw-p 00000000 00:00 0", 0, 0, "", false},
		{"zz-7f0a3000 r--s 00000000 08:01 1234 /x", 0, 0, "", false},
		{"7f0a1000 r--s 00000000 08:01 1234 /x", 0, 0, "", false},
	} {
		s, e, p, ok := parseMapsLine([]byte(c.line))
		if s != c.start || e != c.end || p != c.path || ok != c.ok {
			t.Errorf("parseMapsLine(%q) = %x, %x, %q, %v; want %x, %x, %q, %v", c.line, s, e, p, ok, c.start, c.end, c.path, c.ok)
		}
	}
}

func TestReleasePagesEveryReset(t *testing.T) {
	ix := mustOpen(t)
	ix.ReleasePagesEvery(time.Millisecond)
	if err := ix.Reset(); err != nil {
		t.Fatal(err)
	}
	if ix.releaser == nil {
		t.Error("Reset stopped ReleasePagesEvery's goroutine for good")
	}
	b := ix.NewBatch()
	if err := b.Add(&corpus[0], nil); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Millisecond)
	if n, err := ix.DocCount(); err != nil || n != 1 {
		t.Errorf("DocCount after Reset = %d, %v; want 1", n, err)
	}
}
