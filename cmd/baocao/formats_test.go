package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"baocao"
)

// formatsDir holds the seed reports as LibreOffice wrote them to DOCX, ODT
// and PDF (testdata/formats/make.sh). They are committed, so only the
// comparison with the .txt seeds needs the shared folder.
var formatsDir = filepath.Join("..", "..", "testdata", "formats", "seeds")

var officeFormats = []string{"docx", "odt", "pdf"}

// minCharAccuracy is the bar: the share of the .txt reading's
// characters that the office copy gives back, aligned like
// shared/tools/score_diacritics.py does.
const minCharAccuracy = 0.99

// comparedKinds are the checks that must come out the same whichever format
// a report arrives in: all the kinds package check makes.
var comparedKinds = map[string]bool{
	"percent": true, "sum": true, "product": true, "difference": true, "verdict": true, "share": true,
	"growth": true, "target": true,
}

// knownCheckDiffs names the format/seed pairs whose checks differ from the
// .txt import because of a reader fault that belongs to another package. The
// case is skipped while the difference lasts and fails once it is gone, so
// the entry gets removed.
var knownCheckDiffs = map[string]string{}

// seedNames lists the seed reports without their .txt extension.
func seedNames(t *testing.T) []string {
	t.Helper()
	needSeeds(t)
	paths, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds in %s (%v)", seedsDir, err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".txt"))
	}
	return names
}

func formatFile(t *testing.T, name, format string) string {
	t.Helper()
	p := filepath.Join(formatsDir, name+"."+format)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("fixture missing (run testdata/formats/make.sh): %v", err)
	}
	return p
}

func TestFormatsText(t *testing.T) {
	for _, name := range seedNames(t) {
		truth := mustRun(t, exitOK, "normalize", filepath.Join(seedsDir, name+".txt"))
		for _, format := range officeFormats {
			t.Run(format+"/"+name, func(t *testing.T) {
				got := mustRun(t, exitOK, "normalize", formatFile(t, name, format))
				recall, precision, ok := charAccuracy(got, truth)
				if !ok {
					t.Fatalf("normalize %s.%s: too different from the .txt reading to align", name, format)
				}
				t.Logf("char accuracy %.4f (share of the %s text found in the .txt reading %.4f)", recall, format, precision)
				if recall < minCharAccuracy {
					t.Errorf("normalize %s.%s: char accuracy %.4f against the .txt reading, want ≥ %.2f", name, format, recall, minCharAccuracy)
				}
			})
		}
	}
}

// checkSet counts a seed's checks by kind, stated figure and status, with
// one evidence text per key for the failure message.
type checkSet struct {
	n        map[string]int
	evidence map[string]string
}

// seedChecks reads the checks stored in data and groups them per seed name.
func seedChecks(t *testing.T, data string) map[string]checkSet {
	t.Helper()
	sets := map[string]checkSet{}
	for _, c := range decodeLines[baocao.Check](t, mustRun(t, exitOK, "checks", "--data", data, "--format", "jsonl")) {
		if !comparedKinds[c.Kind] {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(c.File), filepath.Ext(c.File))
		s, ok := sets[name]
		if !ok {
			s = checkSet{n: map[string]int{}, evidence: map[string]string{}}
			sets[name] = s
		}
		key := c.Kind + " " + strconv.FormatFloat(c.Stated, 'f', -1, 64) + " " + c.Status
		s.n[key]++
		s.evidence[key] = c.Text
	}
	return sets
}

// missing lists the keys a holds more often than b.
func (a checkSet) missing(b checkSet) []string {
	var out []string
	for k, n := range a.n {
		if n > b.n[k] {
			out = append(out, k+" ×"+strconv.Itoa(n-b.n[k])+" — "+clip(a.evidence[k], 160))
		}
	}
	slices.Sort(out)
	if len(out) == 0 {
		out = []string{"(none)"}
	}
	return out
}

