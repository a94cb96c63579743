package vntext

import (
	"strings"
	"testing"

	"baocao"
)

// benchText is about 64 KB of ordinary report prose.
var benchText = strings.Repeat("Năm 2021, tỉnh đã giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch; "+
	"tỷ lệ hộ nghèo giảm còn 2,1%, thu ngân sách nhà nước ước đạt 12.345 tỷ đồng. ", 400)

func benchDecode(b *testing.B, enc Encoding) {
	data, err := Encode(enc, benchText)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(enc, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeTCVN3(b *testing.B)    { benchDecode(b, TCVN3) }
func BenchmarkDecodeVNI(b *testing.B)      { benchDecode(b, VNI) }
func BenchmarkDecodeVISCII(b *testing.B)   { benchDecode(b, VISCII) }
func BenchmarkDecodeCP1258(b *testing.B)   { benchDecode(b, CP1258) }
func BenchmarkDecodeVIQR(b *testing.B)     { benchDecode(b, VIQR) }
func BenchmarkDecodeNFD(b *testing.B)      { benchDecode(b, NFD) }
func BenchmarkDecodeMojibake(b *testing.B) { benchDecode(b, Mojibake) }

// benchAssemble measures detection and repair of office text in enc.
func benchAssemble(b *testing.B, enc Encoding, font string) {
	text := benchText
	if enc != UTF8 {
		data, err := Encode(enc, benchText)
		if err != nil {
			b.Fatal(err)
		}
		text = cp1252String(data)
	}
	c := &baocao.Content{Blocks: []baocao.Block{{Text: text, Font: font}}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Assemble(c, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAssembleTCVN3(b *testing.B)   { benchAssemble(b, TCVN3, ".VnTime") }
func BenchmarkAssembleVNI(b *testing.B)     { benchAssemble(b, VNI, "") }
func BenchmarkAssembleUnicode(b *testing.B) { benchAssemble(b, UTF8, "") }

func BenchmarkDetectBytes(b *testing.B) {
	data, _ := Encode(VNI, benchText)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := DetectBytes(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCanonical(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Canonical(benchText)
	}
}

func BenchmarkClean(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Clean(benchText)
	}
}

// BenchmarkCleanGeneral is Clean's general path on the same text, the
// reference for the fast path's gain.
func BenchmarkCleanGeneral(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		clean(benchText)
	}
}

// BenchmarkAssembleUnicodeParas is Assemble on plain Unicode text the way
// office readers hand it over: a block a paragraph.
func BenchmarkAssembleUnicodeParas(b *testing.B) {
	c := &baocao.Content{}
	for p := range strings.SplitAfterSeq(benchText, ". ") {
		c.Blocks = append(c.Blocks, baocao.Block{Text: p, Break: baocao.BreakPara})
	}
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		if _, err := Assemble(c, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssembleTCVN3Paras is Assemble on TCVN3 text in a .VnTime font,
// a block a sentence, as a legacy Word document arrives.
func BenchmarkAssembleTCVN3Paras(b *testing.B) {
	c := &baocao.Content{}
	n := 0
	for p := range strings.SplitAfterSeq(benchText, ". ") {
		data, err := Encode(TCVN3, p)
		if err != nil {
			b.Fatal(err)
		}
		c.Blocks = append(c.Blocks, baocao.Block{Text: cp1252String(data), Font: ".VnTime", Break: baocao.BreakPara})
		n += len(data)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		if _, err := Assemble(c, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
