package gen

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

var smallMix = map[string]int{"txt": 3, "html": 1, "docx": 1, "tcvn3": 1, "vni": 1}

func TestGenerateIsReproducible(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := Generate(Options{Dir: dir, N: 40, Seed: 7, Formats: smallMix, CorruptShare: 0.1, DuplicateShare: 0.1}); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	err := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", rel)
		}
		return nil
	})
	if err != nil || n < 41 {
		t.Fatalf("walked %d files (%v), want the reports and the truth", n, err)
	}
	c := t.TempDir()
	if _, err := Generate(Options{Dir: c, N: 40, Seed: 8, Formats: smallMix}); err != nil {
		t.Fatal(err)
	}
	x, _ := os.ReadFile(filepath.Join(a, TruthFile))
	y, _ := os.ReadFile(filepath.Join(c, TruthFile))
	if bytes.Equal(x, y) {
		t.Error("another seed gave the same corpus")
	}
}

// TestTruthIsInTheText checks that every claim the truth names is written,
// word for word, in the plain-text reports.
func TestTruthIsInTheText(t *testing.T) {
	dir := t.TempDir()
	st, err := Generate(Options{Dir: dir, N: 30, Seed: 3, Formats: map[string]int{"txt": 1}, PlantShare: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	if st.Planted == 0 || st.Checks == 0 || st.Records == 0 {
		t.Fatalf("stats %+v: want records, checks and planted ones", st)
	}
	truth, err := ReadTruth(filepath.Join(dir, TruthFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, tr := range truth {
		if tr.Kind == "file" || tr.Form == FormTable {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, tr.File))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), tr.Text) {
			t.Errorf("%s: claim %q not in the file", tr.File, tr.Text)
		}
	}
}

var percentTests = []struct {
	a, b, frac int
	want       string
}{
	{28101, 38000, 2, "73,95"},
	{157, 160, 2, "98,13"}, // 98,125 rounds half up
	{1548, 1297, 0, "119"},
	{26, 29, 0, "90"},
	{1, 3, 1, "33,3"},
}

func TestPercentOf(t *testing.T) {
	for _, tt := range percentTests {
		if got := percentOf(tt.a, tt.b, tt.frac).vn(); got != tt.want {
			t.Errorf("percentOf(%d, %d, %d) = %s, want %s", tt.a, tt.b, tt.frac, got, tt.want)
		}
	}
}

func TestScorePerfectAndEmpty(t *testing.T) {
	truth := []Truth{
		{File: "a.txt", Format: "txt", Kind: "file"},
		{File: "a.txt", Kind: "record", Form: FormRatio, Value: f64(28101), Target: f64(38000), Percent: f64(73.95)},
		{File: "a.txt", Kind: "check", Form: FormRatio, Check: "percent", Stated: f64(73.95), Status: "ok"},
		{File: "a.txt", Kind: "check", Form: FormShare, Check: "share", Stated: f64(0.12), Status: "mismatch", Planted: true},
		{File: "bad.pdf", Kind: "file", Corrupt: true},
	}
	docs := []baocao.Document{{ID: "d1", File: "/c/a.txt"}}
	recs := []baocao.Record{{Doc: "d1", Value: 28101, Target: f64(38000)}}
	checks := []baocao.Check{
		{Doc: "d1", Kind: "percent", Stated: 73.95, Status: "ok"},
		{Doc: "d1", Kind: "share", Stated: 0.12, Status: "mismatch"},
	}
	s := Score("/c", truth, docs, recs, checks)
	if s.RecordRecall.Rate() != 1 || s.RecordPrecision.Rate() != 1 || s.OKRecall.Rate() != 1 ||
		s.PlantedFound.Rate() != 1 || s.FalseAlarms.Hit != 0 || s.Docs != 1 {
		t.Errorf("perfect import scored %+v", s)
	}
	s = Score("/c", truth, docs, nil, []baocao.Check{{Doc: "d1", Kind: "percent", Stated: 73.95, Status: "mismatch"}})
	if s.RecordRecall.Hit != 0 || s.PlantedFound.Hit != 0 || s.FalseAlarms.Hit != 1 {
		t.Errorf("empty import with one false alarm scored %+v", s)
	}
}

func TestTextsMatchGenerate(t *testing.T) {
	dir := t.TempDir()
	if _, err := Generate(Options{Dir: dir, N: 5, Seed: 9, Formats: map[string]int{"txt": 1}, CorruptShare: 1e-9, DuplicateShare: 1e-9}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, ReportsDir, "r000", "*.txt"))
	texts := Texts(5, 9)
	if len(files) != 5 {
		t.Fatalf("%d files, want 5", len(files))
	}
	for i, f := range files {
		b, _ := os.ReadFile(f)
		if string(b) != texts[i] {
			t.Errorf("Texts(5, 9)[%d] differs from %s", i, f)
		}
	}
}