func TestFormatsChecks(t *testing.T) {
	names := seedNames(t)
	want := seedChecks(t, importedSeeds(t))
	for _, format := range officeFormats {
		data := t.TempDir()
		args := []string{"import", "--data", data}
		for _, name := range names {
			args = append(args, formatFile(t, name, format))
		}
		mustRun(t, exitOK, args...)
		got := seedChecks(t, data)
		for _, name := range names {
			t.Run(format+"/"+name, func(t *testing.T) {
				lost, gained := want[name].missing(got[name]), got[name].missing(want[name])
				same := lost[0] == "(none)" && gained[0] == "(none)"
				known, isKnown := knownCheckDiffs[format+"/"+name]
				switch {
				case same && isKnown:
					t.Errorf("checks now equal the .txt import: remove %s/%s from knownCheckDiffs", format, name)
				case same:
				case isKnown:
					t.Skipf("known reader fault: %s\nonly from .txt:\n  %s\nonly from .%s:\n  %s",
						known, strings.Join(lost, "\n  "), format, strings.Join(gained, "\n  "))
				default:
					t.Errorf("checks of %s.%s differ from the .txt import\nonly from .txt:\n  %s\nonly from .%s:\n  %s",
						name, format, strings.Join(lost, "\n  "), format, strings.Join(gained, "\n  "))
				}
			})
		}
	}
}

// malformed lists the hostile files of TestFormatsMalformed and the words
// one of which the failure reason must hold.
var malformed = []struct {
	name   string
	make   func(t *testing.T, seedPDF []byte) []byte
	reason []string
}{
	{"truncated.pdf", func(_ *testing.T, b []byte) []byte { return b[:len(b)/2] }, []string{"corrupt", "truncated"}},
	{"random.pdf", randomBytes, []string{"corrupt"}},
	{"encrypted.pdf", encryptedPDF, []string{"encrypted"}},
	{"bomb.docx", zipBomb(1<<30, 1<<30), []string{"too large", "zip bomb"}},
	{"bomb-lying.docx", zipBomb(1<<30, 4096), []string{"too large", "zip bomb", "corrupt"}},
	{"empty.pdf", func(*testing.T, []byte) []byte { return nil }, []string{"empty"}},
}

// brokenXref is a seed PDF whose cross-reference offsets all point past the
// end of the file. A reader may rebuild the table and read it, or fail it as
// corrupt; it must not hang or take the import down.
const brokenXref = "broken-xref.pdf"

var goodFiles = []string{"001_79f77233dad79a97.docx", "003_c0c1f748af53598b.odt"}

