package vntext

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

// assembleContents are the inputs TestAssembleRef compares on: the seeds,
// the legacy transcripts and the testdata inputs, each as one block (a
// plain-text file), a paragraph a block under three fonts, each line encoded
// in every legacy encoding (as office text with its font, and as raw
// bytes), and with two encodings mixed in one document.
func assembleContents(t *testing.T) []*baocao.Content {
	var texts []string
	for _, pat := range []string{
		filepath.Join("..", "..", "shared", "seeds", "*.txt"),
		filepath.Join(truthDir, "*.txt"),
		filepath.Join("testdata", "*.input"),
	} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, plainCases...)
	var cs []*baocao.Content
	fonts := append(plainFonts, ".VnTimeH", "VNI-Helve", "body")
	for ti, text := range texts {
		cs = append(cs, &baocao.Content{Format: "txt", Blocks: []baocao.Block{{Text: text}}})
		if len(text) > 32768 { // the rest on the first pages
			text = text[:strings.LastIndexByte(text[:32768], '\n')+1]
		}
		for j := range 3 { // three fonts a text, in turn
			font := fonts[(ti+j)%len(fonts)]
			c := &baocao.Content{Format: "docx"}
			for k, p := range strings.Split(text, "\n") {
				c.Blocks = append(c.Blocks, baocao.Block{Text: p, Font: font, Break: baocao.Break(k % 5), Page: k / 40})
			}
			cs = append(cs, c)
		}
		if len(text) > 8192 { // the legacy encodings on the first lines
			text = text[:strings.LastIndexByte(text[:8192], '\n')+1]
		}
		for _, enc := range []Encoding{TCVN3, VNI, VISCII, CP1258, NFD, VIQR, Mojibake} {
			c := &baocao.Content{Format: "doc"}
			raw := &baocao.Content{Format: "txt"}
			for k, line := range strings.Split(text, "\n") {
				b, err := Encode(enc, line)
				if err != nil {
					c.Blocks = append(c.Blocks, baocao.Block{Text: line, Break: baocao.BreakLine})
					continue
				}
				font := fonts[(k+ti)%len(fonts)]
				if k%3 == 0 {
					font = ""
				}
				c.Blocks = append(c.Blocks, baocao.Block{Text: cp1252String(b), Font: font, Break: baocao.BreakLine})
				if k%7 == 3 { // a Unicode line among them
					c.Blocks = append(c.Blocks, baocao.Block{Text: line, Break: baocao.BreakNone})
				}
				raw.Blocks = append(raw.Blocks, baocao.Block{Raw: b, Break: baocao.BreakLine})
			}
			cs = append(cs, c)
			if enc == TCVN3 || enc == VNI || enc == VISCII || enc == CP1258 {
				cs = append(cs, raw)
			}
		}
		cs = append(cs, officeBlocks(t, text, TCVN3, ".VnTime", true))
	}
	return cs
}

// TestAssembleRef compares Assemble with the reference (assemble_ref_test.go)
// on detection and on every forced encoding.
func TestAssembleRef(t *testing.T) {
	cs := assembleContents(t)
	opts := []Options{{}, {CapsFonts: true}}
	for _, e := range Encodings() {
		opts = append(opts, Options{From: string(e)})
	}
	for i, c := range cs {
		for _, opt := range opts {
			if opt.From != "" && i%13 != 0 {
				continue
			}
			compareAssemble(t, fmt.Sprintf("content %d (%s, %d blocks)", i, c.Format, len(c.Blocks)), c, opt)
		}
	}
}

func compareAssemble(t *testing.T, name string, c *baocao.Content, opt Options) {
	t.Helper()
	want, werr := assembleRef(c, opt)
	got, err := Assemble(c, opt)
	if (err == nil) != (werr == nil) || got.Text != want.Text || got.Encoding != want.Encoding || fmt.Sprint(got.PageStarts) != fmt.Sprint(want.PageStarts) {
		t.Fatalf("%s, %+v: Assemble = %q %v %q (%v), reference %q %v %q (%v)", name, opt,
			clip(got.Text), got.PageStarts, got.Encoding, err, clip(want.Text), want.PageStarts, want.Encoding, werr)
	}
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// FuzzAssembleRef compares Assemble with the reference on arbitrary blocks.
func FuzzAssembleRef(f *testing.F) {
	for _, tt := range decodeTests {
		f.Add(tt.in, []byte(tt.in), ".VnTime", uint8(0))
	}
	for _, s := range plainCases {
		f.Add(s, []byte(nil), "", uint8(1))
		f.Add(s, []byte(s), "Times New Roman", uint8(2))
	}
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	for _, in := range inputs {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(string(b), []byte(nil), "", uint8(3))
		}
	}
	f.Fuzz(func(t *testing.T, text string, raw []byte, font string, shape uint8) {
		// shape picks the layout: the text alone, split in lines, next to
		// raw bytes, broken on pages
		c := &baocao.Content{Pages: int(shape >> 6)}
		switch shape & 3 {
		case 0:
			c.Blocks = []baocao.Block{{Text: text, Font: font}}
		case 1:
			for k, l := range strings.Split(text, "\n") {
				c.Blocks = append(c.Blocks, baocao.Block{Text: l, Font: font, Break: baocao.Break(k % 5), Page: k % 3})
			}
		case 2:
			c.Blocks = []baocao.Block{{Text: text, Font: font}, {Raw: raw, Break: baocao.BreakLine}, {Text: text}}
		case 3:
			c.Blocks = []baocao.Block{{Text: text, Page: 1}, {Text: string(raw), Font: font, Page: 2, Break: baocao.BreakCell}}
		}
		opt := Options{CapsFonts: shape&4 != 0}
		if shape&8 != 0 {
			opt.From = string(Encodings()[int(shape>>4)%len(Encodings())])
		}
		compareAssemble(t, "fuzz", c, opt)
	})
}

// TestTallyRef compares the tally with the map it replaced on random counts.
func TestTallyRef(t *testing.T) {
	names := append(Encodings(), "", Mixed, "latin-1")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var got tally
		var want tallyRef
		for range rng.IntN(6) {
			e, n := names[rng.IntN(len(names))], rng.IntN(40)
			if rng.IntN(3) == 0 {
				n = rng.IntN(3)
			}
			got.add(e, n)
			want.add(e, n)
		}
		if got.result() != want.result() {
			t.Fatalf("tally %v: result %q, map %v: %q", got.n, got.result(), want.n, want.result())
		}
	}
}

// TestIsCP1252Ref compares isCP1252 and fontHint with the functions they
// replaced, on every rune of the table, beyond it and on invalid UTF-8.
func TestIsCP1252Ref(t *testing.T) {
	for r := rune(0); r < 0x11000; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + "\xff"} {
			if isCP1252(s) != isCP1252Ref(s) {
				t.Fatalf("isCP1252(%q) = %v, want %v", s, isCP1252(s), isCP1252Ref(s))
			}
		}
	}
	for _, font := range append(fontNames, "", " ", ".VnTimeH Tur", "VnArialH", "vni-times", "TIMES NEW ROMAN", "\u0130mes", "Arial (Vietnamese)") {
		for range 2 { // the second time from the cache
			c, caps, ok := fontHint(font)
			wc, wcaps, wok := readFont(font)
			if c != wc || caps != wcaps || ok != wok {
				t.Fatalf("fontHint(%q) = %v %v %v, want %v %v %v", font, c, caps, ok, wc, wcaps, wok)
			}
		}
	}
}

var fontNames = []string{".VnTime", ".VnArial NarrowH", "VNI-Times", "Times New Roman", "Calibri", "Symbol", "Wingdings"}
