package vntext

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"baocao"
)

// fuzzDecode checks one decoder's invariants: no panic, valid UTF-8 in NFC.
func fuzzDecode(f *testing.F, enc Encoding) {
	for _, tt := range decodeTests {
		f.Add([]byte(tt.in))
	}
	f.Add([]byte("\xb0\xb1\xe2\xe2\xe1\xf9\xd9\x02\x05\xff\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Decode(enc, b)
		if err != nil {
			return // only the UTF-8 family refuses input
		}
		if !utf8.ValidString(s) || !IsNFC(s) {
			t.Fatalf("Decode(%s, % x) = %q: not valid NFC", enc, b, s)
		}
	})
}

func FuzzDecodeTCVN3(f *testing.F)    { fuzzDecode(f, TCVN3) }
func FuzzDecodeTCVN3H(f *testing.F)   { fuzzDecode(f, TCVN3H) }
func FuzzDecodeVNI(f *testing.F)      { fuzzDecode(f, VNI) }
func FuzzDecodeVISCII(f *testing.F)   { fuzzDecode(f, VISCII) }
func FuzzDecodeCP1258(f *testing.F)   { fuzzDecode(f, CP1258) }
func FuzzDecodeVIQR(f *testing.F)     { fuzzDecode(f, VIQR) }
func FuzzDecodeNFD(f *testing.F)      { fuzzDecode(f, NFD) }
func FuzzDecodeMojibake(f *testing.F) { fuzzDecode(f, Mojibake) }

// FuzzAssemble feeds arbitrary text and bytes through detection: no panic,
// NFC out, page starts inside the text and in order, and an error only
// wrapping ErrEncoding.
func FuzzAssemble(f *testing.F) {
	for _, tt := range decodeTests {
		f.Add(tt.in, []byte(tt.in), ".VnTime")
	}
	f.Add("Vie\u0323", []byte("\u0302t"), "VNI-Times")
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	for _, in := range inputs {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(string(b), b, "")
		}
	}
	f.Fuzz(func(t *testing.T, text string, raw []byte, font string) {
		c := &baocao.Content{Pages: 2, Blocks: []baocao.Block{
			{Text: text, Font: font, Page: 1},
			{Text: text, Font: font, Page: 1, Break: baocao.BreakCell},
			{Raw: raw, Page: 2},
		}}
		plainDetect = false
		want, werr := Assemble(c, Options{})
		plainDetect = true
		got, err := Assemble(c, Options{})
		if got.Text != want.Text || got.Encoding != want.Encoding || (err == nil) != (werr == nil) {
			t.Fatalf("Assemble(%q, % x, %q) = %q %q, full detection %q %q", text, raw, font, got.Text, got.Encoding, want.Text, want.Encoding)
		}
		if err != nil {
			if !isEncodingErr(err) {
				t.Fatalf("Assemble error %v does not wrap ErrEncoding", err)
			}
			return
		}
		if !IsNFC(got.Text) {
			t.Fatalf("Assemble(%q, % x) = %q: not NFC", text, raw, got.Text)
		}
		prev := 0
		for _, s := range got.PageStarts {
			if s < prev || s > len(got.Text) {
				t.Fatalf("page starts %v outside text of %d bytes", got.PageStarts, len(got.Text))
			}
			prev = s
		}
	})
}

// FuzzCanonical: NFC out, idempotent, and only tone marks move (the folded
// form is unchanged).
func FuzzCanonical(f *testing.F) {
	for _, tt := range canonicalTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Canonical(s)
		if r := canonicalRef(s); r != c {
			t.Fatalf("Canonical(%q) = %q, reference %q", s, c, r)
		}
		if !utf8.ValidString(s) {
			return
		}
		if !IsNFC(c) || Canonical(c) != c {
			t.Fatalf("Canonical(%q) = %q: not NFC or not idempotent", s, c)
		}
		if Fold(c) != Fold(composeNFC(s)) {
			t.Fatalf("Canonical(%q) = %q changed more than tone placement", s, c)
		}
	})
}

func isEncodingErr(err error) bool { return errors.Is(err, baocao.ErrEncoding) }
