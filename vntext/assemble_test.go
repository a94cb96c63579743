package vntext

import (
	"errors"
	"reflect"
	"testing"

	"baocao"
)

// tcvn3Text and vniText give a phrase as a Word reader hands it over.
func tcvn3Text(t *testing.T, s string) string { return legacyText(t, TCVN3, s) }
func vniText(t *testing.T, s string) string   { return legacyText(t, VNI, s) }

func legacyText(t *testing.T, enc Encoding, s string) string {
	t.Helper()
	b, err := Encode(enc, s)
	if err != nil {
		t.Fatalf("Encode(%s, %q): %v", enc, s, err)
	}
	return cp1252String(b)
}

func mustEncode(t *testing.T, enc Encoding, s string) []byte {
	t.Helper()
	b, err := Encode(enc, s)
	if err != nil {
		t.Fatalf("Encode(%s, %q): %v", enc, s, err)
	}
	return b
}

func TestAssembleDetects(t *testing.T) {
	const para = "Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch năm"
	tests := []struct {
		name   string
		blocks []baocao.Block
		want   string
		enc    string
	}{
		{"tcvn3 font", []baocao.Block{{Text: tcvn3Text(t, para), Font: ".VnTime"}}, para + "\n", "tcvn3"},
		{"vni font", []baocao.Block{{Text: vniText(t, para), Font: "VNI-Times"}}, para + "\n", "vni"},
		{"vni in a tcvn3 font", []baocao.Block{{Text: vniText(t, para), Font: ".VnTime"}}, para + "\n", "vni"},
		{"unicode", []baocao.Block{{Text: para, Font: "Times New Roman"}}, para + "\n", "utf-8"},
		{"nfd", []baocao.Block{{Text: "Vie\u0323\u0302t Nam đạt ke\u0302\u0301 hoa\u0323ch"}}, "Việt Nam đạt kế hoạch\n", "nfd"},
		{"mojibake", []baocao.Block{{Text: toMojibake(para)}}, para + "\n", "mojibake"},
		{"viqr", []baocao.Block{{Text: "Vie^.t Nam dda.t ke^' hoa.ch"}}, "Việt Nam đạt kế hoạch\n", "viqr"},
		{"english left alone", []baocao.Block{{Text: "Hello. What's new? e.g. 3.5"}}, "Hello. What's new? e.g. 3.5\n", "utf-8"},
		{"french left alone", []baocao.Block{{Text: "L'été à Hanoï, très chaud", Font: "Arial"}}, "L'été à Hanoï, très chaud\n", "utf-8"},
		{
			"mixed line", []baocao.Block{
				{Text: tcvn3Text(t, "Kế hoạch tổng thể phát triển ") + vniText(t, "công nghệ thông tin của tỉnh"), Font: ".VnTime", Break: baocao.BreakPara},
				{Text: tcvn3Text(t, "Sở khoa học và công nghệ"), Font: ".VnTime"},
			},
			"Kế hoạch tổng thể phát triển công nghệ thông tin của tỉnh\n\nSở khoa học và công nghệ\n", "mixed",
		},
		{
			"short block inherits", []baocao.Block{
				{Text: vniText(t, "Độc lập – Tự do – Hạnh phúc"), Font: ".VnTime", Break: baocao.BreakLine},
				{Text: vniText(t, "Nơi"), Font: ".VnTime"},
			},
			"Độc lập – Tự do – Hạnh phúc\nNơi\n", "vni",
		},
		{"heading typed in capitals", []baocao.Block{{Text: "PH\u00c7N TH\u00f8 NH\u00caT: K\u00d5 HO\u00b9CH T\u00e6NG TH\u00d3", Font: ".VnTime"}}, "PHẦN THỨ NHẤT: KẾ HOẠCH TỔNG THỂ\n", "tcvn3"},
		{"capital then lower case", []baocao.Block{{Text: "K\u00d5 ho\u00b9ch", Font: ".VnTime"}}, "Kế hoạch\n", "tcvn3"},
		{"raw tcvn3", []baocao.Block{{Raw: mustEncode(t, TCVN3, para)}}, para + "\n", "tcvn3"},
		{"raw vni", []baocao.Block{{Raw: mustEncode(t, VNI, para)}}, para + "\n", "vni"},
		{"raw viscii", []baocao.Block{{Raw: mustEncode(t, VISCII, para)}}, para + "\n", "viscii"},
		{"raw cp1258", []baocao.Block{{Raw: mustEncode(t, CP1258, para)}}, para + "\n", "cp1258"},
		{"raw western", []baocao.Block{{Raw: []byte("Copyright \xa9 2005, all rights reserved. Report of the year.")}}, "Copyright © 2005, all rights reserved. Report of the year.\n", "cp1258"},
	}
	for _, tt := range tests {
		got, err := Assemble(&baocao.Content{Blocks: tt.blocks}, Options{})
		if err != nil {
			t.Errorf("%s: Assemble: %v", tt.name, err)
			continue
		}
		if got.Text != tt.want || got.Encoding != tt.enc {
			t.Errorf("%s: Assemble = %q (%s), want %q (%s)", tt.name, got.Text, got.Encoding, tt.want, tt.enc)
		}
		if !IsNFC(got.Text) {
			t.Errorf("%s: Assemble text is not NFC", tt.name)
		}
	}
}

