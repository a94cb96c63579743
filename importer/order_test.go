package importer

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// arrivals are completion orders of five tasks, as workers may finish them.
var arrivals = [][]int{
	{0, 1, 2, 3, 4},
	{4, 3, 2, 1, 0},
	{1, 0, 3, 2, 4},
	{2, 4, 0, 3, 1},
}

func TestInOrder(t *testing.T) {
	for _, arrival := range arrivals {
		in := make(chan outcome, len(arrival))
		window := make(chan struct{}, len(arrival))
		for _, seq := range arrival {
			window <- struct{}{}
			in <- outcome{seq: seq}
		}
		close(in)
		var got []int
		for o := range inOrder(context.Background(), in, window) {
			got = append(got, o.seq)
		}
		if want := []int{0, 1, 2, 3, 4}; !slices.Equal(got, want) {
			t.Errorf("inOrder(arrival %v) = %v, want %v", arrival, got, want)
		}
		if len(window) != 0 {
			t.Errorf("inOrder(arrival %v) left %d window slots taken, want 0", arrival, len(window))
		}
	}
}

func TestInOrderGaps(t *testing.T) {
	// a cancelled run: tasks 1 and 3 were never read
	in := make(chan outcome, 3)
	window := make(chan struct{}, 5)
	for _, seq := range []int{4, 2, 0} {
		window <- struct{}{}
		in <- outcome{seq: seq}
	}
	close(in)
	var got []int
	for o := range inOrder(context.Background(), in, window) {
		got = append(got, o.seq)
	}
	if want := []int{0, 2, 4}; !slices.Equal(got, want) {
		t.Errorf("inOrder with gaps = %v, want %v", got, want)
	}
}

// layouts name the two copies of content i: next to each other in walk
// order, and far apart (the second read after the first was committed).
var layouts = []struct {
	name string
	a, b string // formats of the first and second name
}{
	{"adjacent", "%03d-a.txt", "%03d-b.txt"},
	{"far apart", "p/%03d-a.txt", "q/%03d-b.txt"},
}

// TestRunDuplicatesFirstInWalkOrder imports many contents stored twice with
// several workers: the first name in walk order must be the document's file
// and the second its extra path, whichever worker finishes first.
func TestRunDuplicatesFirstInWalkOrder(t *testing.T) {
	const pairs = 40
	for _, layout := range layouts {
		for round := range 3 {
			st, ix := mustOpen(t)
			dir := t.TempDir()
			files := map[string]string{}
			firstOf := map[string]string{} // second name → first name
			for i := range pairs {
				body := fmt.Sprintf("%sBáo cáo số %d, vòng %d.\n", report, i, round)
				a, b := fmt.Sprintf(layout.a, i), fmt.Sprintf(layout.b, i)
				files[a], files[b] = body, body
				firstOf[filepath.Join(dir, b)] = filepath.Join(dir, a)
			}
			writeFiles(t, dir, files)
			var results []Result
			sum, err := Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig, Workers: 4, BatchDocs: 3,
				Progress: func(r Result) { results = append(results, r) }})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Imported != pairs || sum.Unchanged != pairs {
				t.Fatalf("%s, round %d: summary %+v, want %d imported, %d unchanged", layout.name, round, sum, pairs, pairs)
			}
			if !slices.IsSortedFunc(results, func(x, y Result) int { return strings.Compare(x.File, y.File) }) {
				t.Errorf("%s, round %d: progress not in walk order", layout.name, round)
			}
			for _, r := range results {
				if first, ok := firstOf[r.File]; ok && r.Reason != "same content as "+first {
					t.Errorf("%s, round %d: %s: reason %q, want same content as %s", layout.name, round, r.File, r.Reason, first)
				}
			}
			docs, err := st.Documents()
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				if len(d.Paths) != 1 || firstOf[d.Paths[0]] != d.File {
					t.Errorf("%s, round %d: document %s has file %s and paths %v, want the first name as file and the second as extra path",
						layout.name, round, d.ID, d.File, d.Paths)
				}
			}
		}
	}
}
