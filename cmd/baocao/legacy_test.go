package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

var legacyDir = filepath.Join("..", "..", "..", "shared", "corpus", "legacy", "files")

// TestLegacyImportSearchable imports real legacy-encoded documents (a
// TCVN3 Word file, a VNI Word file, the mixed TCVN3+VNI one, a TCVN3 RTF,
// a VNI docx) and finds them with queries typed without diacritics; each
// document's encoding says what its source was in.
func TestLegacyImportSearchable(t *testing.T) {
	if _, err := os.Stat(legacyDir); err != nil {
		t.Skip("no legacy corpus")
	}
	files := map[string]struct{ encoding, query string }{
		"2004-NghiDinh115_2003.doc":                           {"tcvn3", `"che do cong chuc du bi"`},
		"2006-quydinhkiemtra02.doc":                           {"vni", `"doi kiem tra lien nganh"`},
		"2004-duanLD9820.doc":                                 {"mixed", `"phat trien cntt tinh lam dong"`},
		"2003-A30.rtf":                                        {"tcvn3", "thue"},
		"synthetic-vni-2004-19Z9A_Luat_hop_tac_xasuadoi.docx": {"vni", `"hop tac xa"`},
	}
	dir, data := t.TempDir(), t.TempDir()
	for name := range files {
		b, err := os.ReadFile(filepath.Join(legacyDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustRun(t, exitOK, "import", "--data", data, dir)
	docs := decodeLines[baocao.Document](t, mustRun(t, exitOK, "docs", "--data", data, "--format", "jsonl"))
	byName := map[string]baocao.Document{}
	for _, d := range docs {
		byName[filepath.Base(d.File)] = d
	}
	for name, want := range files {
		d, ok := byName[name]
		if !ok {
			t.Errorf("%s not stored", name)
			continue
		}
		if d.Encoding != want.encoding {
			t.Errorf("%s: encoding %q, want %q", name, d.Encoding, want.encoding)
		}
		var res struct {
			Hits []struct{ Doc string }
		}
		out := mustRun(t, exitOK, "search", "--data", data, "--format", "json", "--limit", "20", want.query)
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, h := range res.Hits {
			found = found || h.Doc == d.ID
		}
		if !found {
			t.Errorf("search %s does not find %s (%s)", want.query, name, strings.TrimSpace(clip(out, 300)))
		}
	}
}

// TestScanImport imports a scanned page (image-only PDF) and an image: the
// text comes from OCR and the document says so.
func TestScanImport(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed")
	}
	data := t.TempDir()
	scans := filepath.Join("..", "..", "ingest", "ocr", "testdata")
	mustRun(t, exitOK, "import", "--data", data, filepath.Join(scans, "scan.pdf"), filepath.Join(scans, "page.png"))
	docs := decodeLines[baocao.Document](t, mustRun(t, exitOK, "docs", "--data", data, "--format", "jsonl"))
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	for _, d := range docs {
		if !d.OCR || d.Confidence < 0.8 || d.Chars < 300 || !strings.Contains(strings.ToLower(d.Title), "kết quả") {
			t.Errorf("%s: ocr %v confidence %.2f chars %d title %q", d.File, d.OCR, d.Confidence, d.Chars, d.Title)
		}
	}
}
