package refs

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedDir holds the real reports shared by the team; tests on them are
// skipped when it is absent.
var seedDir = filepath.Join("..", "..", "shared", "seeds")

// goldenInputs returns the texts to compare with testdata/NAME.golden: this
// package's testdata/*.input fixtures and the shared seeds.
func goldenInputs(t testing.TB) map[string]string {
	t.Helper()
	in := map[string]string{}
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range append(paths, seeds...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(p), ".input"), ".txt")
		in[name] = string(b)
	}
	return in
}

func TestGolden(t *testing.T) {
	for name, text := range goldenInputs(t) {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for _, r := range Find(text) {
				b.WriteString(strings.ReplaceAll(refLine(r), "\n", "⏎"))
				b.WriteString(" key=" + Key(r))
				b.WriteByte('\n')
			}
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("Find(%s) differs from %s:\n%s", name, path, diff(string(want), got))
			}
		})
	}
}

// diff lists the lines only one side has.
func diff(want, got string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
	}
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
