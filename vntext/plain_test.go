package vntext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"baocao"
)

// plainFonts are the font hints TestPlainBlocks gives Unicode blocks.
var plainFonts = []string{"", "Times New Roman", ".VnTime", "VNI-Times", "Symbol"}

// TestPlainBlocks checks Assemble's short cut for plain Unicode blocks
// against the full detection: the seeds and the legacy transcripts, a
// paragraph a block, alone and among TCVN3 and VNI blocks (which the
// plain blocks' decisions are inherited by), under every kind of hint,
// must give the same text and encoding either way.
func TestPlainBlocks(t *testing.T) {
	var texts []string
	for _, dir := range []string{filepath.Join("..", "..", "shared", "seeds"), truthDir} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		t.Skip("shared files not present")
	}
	texts = append(texts, plainCases...)
	plain := 0
	for ti, text := range texts {
		paras := strings.Split(text, "\n")
		// three of the fifteen hint and mix combinations a text, in turn
		for j, mix := range []Encoding{"", TCVN3, VNI} {
			fi := (ti + j) % len(plainFonts)
			font := plainFonts[fi]
			{
				c := &baocao.Content{Format: "docx"}
				for k, p := range paras {
					bl := baocao.Block{Text: p, Font: font, Break: baocao.BreakPara}
					if mix != "" && (k+ti+fi)%3 == 1 {
						if b, err := Encode(mix, p); err == nil {
							bl.Text, bl.Font = cp1252String(b), ""
						}
					}
					if n, _, _, ok := plainUnicode(bl.Text, bl.Font == ""); ok && n > 0 {
						plain++
					}
					c.Blocks = append(c.Blocks, bl)
				}
				plainDetect = false
				want, werr := Assemble(c, Options{})
				plainDetect = true
				got, gerr := Assemble(c, Options{})
				if (werr != nil) != (gerr != nil) || got.Text != want.Text || got.Encoding != want.Encoding {
					t.Fatalf("text %d font %q mix %q: short cut gives %q (%v), full detection %q (%v)",
						ti, font, mix, got.Encoding, gerr, want.Encoding, werr)
				}
			}
		}
	}
	if plain == 0 {
		t.Error("no block took the short cut")
	}
}

// plainCases are blocks near the short cut's edge: footnote marks, words
// with Latin-1 letters only, abbreviations, a single witness, symbols.
var plainCases = []string{
	"Số liệu¹ được tổng hợp²\nvà có ³",
	"có là các và\nviệc có là",
	"NĐ-CP QĐ UBND có\nĐT đ",
	"François và Müller đã đến\nđã",
	"ẹT ĐT tæ chøc\nvề việc tổ chức",
	"Hà Nội, ngày 5 tháng 6\n“Chương trình” – mục tiêu…",
	"luît naêm viÖc\nluît việc",
	"\uF0B7 việc làm\n\uF0A7 có",
}

// TestRuneProps checks the property table against the functions it
// caches, for every rune it covers.
func TestRuneProps(t *testing.T) {
	props := runeProps()
	st := stableTable()
	for r := range rune(propLimit) {
		p := props[r]
		b, ok := cp1252Byte(r)
		stable := r >= 0x80 && r < stableLimit && st[r>>6]&(1<<(r&63)) != 0
		if p&propWord != 0 != isWordRune(r) || p&propLetter != 0 != unicode.IsLetter(r) || p&propCP1252 != 0 != (ok && b >= 0x80) || p&propInCP1252 != 0 != ok || p&propStable != 0 != stable {
			t.Fatalf("rune U+%04X: props %03b, want word %v, cp1252 %v, stable %v", r, p, isWordRune(r), ok && b >= 0x80, stable)
		}
	}
}