func randomBytes(*testing.T, []byte) []byte {
	r := rand.New(rand.NewPCG(4, 2))
	b := make([]byte, 64<<10)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

// encryptedPDF is the PDF reader's password-protected fixture, or one qpdf
// makes; nil (case skipped) when neither is at hand.
func encryptedPDF(t *testing.T, seedPDF []byte) []byte {
	if b, err := os.ReadFile(filepath.Join("..", "..", "ingest", "pdf", "testdata", "bad-encrypted.pdf")); err == nil {
		return b
	}
	if _, err := exec.LookPath("qpdf"); err != nil {
		return nil
	}
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(in, seedPDF, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command("qpdf", "--encrypt", "user", "owner", "256", "--", in, out).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --encrypt: %v: %s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	xrefEntry = regexp.MustCompile(`(?m)^\d{10} \d{5} n`)
	startXref = regexp.MustCompile(`startxref\s+\d+`)
)

func breakXref(t *testing.T, b []byte) []byte {
	t.Helper()
	out := xrefEntry.ReplaceAll(b, []byte("9999999999 00000 n"))
	out = startXref.ReplaceAll(out, []byte("startxref\n99999999"))
	if bytes.Equal(out, b) || !xrefEntry.Match(b) {
		t.Fatalf("the seed PDF has no classic cross-reference table to break")
	}
	return out
}

// zipBomb makes a .docx whose document part inflates to size bytes of zeros
// while its header declares declared bytes. The deflate stream is one
// flushed 1 MiB block repeated (each copy refers only to itself), so the
// file is built in well under a second.
func zipBomb(size, declared uint64) func(*testing.T, []byte) []byte {
	return func(t *testing.T, _ []byte) []byte {
		const chunk = 1 << 20
		zeros := make([]byte, chunk)
		var blk bytes.Buffer
		fw, _ := flate.NewWriter(&blk, flate.BestCompression)
		fw.Write(zeros)
		fw.Flush()
		var raw bytes.Buffer
		var crc uint32
		for n := uint64(0); n < size; n += chunk {
			raw.Write(blk.Bytes())
			crc = crc32.Update(crc, crc32.IEEETable, zeros)
		}
		raw.Write([]byte{0x03, 0x00}) // a final, empty fixed-Huffman block
		var out bytes.Buffer
		zw := zip.NewWriter(&out)
		ct, _ := zw.Create("[Content_Types].xml")
		io.WriteString(ct, `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
		w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(raw.Len()), UncompressedSize64: declared})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(raw.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		checkBomb(t, out.Bytes())
		return out.Bytes()
	}
}

// checkBomb makes sure the bomb is real: its part inflates past 8 MiB of
// zeros.
func checkBomb(t *testing.T, b []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	f := zr.File[len(zr.File)-1]
	rc, err := f.OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, io.LimitReader(flate.NewReader(rc), 8<<20))
	if err != nil || n != 8<<20 {
		t.Fatalf("zip bomb inflates to %d bytes (%v), want 8 MiB and more", n, err)
	}
}

func TestFormatsMalformed(t *testing.T) {
	seedPDF, err := os.ReadFile(formatFile(t, "003_c0c1f748af53598b", "pdf"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string][]string{}
	for _, m := range malformed {
		b := m.make(t, seedPDF)
		if b == nil && m.name != "empty.pdf" {
			t.Logf("%s: no way to make it here, case left out", m.name)
			continue
		}
		write(m.name, b)
		want[m.name] = m.reason
	}
	write(brokenXref, breakXref(t, seedPDF))
	for _, name := range goodFiles {
		b, err := os.ReadFile(filepath.Join(formatsDir, name))
		if err != nil {
			t.Fatal(err)
		}
		write(name, b)
	}

	type result struct {
		out, errs string
		code      int
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		out, errs, code := runMain(t, "import", "--data", t.TempDir(), "--format", "jsonl", dir)
		done <- result{out, errs, code}
	}()
	var res result
	select {
	case res = <-done:
	case <-time.After(60 * time.Second):
		t.Fatalf("import of the malformed folder still running after 60 s")
	}
	t.Logf("import of %d files took %v", len(want)+1+len(goodFiles), time.Since(start).Round(time.Millisecond))
	if res.code != exitPartial {
		t.Fatalf("import: exit %d, want %d\nstderr: %s\nstdout: %s", res.code, exitPartial, res.errs, clip(res.out, 3000))
	}
	type line struct {
		File, Status, Reason string
		Records              int
	}
	seen := map[string]line{}
	for _, l := range decodeLines[line](t, res.out) {
		if l.File != "" {
			seen[filepath.Base(l.File)] = l
		}
	}
	for name, words := range want {
		l, ok := seen[name]
		switch {
		case !ok:
			t.Errorf("%s: no result line", name)
		case l.Status != "failed":
			t.Errorf("%s: status %q, want failed", name, l.Status)
		case !containsAny(strings.ToLower(l.Reason), words):
			t.Errorf("%s: reason %q names none of %q", name, l.Reason, words)
		default:
			t.Logf("%s: failed: %s", name, l.Reason)
		}
	}
	switch l := seen[brokenXref]; {
	case l.Status == "imported" && l.Records > 0:
		t.Logf("%s: rebuilt and imported (%d records)", brokenXref, l.Records)
	case l.Status == "failed" && strings.Contains(strings.ToLower(l.Reason), "corrupt"):
		t.Logf("%s: failed: %s", brokenXref, l.Reason)
	default:
		t.Errorf("%s: %+v, want imported with records or failed as corrupt", brokenXref, l)
	}
	for _, name := range goodFiles {
		if l := seen[name]; l.Status != "imported" || l.Records == 0 {
			t.Errorf("%s: %+v, want imported with records", name, l)
		}
	}
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
