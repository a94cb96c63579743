package extract

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedDir holds the real reports shared by the team; tests on them are
// skipped when it is absent.
var seedDir = filepath.Join("..", "..", "shared", "seeds")

// goldenInputs returns the texts to compare with testdata/NAME.golden: the
// shared seeds and this package's own testdata/*.input fixtures.
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
			for _, r := range Records(text) {
				b.WriteString(recordLine(r))
				b.WriteString(" | ")
				b.WriteString(strings.ReplaceAll(r.Text, "\n", "⏎"))
				b.WriteByte('\n')
			}
			compareGolden(t, filepath.Join("testdata", name+".golden"), b.String())
		})
	}
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s line %d:\ngot  %s\nwant %s", path, i+1, g, w)
			}
		}
	}
}

// TestSeedFigures pins what the seeds must give whatever else changes.
func TestSeedFigures(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(seedDir, "000_3a3f5fc2adcb33a4.txt"))
	if err != nil {
		t.Skip("seeds absent:", err)
	}
	found := false
	for _, r := range Records(string(b)) {
		if r.ValueText == "13.676,5 triệu đồng" {
			found = true
			if r.Value != 13676500000 || r.Unit != "đồng" || r.Kind != "money" {
				t.Errorf("13.676,5 triệu đồng: value %v unit %q kind %q, want 13676500000 đồng money", r.Value, r.Unit, r.Kind)
			}
		}
		for _, bad := range []string{"16/5", "16/CT", "27/7", "9/2021", "9001"} {
			if strings.Contains(r.ValueText+"/"+r.TargetText, bad) {
				t.Errorf("record built from %q: %+v", bad, r)
			}
		}
	}
	if !found {
		t.Error("no record for 13.676,5 triệu đồng")
	}
}

func FuzzNumbers(f *testing.F) {
	for _, tt := range numbersTests {
		f.Add(tt.in)
	}
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	addLines(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range Numbers(s) {
			if n.QStart < 0 || n.QStart > n.Start || n.Start >= n.End || n.End > len(s) {
				t.Fatalf("Numbers(%q): span %d/%d-%d", s, n.QStart, n.Start, n.End)
			}
			if !utf8.ValidString(s[n.QStart:n.End]) && utf8.ValidString(s) {
				t.Fatalf("Numbers(%q): span %d-%d splits a rune", s, n.QStart, n.End)
			}
			if n.Value == nil || n.Lo == nil || (n.Hi != nil && n.Lo.Cmp(n.Hi) > 0) {
				t.Fatalf("Numbers(%q): bad interval for %v", s, n)
			}
		}
		_, _ = Parse(s)
	})
}

// addLines seeds a fuzz target with every line of the testdata inputs.
func addLines(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			f.Add(line)
		}
	}
}

func FuzzRecords(f *testing.F) {
	for _, tt := range recordTests {
		f.Add(tt.in)
	}
	addLines(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range records(s) {
			if r.Start < 0 || r.Start > r.End || r.End > len(s) || s[r.Start:r.End] != r.Text {
				t.Fatalf("Records(%q): span %d-%d", s, r.Start, r.End)
			}
			if utf8.ValidString(s) && !utf8.ValidString(r.Text+r.Indicator) {
				t.Fatalf("Records(%q): span %d-%d splits a rune", s, r.Start, r.End)
			}
		}
	})
}

func BenchmarkRecords(b *testing.B) {
	var all strings.Builder
	for _, text := range goldenInputs(b) {
		all.WriteString(text)
	}
	text := all.String()
	if text == "" {
		b.Skip("no input")
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Records(text)
	}
}