func TestAssembleForced(t *testing.T) {
	const para = "Giải quyết việc làm"
	c := &baocao.Content{Blocks: []baocao.Block{{Text: tcvn3Text(t, para)}}}
	got, err := Assemble(c, Options{From: "tcvn3"})
	if err != nil || got.Text != para+"\n" || got.Encoding != "tcvn3" {
		t.Errorf("Assemble(from tcvn3) = %q (%s), %v; want %q", got.Text, got.Encoding, err, para)
	}
	got, err = Assemble(c, Options{From: "vni"})
	if err != nil || got.Text == para+"\n" || got.Encoding != "vni" {
		t.Errorf("Assemble(from vni) = %q (%s), %v; want a VNI reading", got.Text, got.Encoding, err)
	}
	if _, err := Assemble(c, Options{From: "ebcdic"}); !errors.Is(err, baocao.ErrEncoding) {
		t.Errorf("Assemble(from ebcdic) error = %v, want ErrEncoding", err)
	}
	caps := &baocao.Content{Blocks: []baocao.Block{{Text: tcvn3Text(t, "tổ chức tín dụng"), Font: ".VnTimeH"}}}
	if got, _ := Assemble(caps, Options{CapsFonts: true}); got.Text != "TỔ CHỨC TÍN DỤNG\n" {
		t.Errorf("Assemble(.VnTimeH, CapsFonts) = %q, want capitals", got.Text)
	}
	if got, _ := Assemble(caps, Options{}); got.Text != "tổ chức tín dụng\n" {
		t.Errorf("Assemble(.VnTimeH) = %q, want the typed case", got.Text)
	}
}

func TestAssembleReaderEncoding(t *testing.T) {
	c := &baocao.Content{Encoding: "windows-1258", Blocks: []baocao.Block{{Text: "Vi\u00ea\u0323t Nam"}}}
	got, err := Assemble(c, Options{})
	if err != nil || got.Text != "Việt Nam\n" || got.Encoding != "cp1258" {
		t.Errorf("Assemble(reader-decoded cp1258) = %q (%s), %v; want %q (cp1258)", got.Text, got.Encoding, err, "Việt Nam\n")
	}
}

func TestAssembleRawGarbage(t *testing.T) {
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*131+7) | 0x80
	}
	_, err := Assemble(&baocao.Content{Blocks: []baocao.Block{{Raw: junk}}}, Options{})
	if !errors.Is(err, baocao.ErrEncoding) {
		t.Errorf("Assemble(binary junk) error = %v, want ErrEncoding", err)
	}
}

// TestAssembleJoin checks that a combining mark starting a block composes
// with the block before it on the same line, and that page starts point at
// the text of each page after cleaning.
func TestAssembleJoin(t *testing.T) {
	c := &baocao.Content{Pages: 3, Blocks: []baocao.Block{
		{Text: "Vie\u0323", Page: 1},
		{Text: "\u0302t Nam\r\n", Page: 1, Break: baocao.BreakPage},
		{Text: "Trang\u00a0hai", Page: 2, Break: baocao.BreakCell},
		{Text: "ô", Page: 2, Break: baocao.BreakPage},
	}}
	got, err := Assemble(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Text{Text: "Việt Nam\n\n\nTrang hai\tô\n", PageStarts: []int{0, len("Việt Nam\n\n\n"), len("Việt Nam\n\n\nTrang hai\tô\n")}, Encoding: "nfd"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Assemble = %+v, want %+v", got, want)
	}
}

func TestRepair(t *testing.T) {
	tests := []struct{ text, font, want string }{
		{tcvn3Text(t, "Độc lập - Tự do"), ".VnTime", "Độc lập - Tự do"},
		{vniText(t, "Độc lập - Tự do"), "VNI-Times", "Độc lập - Tự do"},
		{"Độc lập - Tự do", "Times New Roman", "Độc lập - Tự do"},
		{"\u0110\u00c7u t\u00ad", ".VnTime", "Đầu tư"}, // a Unicode Đ inside TCVN3
		// a footnote mark before Unicode words is no TCVN3 "ạ"
		{"¹ Công văn số 745", "", "¹ Công văn số 745"},
		{"Xem ¹⁰ Công văn", "", "Xem ¹⁰ Công văn"},
		{"theo Công văn¹ số 5", "", "theo Công văn¹ số 5"},
	}
	for _, tt := range tests {
		if got, _ := Repair(tt.text, tt.font); got != tt.want {
			t.Errorf("Repair(%q, %q) = %q, want %q", tt.text, tt.font, got, tt.want)
		}
	}
}
