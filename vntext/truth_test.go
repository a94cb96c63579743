package vntext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

// truthDir holds Unicode transcripts of real legacy documents (shared corpus).
var truthDir = filepath.Join("..", "..", "shared", "corpus", "legacy", "truth")

// readTruths returns the transcripts, skipping the test when the shared
// corpus is absent.
func readTruths(t *testing.T) map[string]string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(truthDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("shared corpus not present")
	}
	m := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(f)] = Clean(string(b))
	}
	return m
}

// officeBlocks encodes each line of text in enc and hands it over the way a
// Word or Excel reader does: the bytes as CP1252 characters, with font.
// mix, when set, encodes every other run of five words in VNI instead.
func officeBlocks(t *testing.T, text string, enc Encoding, font string, mix bool) *baocao.Content {
	t.Helper()
	c := &baocao.Content{Format: "doc"}
	for _, line := range strings.Split(text, "\n") {
		var b strings.Builder
		for i, w := range strings.SplitAfter(line, " ") {
			e := enc
			if mix && (i/5)%2 == 1 { // runs of five words
				e = VNI
			}
			wb, err := Encode(e, w)
			if err != nil { // a character the encoding lacks (ĭ, €): the document kept it in another font
				b.WriteString(w)
				continue
			}
			b.WriteString(cp1252String(wb))
		}
		c.Blocks = append(c.Blocks, baocao.Block{Text: b.String(), Font: font, Break: baocao.BreakLine})
	}
	return c
}

func cp1252String(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(latin1(c))
	}
	return sb.String()
}

// garbled reports whether a transcript word is itself the debris of a font
// mix-up in the original ("diƯn"): detection rightly reads the bytes as the
// word they were typed as, so such words are not counted.
func garbled(w string) bool {
	_, neg := scoreUnicode(w)
	return neg > 0
}

// diffWords counts the words of got that differ from want, apart from
// garbled ones.
func diffWords(got, want string) (bad int, example string) {
	g, w := strings.Fields(got), strings.Fields(want)
	for i := range w {
		if i >= len(g) {
			return bad + len(w) - i, example
		}
		if g[i] != w[i] && !garbled(w[i]) {
			bad++
			if example == "" {
				example = g[i] + " ≠ " + w[i]
			}
		}
	}
	return bad, example
}

// TestTruthRecovered encodes every transcript into the legacy forms a
// reader meets and checks that Assemble recovers it word for word.
func TestTruthRecovered(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: encodes the whole corpus five ways")
	}
	truths := readTruths(t)
	cases := []struct {
		name string
		enc  Encoding
		font string
		mix  bool
		want Encoding
		// perMille bounds the words that may differ; where a word reads as a
		// syllable in both TCVN3 and VNI ("thò": thũ or thị) only its
		// neighbours decide, which fails at the edge of a five-word run
		perMille int
	}{
		{"tcvn3", TCVN3, ".VnTime", false, TCVN3, 1},
		{"vni", VNI, "VNI-Times", false, VNI, 1},
		{"vni-in-vn-font", VNI, ".VnTime", false, VNI, 1},
		{"tcvn3-no-font", TCVN3, "", false, TCVN3, 1},
		{"mixed", TCVN3, ".VnTime", true, Mixed, 10},
	}
	for _, tc := range cases {
		bad, total := 0, 0
		for name, truth := range truths {
			got, err := Assemble(officeBlocks(t, truth, tc.enc, tc.font, tc.mix), Options{})
			if err != nil {
				t.Fatalf("%s %s: %v", tc.name, name, err)
			}
			n, ex := diffWords(got.Text, truth)
			bad += n
			total += len(strings.Fields(truth))
			if n > 0 && testing.Verbose() {
				t.Logf("%s %s: %d words differ, e.g. %s", tc.name, name, n, ex)
			}
			if got.Encoding != string(tc.want) && !(tc.want != Mixed && !strings.ContainsFunc(truth, func(r rune) bool { return r >= 0x80 })) {
				t.Errorf("%s %s: Encoding = %q, want %q", tc.name, name, got.Encoding, tc.want)
			}
		}
		t.Logf("%s: %d of %d words differ", tc.name, bad, total)
		if bad*1000 > total*tc.perMille {
			t.Errorf("%s: %d of %d words differ, want ≤ %d‰", tc.name, bad, total, tc.perMille)
		}
	}
}
