package pdf

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"baocao"
)

// corpusDir holds real legacy-encoded reports and their Unicode transcripts.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus", "legacy")

var numberRE = regexp.MustCompile(`[0-9]+`)

// TestCorpus reads the real PDFs with the library alone and with
// pdftotext's help. The text is still TCVN3 (vntext repairs it later), but
// digits read the same in both, so the share of the transcript's numbers
// found, in order, measures completeness; the transcripts were themselves
// made by a PDF extractor and split a few numbers ("200 3"), hence < 1
// (0.89 on the 58-page plan, 0.97-0.99 on the others).
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "files", "*.pdf"))
	if len(files) == 0 {
		t.Skip("shared corpus not present")
	}
	readers := []*Reader{{Pdftotext: "-", Timeout: 30 * time.Second}}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		readers = append(readers, &Reader{Timeout: 30 * time.Second})
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		truth, terr := os.ReadFile(filepath.Join(corpusDir, "truth", strings.TrimSuffix(filepath.Base(f), ".pdf")+".txt"))
		for _, r := range readers {
			c, err := r.Read(context.Background(), baocao.Source{Path: f, Name: filepath.Base(f), Data: data})
			if err != nil {
				// Without pdftotext, a file the library cannot read at all
				// is an error; with it, it must not be.
				t.Logf("Read(%s) pdftotext=%v: %v", filepath.Base(f), r.Pdftotext != "-", err)
				if r.Pdftotext != "-" {
					t.Errorf("Read(%s) with pdftotext: %v", f, err)
				}
				continue
			}
			var b strings.Builder
			legacy := 0
			for _, bl := range c.Blocks {
				if !utf8.ValidString(bl.Text) || bl.Page < 1 || bl.Page > c.Pages {
					t.Errorf("%s: block %q page %d of %d", f, bl.Text, bl.Page, c.Pages)
				}
				if legacyFont(bl.Font) {
					legacy++
				}
				b.WriteString(bl.Text)
				b.WriteByte(' ')
			}
			if legacy == 0 && len(c.Blocks) > 0 {
				t.Errorf("%s: no block carries a TCVN3 font hint", f)
			}
			if terr != nil {
				continue
			}
			got, want := numberRE.FindAllString(b.String(), -1), numberRE.FindAllString(string(truth), -1)
			if share := float64(lcs(got, want)) / float64(len(want)); share < 0.85 {
				t.Errorf("%s (reader %s): %.3f of the transcript's numbers found in order", f, c.Reader, share)
			} else {
				t.Logf("%s (reader %s): %.3f of the transcript's numbers found in order", filepath.Base(f), c.Reader, share)
			}
		}
	}
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case cur[j] > prev[j+1]:
				cur[j+1] = cur[j]
			default:
				cur[j+1] = prev[j+1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
