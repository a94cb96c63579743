package rtf

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// font is one entry of the font table.
type font struct {
	name    string
	charset int  // \fcharsetN, -1 when absent
	cpg     int  // \cpgN, 0 when absent
	legacy  bool // legacyVietnamese(name), computed once
}

// legacyVietnamese reports whether a font name belongs to one of the 8-bit
// Vietnamese font families whose bytes vntext decodes (TCVN3 ".Vn..." fonts,
// VNI fonts, VPS/VISCII fonts). Word writes such text with the font's
// nominal charset (often 0, sometimes a "Tur"/"CE" variant with another
// charset), but the bytes are the legacy encoding, not that code page.
func legacyVietnamese(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, p := range []string{".vn", "vni-", "vni ", "vps", "vn-", "vntime", "viscii", "vk "} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// charsetCodePage maps \fcharsetN to a Windows code page.
var charsetCodePage = map[int]int{
	0:   0, // ANSI: the document's \ansicpg
	1:   0, // default
	77:  10000,
	128: 932,
	129: 949,
	134: 936,
	136: 950,
	161: 1253,
	162: 1254,
	163: 1258,
	177: 1255,
	178: 1256,
	186: 1257,
	204: 1251,
	222: 874,
	238: 1250,
	254: 437,
}

// codePageDecoder returns the decoder for a Windows code page, nil for ones
// this reader does not know (their bytes are then read as CP1252, the
// commonest case, rather than dropped).
func codePageDecoder(cp int) *encoding.Decoder {
	var e encoding.Encoding
	switch cp {
	case 437:
		e = charmap.CodePage437
	case 850:
		e = charmap.CodePage850
	case 874:
		e = charmap.Windows874
	case 932:
		e = japanese.ShiftJIS
	case 936:
		e = simplifiedchinese.GBK
	case 949:
		e = korean.EUCKR
	case 950:
		e = traditionalchinese.Big5
	case 1250:
		e = charmap.Windows1250
	case 1251:
		e = charmap.Windows1251
	case 1253:
		e = charmap.Windows1253
	case 1254:
		e = charmap.Windows1254
	case 1255:
		e = charmap.Windows1255
	case 1256:
		e = charmap.Windows1256
	case 1257:
		e = charmap.Windows1257
	case 1258:
		e = charmap.Windows1258
	case 10000:
		e = charmap.Macintosh
	default:
		return nil
	}
	return e.NewDecoder()
}

// cp1252 maps every byte to the character CP1252 shows for it. The five
// bytes CP1252 leaves undefined map to the C1 control of the same value, so
// that vntext can map every character back to its byte.
var cp1252 = func() [256]rune {
	var t [256]rune
	for i := range 256 {
		t[i] = rune(i)
	}
	hi := "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"
	i := 0x80
	for _, r := range hi {
		t[i] = r
		i++
	}
	return t
}()

// codePageFor returns the code page bytes in font f are written in: 0 means
// "CP1252 characters, byte for byte" (ANSI and legacy Vietnamese fonts).
func codePageFor(f *font, ansicpg int) int {
	if f == nil {
		return cpOrDefault(ansicpg)
	}
	if f.legacy {
		return 1252
	}
	if f.cpg != 0 {
		return f.cpg
	}
	if f.charset == 2 { // Symbol: bytes are glyph codes, kept as CP1252
		return 1252
	}
	if cp, ok := charsetCodePage[f.charset]; ok && cp != 0 {
		return cp
	}
	return cpOrDefault(ansicpg)
}

func cpOrDefault(cp int) int {
	if cp == 0 {
		return 1252
	}
	return cp
}
