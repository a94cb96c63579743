package vntext

import (
	"errors"
	"testing"
	"unicode"

	"baocao"
)

// reversible are the encodings with an encoder that keeps every letter.
var reversible = []Encoding{TCVN3, VNI, VISCII, CP1258, VIQR, NFD, UTF8, Mojibake}

func TestVietnameseLetters(t *testing.T) {
	ls := VietnameseLetters()
	if len(ls) != 134 {
		t.Fatalf("VietnameseLetters() has %d letters, want 134", len(ls))
	}
	seen := map[rune]bool{}
	for _, r := range ls {
		if seen[r] {
			t.Errorf("VietnameseLetters() repeats %q", r)
		}
		seen[r] = true
	}
}

func TestRoundTrip(t *testing.T) {
	letters := VietnameseLetters()
	all := string(letters) + " Việt Nam, ĐẠI HỘI; quốc-gia 28.101/38.000 (73,95%)"
	for _, enc := range reversible {
		for _, r := range letters {
			b, err := Encode(enc, string(r))
			if err != nil {
				t.Errorf("Encode(%s, %q): %v", enc, r, err)
				continue
			}
			got, err := Decode(enc, b)
			if err != nil || got != string(r) {
				t.Errorf("Decode(%s, Encode(%q) = % x) = %q, %v; want %q", enc, r, b, got, err, string(r))
			}
		}
		b, err := Encode(enc, all)
		if err != nil {
			t.Errorf("Encode(%s, all letters): %v", enc, err)
			continue
		}
		if got, _ := Decode(enc, b); got != all {
			t.Errorf("Decode(%s, Encode(all)) = %q, want %q", enc, got, all)
		}
	}
}

// TestRoundTripCaps checks the capitals fonts: every letter comes back as
// its capital.
func TestRoundTripCaps(t *testing.T) {
	for _, r := range VietnameseLetters() {
		b, err := Encode(TCVN3H, string(r))
		if err != nil {
			t.Fatalf("Encode(tcvn3h, %q): %v", r, err)
		}
		got, _ := Decode(TCVN3H, b)
		want := string(upper(r))
		if got != want {
			t.Errorf("Decode(tcvn3h, Encode(%q)) = %q, want %q", r, got, want)
		}
	}
}

func upper(r rune) rune { return unicode.ToUpper(r) }

var decodeTests = []struct {
	enc  Encoding
	in   string
	want string
}{
	{TCVN3, "Vi\xd6t Nam", "Việt Nam"},
	{TCVN3, "c\xb8c \xae\xb9i bi\xd3u", "các đại biểu"},
	{TCVN3, "n\xad\xedc", "nước"},                                // 0xAD is ư, not a soft hyphen
	{TCVN3, "\x93K\xd0p\x94 \x96 x", "\u201cKép\u201d \u2013 x"}, // Word punctuation stays punctuation
	{TCVN3H, "c\xb8c \xae\xb9i bi\xd3u", "CÁC ĐẠI BIỂU"},
	{TCVN3, "A\xb0", "À"}, // VN1 combining mark
	{VNI, "Vieät Nam", "Việt Nam"},
	{VNI, "Ñoäc laäp \u2013 Töï do \u2013 Haïnh phuùc", "Độc lập – Tự do – Hạnh phúc"},
	{VNI, "SOÁ: 144/QÑ-BTC", "SỐ: 144/QĐ-BTC"},
	{VNI, "chiùnh nghóa tröôûng", "chính nghĩa trưởng"},
	{VISCII, "Vi\xaet Nam \x02", "Việt Nam Ẳ"},
	{CP1258, "Vi\xeat Nam ho\xcca", "Viêt Nam hòa"},
	{CP1258, "Vi\xea\xf2t", "Việt"},
	{CP1258, "ngu\xf5\xecn", "nguớn"},
	{VIQR, "Vie^.t Nam", "Việt Nam"},
	{VIQR, "DDa\\.i ho^.i dda(ng", "Đa.i hội đăng"},
	{NFD, "Vie\u0323\u0302t", "Việt"},
	{NFD, "Vie\u0301\u0302t", "Viết"}, // tone before shape
	{Mojibake, "Viá»‡t Nam", "Việt Nam"},
}

func TestDecode(t *testing.T) {
	for _, tt := range decodeTests {
		in := []byte(tt.in)
		if tt.enc == VNI {
			in, _ = cp1252Bytes(tt.in) // the table writes VNI bytes as their Latin-1 letters
		}
		got, err := Decode(tt.enc, in)
		if err != nil || got != tt.want {
			t.Errorf("Decode(%s, %q) = %q, %v; want %q", tt.enc, tt.in, got, err, tt.want)
		}
		if !IsNFC(got) {
			t.Errorf("Decode(%s, %q) is not NFC", tt.enc, tt.in)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct {
		enc Encoding
		in  string
	}{{UTF8, "\xff"}, {Mojibake, "plain"}, {"klingon", "x"}} {
		if _, err := Decode(tc.enc, []byte(tc.in)); !errors.Is(err, baocao.ErrEncoding) {
			t.Errorf("Decode(%s, %q) error = %v, want ErrEncoding", tc.enc, tc.in, err)
		}
	}
	if _, err := Encode(VISCII, "€"); !errors.Is(err, ErrUnrepresentable) {
		t.Errorf("Encode(viscii, €) error = %v, want ErrUnrepresentable", err)
	}
}

var parseEncodingTests = []struct {
	in   string
	want Encoding
	ok   bool
}{
	{"tcvn3", TCVN3, true}, {"TCVN3", TCVN3, true}, {"abc", TCVN3, true}, {"windows-1258", CP1258, true},
	{"vni", VNI, true}, {"utf8", UTF8, true}, {"latin-9", "", false},
}

func TestParseEncoding(t *testing.T) {
	for _, tt := range parseEncodingTests {
		got, err := ParseEncoding(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseEncoding(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, baocao.ErrEncoding) {
			t.Errorf("ParseEncoding(%q) error %v does not wrap ErrEncoding", tt.in, err)
		}
	}
}
