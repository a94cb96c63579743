package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUpdateKeepsTheRest(t *testing.T) {
	p := filepath.Join(t.TempDir(), "B.md")
	os.WriteFile(p, []byte("# Benchmarks\n\nintro\n"), 0o644)
	rows := []Row{{"search", "term", "p50 1 ms", "baocao bench"}}
	if err := Update(p, Table(rows, "baocao bench")); err != nil {
		t.Fatal(err)
	}
	if err := Update(p, Table([]Row{{"search", "term", "p50 2 ms", "x"}}, "baocao bench")); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	s := string(b)
	if !strings.HasPrefix(s, "# Benchmarks\n\nintro\n") || strings.Count(s, BeginMarker) != 1 ||
		!strings.Contains(s, "p50 2 ms") || strings.Contains(s, "p50 1 ms") {
		t.Errorf("after two updates:\n%s", s)
	}
}

func TestPercentileAndMedian(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3}
	if m := median(xs); m != 3 {
		t.Errorf("median = %v, want 3", m)
	}
	if p := percentile(xs, 0.99); p != 4 {
		t.Errorf("p99 of 5 = %v, want 4 (index int(0.99*4))", p)
	}
	if xs[0] != 5 {
		t.Error("median sorted its input")
	}
}

func TestReadHWM(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc")
	}
	if got := readHWM(os.Getpid()); got < 1<<20 {
		t.Errorf("readHWM(own pid) = %d bytes, want at least 1 MiB", got)
	}
	if got := readHWM(-1); got != 0 {
		t.Errorf("readHWM(-1) = %d, want 0", got)
	}
}
