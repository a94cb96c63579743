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

// TestRunDuplicatesFirstInWalkOrder imports many contents stored twice under
// adjacent names with several workers: the first name in walk order must be
// the document's file whichever worker finishes first.
func TestRunDuplicatesFirstInWalkOrder(t *testing.T) {
	const pairs = 40
	for round := range 3 {
		st, ix := mustOpen(t)
		dir := t.TempDir()
		files := map[string]string{}
		for i := range pairs {
			body := fmt.Sprintf("%sBáo cáo số %d, vòng %d.\n", report, i, round)
			files[fmt.Sprintf("%03d-a.txt", i)] = body
			files[fmt.Sprintf("%03d-b.txt", i)] = body
		}
		writeFiles(t, dir, files)
		var (
			order   []string
			results []Result
		)
		sum, err := Run(context.Background(), []string{dir}, st, ix, Options{Config: testConfig, Workers: 4, BatchDocs: 3,
			Progress: func(r Result) {
				order = append(order, filepath.Base(r.File))
				results = append(results, r)
			}})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Imported != pairs || sum.Unchanged != pairs {
			t.Fatalf("round %d: summary %+v, want %d imported, %d unchanged", round, sum, pairs, pairs)
		}
		for _, r := range results {
			if strings.HasSuffix(r.File, "-b.txt") && r.Reason != "same content as "+strings.Replace(r.File, "-b.txt", "-a.txt", 1) {
				t.Errorf("round %d: %s: reason %q, want the -a name", round, filepath.Base(r.File), r.Reason)
			}
		}
		if !slices.IsSorted(order) {
			t.Errorf("round %d: progress order %v, want walk order", round, order)
		}
		docs, err := st.Documents()
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if !strings.HasSuffix(d.File, "-a.txt") || len(d.Paths) != 1 || !strings.HasSuffix(d.Paths[0], "-b.txt") {
				t.Errorf("round %d: document %s has file %s and paths %v, want the -a name as file and the -b name as extra path",
					round, d.ID, filepath.Base(d.File), d.Paths)
			}
		}
	}
}
