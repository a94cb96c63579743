package indicator

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/vntext"
)

// abbreviations expands the folded short forms reports use.
var abbreviations = map[string]string{
	"ld":     "lao dong",
	"gqvl":   "giai quyet viec lam",
	"bhxh":   "bao hiem xa hoi",
	"bhyt":   "bao hiem y te",
	"bhtn":   "bao hiem that nghiep",
	"xkld":   "xuat khau lao dong",
	"ncc":    "nguoi co cong",
	"tthc":   "thu tuc hanh chinh",
	"tnld":   "tai nan lao dong",
	"atvsld": "an toan ve sinh lao dong",
	"atld":   "an toan lao dong",
	"btxh":   "bao tro xa hoi",
	"dtts":   "dan toc thieu so",
	"bdg":    "binh dang gioi",
	"cchc":   "cai cach hanh chinh",
	"ctmtqg": "chuong trinh muc tieu quoc gia",
	"mtqg":   "muc tieu quoc gia",
	"ldxs":   "lao dong xuat sac",
	"bk":     "bang khen",
	"cstd":   "chien si thi dua",
	"dvc":    "dich vu cong",
	"gdnn":   "giao duc nghe nghiep",
	"hgd":    "ho gia dinh",
	"nkt":    "nguoi khuyet tat",
	"nct":    "nguoi cao tuoi",
	"tnxh":   "te nan xa hoi",
	"cbcc":   "can bo cong chuc",
	"ctxh":   "cong tac xa hoi",
	"dn":     "doanh nghiep",
	"ntm":    "nong thon moi",
}

// maxWords bounds the words read from one phrase, so a whole paragraph
// passed by mistake costs no more than a long phrase.
const maxWords = 64

// words returns the folded, normalised words of s: abbreviations expanded,
// a final "y" after a lone consonant written "i", a word repeated at once
// dropped.
func words(s string) []string {
	if len(s) > maxWords*16 {
		s = s[:maxWords*16]
	}
	f := fold(s)
	fields := strings.FieldsFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%'
	})
	out := make([]string, 0, len(fields))
	add := func(w string) {
		if len(out) > 0 && out[len(out)-1] == w {
			return // "giải giải quyết"
		}
		out = append(out, w)
	}
	for _, w := range fields {
		if len(out) >= maxWords {
			break
		}
		if x, ok := abbreviations[w]; ok {
			for _, e := range strings.Fields(x) {
				add(e)
			}
			continue
		}
		add(syllableI(w))
	}
	return agencies(out)
}

// agencies writes the ministry's and departments' name "Lao động -
// Thương binh và Xã hội" (and "LĐ-TBXH", "TBXH") as one word "ldtbxh":
// the name of the agency speaks of no invalids.
func agencies(ws []string) []string {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		n := 0
		switch {
		case hasAt(ws, i, "thuong", "binh", "va", "xa", "hoi"):
			n = 5
		case hasAt(ws, i, "thuong", "binh", "xa", "hoi"):
			n = 4
		case ws[i] == "tbxh":
			n = 1
		}
		if n == 0 {
			out = append(out, ws[i])
			continue
		}
		if len(out) >= 2 && out[len(out)-2] == "lao" && out[len(out)-1] == "dong" {
			out = out[:len(out)-2]
		}
		out = append(out, "ldtbxh")
		i += n - 1
	}
	return out
}

func hasAt(ws []string, i int, p ...string) bool {
	if i+len(p) > len(ws) {
		return false
	}
	for k, w := range p {
		if ws[i+k] != w {
			return false
		}
	}
	return true
}

// syllableI writes "tỷ"/"tỉ", "sỹ"/"sĩ", "kỹ"/"kĩ", "lý"/"lí", "mỹ"/"mĩ",
// "quý"/"quí" one way: both spellings are in use.
func syllableI(w string) string {
	switch w {
	case "ty", "sy", "ky", "ly", "my", "hy":
		return w[:1] + "i"
	case "quy":
		return "qui"
	}
	return w
}

// folded caches vntext.Fold of the Latin letters with diacritics, which
// are all a Vietnamese text holds beyond ASCII: folding a phrase is then a
// table lookup a letter.
var folded = func() map[rune]string {
	m := map[rune]string{}
	for r := rune(0xC0); r <= 0x24F; r++ {
		m[r] = vntext.Fold(string(r))
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ {
		m[r] = vntext.Fold(string(r))
	}
	return m
}()

// fold is vntext.Fold, faster on Vietnamese text.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r == utf8.RuneError:
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				b.WriteRune(r) // as vntext.Fold writes an invalid byte
			} else {
				b.WriteString(vntext.Fold(string(r)))
			}
		default:
			if f, ok := folded[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteString(vntext.Fold(string(r)))
			}
		}
	}
	return b.String()
}
