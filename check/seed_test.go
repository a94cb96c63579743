package check

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao"
	"baocao/extract"
)

var update = flag.Bool("update", false, "rewrite golden files")

var seedDir = filepath.Join("..", "..", "shared", "seeds")

func inputs(t testing.TB) map[string]string {
	t.Helper()
	in := map[string]string{}
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range append(paths, seeds...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in[strings.TrimSuffix(strings.TrimSuffix(filepath.Base(p), ".input"), ".txt")] = string(b)
	}
	return in
}

func TestGolden(t *testing.T) {
	for name, text := range inputs(t) {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for _, c := range Run(text, extract.Records(text)) {
				b.WriteString(checkLine(c))
				b.WriteString(" | ")
				b.WriteString(strings.ReplaceAll(c.Text, "\n", "⏎"))
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
			if b.String() != string(want) {
				t.Errorf("%s differs:\n%s", path, diff(b.String(), string(want)))
			}
		})
	}
}

func diff(got, want string) string {
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			return "got  " + g + "\nwant " + w
		}
	}
	return ""
}

// seedPercents are the stated percents of the seeds that their own figures
// confirm: each must have an ok percent check.
var seedPercents = map[string][]string{
	"000_3a3f5fc2adcb33a4": {"28.101/38.000 = ", "11.828/7.000 = ", "1.548/1.297 = ", "157/160 = ", "150/160 = "},
	"002_a7474b39d2c342f9": {"92/107 = "},
	"003_c0c1f748af53598b": {"8.095/6.000 = ", "753/500 = ", "7.575/7.000 = ", "502/500 = ", "8.155/6.000 = ", "98/80 = "},
	"004_0fb4bd408661e4a6": {"177/177 = ", "8/10 = "},
}

func TestSeedPercents(t *testing.T) {
	in := inputs(t)
	for name, want := range seedPercents {
		text, ok := in[name]
		if !ok {
			t.Skip("seeds absent")
		}
		checks := Run(text, extract.Records(text))
		for _, w := range want {
			found := false
			for _, c := range checks {
				if c.Kind == "percent" && strings.HasPrefix(c.Reason, w) {
					found = true
					if c.Status != baocao.StatusOK {
						t.Errorf("%s: %s is %s, want ok", name, c.Reason, c.Status)
					}
				}
			}
			if !found {
				t.Errorf("%s: no percent check %q", name, w)
			}
		}
	}
}

func FuzzRun(f *testing.F) {
	for _, tt := range ruleTests {
		f.Add(tt.in)
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "forms.input")); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, s string) {
		recs, nums := extract.RecordsNumbers(s)
		for _, c := range run(s, nums, recs) {
			if c.Start < 0 || c.Start > c.End || c.End > len(s) || s[c.Start:c.End] != c.Text {
				t.Fatalf("Run(%q): span %d-%d", s, c.Start, c.End)
			}
			if utf8.ValidString(s) && !utf8.ValidString(c.Text) {
				t.Fatalf("Run(%q): span splits a rune", s)
			}
			if c.Status != baocao.StatusOK && c.Status != baocao.StatusMismatch && c.Status != baocao.StatusUnverifiable {
				t.Fatalf("Run(%q): status %q", s, c.Status)
			}
		}
	})
}

func BenchmarkRun(b *testing.B) {
	var all strings.Builder
	for _, text := range inputs(b) {
		all.WriteString(text)
	}
	text := all.String()
	recs := extract.Records(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Run(text, recs)
	}
}

func BenchmarkRunNumbers(b *testing.B) {
	var all strings.Builder
	for _, text := range inputs(b) {
		all.WriteString(text)
	}
	text := all.String()
	recs, nums := extract.RecordsNumbers(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		RunNumbers(text, nums, recs)
	}
}
