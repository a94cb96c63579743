package vntext

import (
	"archive/zip"
	"html"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestTablesAgainstIconv compares the byte tables with glibc's charmaps of
// the same standards, where iconv(1) is installed.
func TestTablesAgainstIconv(t *testing.T) {
	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed")
	}
	check := func(charset string, b byte, want rune) {
		t.Helper()
		out, err := exec.Command("sh", "-c", "printf '\\"+octal(b)+"' | iconv -f "+charset+" -t UTF-8").Output()
		if err != nil {
			t.Skipf("iconv %s: %v", charset, err)
		}
		if got := []rune(string(out)); len(got) != 1 || got[0] != want {
			t.Errorf("%s byte %#02x: table has %U, iconv says %q", charset, b, want, out)
		}
	}
	for i, r := range tcvn3High {
		if i%7 == 0 || r >= 0x300 && r < 0x370 { // a sample, every mark included: iconv is slow to start
			check("TCVN5712-1", byte(0xA0+i), r)
		}
	}
	for i, r := range visciiTable {
		if i%5 == 0 || i < 0x20 && r != rune(i) {
			check("VISCII", byte(i), r)
		}
	}
	for i, r := range cp1258High {
		if i%5 == 0 && r >= 0xA0 {
			check("CP1258", byte(0x80+i), r)
		}
	}
}

func octal(b byte) string { return string([]byte{'0' + b>>6, '0' + b>>3&7, '0' + b&7}) }

// TestVNIAgainstSyntheticDocx checks the VNI table on the shared .docx
// files whose runs are set in VNI-Times: their text, decoded as VNI, must
// give the transcripts word for word.
func TestVNIAgainstSyntheticDocx(t *testing.T) {
	truths := readTruths(t)
	files, _ := filepath.Glob(filepath.Join(truthDir, "..", "files", "synthetic-vni-*.docx"))
	if len(files) == 0 {
		t.Skip("no synthetic VNI documents")
	}
	wt := regexp.MustCompile(`<w:t(?: [^>]*)?>([^<]*)</w:t>|</w:p>`)
	for _, f := range files {
		z, err := zip.OpenReader(f)
		if err != nil {
			t.Fatal(err)
		}
		var xml []byte
		for _, zf := range z.File {
			if zf.Name == "word/document.xml" {
				r, _ := zf.Open()
				xml, _ = io.ReadAll(r)
				r.Close()
			}
		}
		z.Close()
		var sb strings.Builder
		for _, m := range wt.FindAllSubmatch(xml, -1) {
			if m[1] == nil {
				sb.WriteByte('\n')
				continue
			}
			sb.WriteString(html.UnescapeString(string(m[1])))
		}
		b, ok := cp1252Bytes(sb.String())
		if !ok {
			t.Fatalf("%s: text is not VNI bytes", f)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".docx") + ".txt"
		got, want := decodeVNI(b), truths[name]
		if bad, ex := diffWords(got, want); bad > 0 {
			t.Errorf("%s: %d words differ from the transcript, e.g. %s", name, bad, ex)
		}
	}
}

// TestTallyIndex checks the tally's order against Encodings, which
// result walks.
func TestTallyIndex(t *testing.T) {
	encs := Encodings()
	if len(encs) != len(tallyEncodings) {
		t.Fatalf("Encodings() has %d names, the tally %d", len(encs), len(tallyEncodings))
	}
	for k, e := range encs {
		if tallyIndex(e) != k || tallyEncodings[k] != e {
			t.Errorf("tallyIndex(%q) = %d, tallyEncodings[%d] = %q, want %d and %q", e, tallyIndex(e), k, tallyEncodings[k], k, e)
		}
	}
}
