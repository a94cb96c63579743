package vntext

import (
	"errors"
	"fmt"
	"strings"

	"baocao"
)

// Encoding names a text encoding baocao recognises. The values are the
// strings Text.Encoding and Document.Encoding report.
type Encoding string

// Encodings Assemble reports and Decode understands.
const (
	UTF8     Encoding = "utf-8"    // Unicode, precomposed (or already decoded by the reader)
	NFD      Encoding = "nfd"      // Unicode with combining marks ("Unicode tổ hợp")
	TCVN3    Encoding = "tcvn3"    // TCVN 5712:1993 "ABC", fonts .VnTime, .VnArial, ...
	TCVN3H   Encoding = "tcvn3h"   // the same bytes in a capitals font (.VnTimeH): every letter upper case
	VNI      Encoding = "vni"      // VNI Windows, fonts VNI-Times, VNI-Helve, ...
	VISCII   Encoding = "viscii"   // RFC 1456
	CP1258   Encoding = "cp1258"   // Windows-1258, base letter + combining tone
	VIQR     Encoding = "viqr"     // RFC 1456 mnemonic ASCII: "Vie^.t Nam"
	Mojibake Encoding = "mojibake" // UTF-8 once mis-decoded as CP1252/Latin-1: "Viá»‡t"
	Mixed    Encoding = "mixed"    // reported when blocks of one document differ materially
)

// ErrUnrepresentable is returned by Encode when the text holds a character
// the target encoding has no code for.
var ErrUnrepresentable = errors.New("vntext: character not representable")

// Encodings returns the names Options.From and ParseEncoding accept (the
// list `normalize --from` offers), in a stable order.
func Encodings() []Encoding {
	return []Encoding{UTF8, NFD, TCVN3, TCVN3H, VNI, VISCII, CP1258, VIQR, Mojibake}
}

// aliases maps other spellings of the names to the canonical one.
var aliases = map[string]Encoding{
	"utf8": UTF8, "unicode": UTF8, "unicode-dung-san": UTF8,
	"unicode-to-hop": NFD, "combining": NFD,
	"abc": TCVN3, "tcvn": TCVN3, "tcvn3-abc": TCVN3, "vn3": TCVN3, "tcvn5712": TCVN3, "tcvn-5712": TCVN3,
	"tcvn3-caps": TCVN3H, "abc-h": TCVN3H,
	"vni-windows": VNI, "vni-win": VNI,
	"windows-1258": CP1258, "cp-1258": CP1258, "win1258": CP1258,
}

// ParseEncoding returns the Encoding named by name (case-insensitive, common
// aliases such as "windows-1258" and "abc" accepted). An unknown name gives
// an error wrapping baocao.ErrEncoding that lists the valid ones.
func ParseEncoding(name string) (Encoding, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, e := range Encodings() {
		if n == string(e) {
			return e, nil
		}
	}
	if e, ok := aliases[n]; ok {
		return e, nil
	}
	names := make([]string, 0, len(Encodings()))
	for _, e := range Encodings() {
		names = append(names, string(e))
	}
	return "", fmt.Errorf("encoding %q (want one of %s): %w", name, strings.Join(names, ", "), baocao.ErrEncoding)
}

// Decode converts b from enc to UTF-8 NFC. The byte encodings never fail
// (every byte means something); UTF8 and NFD need valid UTF-8 and Mojibake
// needs text that was UTF-8 before its mis-decoding, otherwise the error
// wraps baocao.ErrEncoding. Decode does not Clean the result.
func Decode(enc Encoding, b []byte) (string, error) {
	switch enc {
	case TCVN3:
		return decodeTCVN3(b, false), nil
	case TCVN3H:
		return decodeTCVN3(b, true), nil
	case VNI:
		return decodeVNI(b), nil
	case VISCII:
		return decodeVISCII(b), nil
	case CP1258:
		return decodeCP1258(b), nil
	case VIQR:
		return decodeVIQR(string(b)), nil
	case UTF8, NFD, Mojibake:
		s := string(b)
		if !validUTF8(s) {
			return "", fmt.Errorf("decode %s: invalid utf-8: %w", enc, baocao.ErrEncoding)
		}
		if enc == Mojibake {
			u, ok := unMojibake(s)
			if !ok {
				return "", fmt.Errorf("decode mojibake: not utf-8 read as cp1252: %w", baocao.ErrEncoding)
			}
			s = u
		}
		return composeNFC(s), nil
	}
	return "", fmt.Errorf("decode: encoding %q: %w", enc, baocao.ErrEncoding)
}

// Encode converts UTF-8 text s to enc, the inverse of Decode for the
// reversible encodings: Decode(enc, Encode(enc, s)) == NFC(s) for every s
// Encode accepts. A character enc cannot hold gives an error wrapping
// ErrUnrepresentable. TCVN3 holds the lower-case letters and Ă Â Ê Ô Ơ Ư Đ;
// TCVN3H writes capitals as the lower-case bytes a capitals font displays
// as upper case, so it loses case.
func Encode(enc Encoding, s string) ([]byte, error) {
	switch enc {
	case TCVN3:
		return encodeTCVN3(s, false)
	case TCVN3H:
		return encodeTCVN3(s, true)
	case VNI:
		return encodeVNI(s)
	case VISCII:
		return encodeVISCII(s)
	case CP1258:
		return encodeCP1258(s)
	case VIQR:
		return encodeVIQR(s)
	case UTF8:
		return []byte(composeNFC(s)), nil
	case NFD:
		return []byte(decomposeNFD(s)), nil
	case Mojibake:
		return []byte(toMojibake(s)), nil
	}
	return nil, fmt.Errorf("encode: encoding %q: %w", enc, baocao.ErrEncoding)
}

func unrepresentable(enc Encoding, r rune) error {
	return fmt.Errorf("encode %s: %q: %w", enc, r, ErrUnrepresentable)
}
