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

// expansions holds the abbreviations' expansions split into words.
var expansions = func() map[string][]string {
	m := map[string][]string{}
	for k, x := range abbreviations {
		m[k] = strings.Fields(x)
	}
	return m
}()

var expansionTable = newWordTable(expansions)

// asciiWord tells the ASCII bytes a word is made of: letters, digits and
// "%" ("50%" is a word).
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		t[c] = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%'
	}
	return t
}()

// maxWords bounds the words read from one phrase, so a whole paragraph
// passed by mistake costs no more than a long phrase.
const maxWords = 64

// words returns the folded, normalised words of s: abbreviations expanded,
// a final "y" after a lone consonant written "i", a word repeated at once
// dropped.
func words(s string) []string { return appendWords(make([]string, 0, 16), s) }

// appendWords is words appending to out.
func appendWords(out []string, s string) []string {
	if len(s) > maxWords*16 {
		s = s[:maxWords*16]
	}
	var buf [256]byte
	f := foldInto(buf[:0], s)
	n0 := len(out)
	add := func(w string) {
		if len(out) > n0 && out[len(out)-1] == w {
			return // "giải giải quyết"
		}
		out = append(out, w)
	}
	// The fields of f split at what is not a letter, a digit or "%",
	// as strings.FieldsFunc would cut them.
	for i := 0; i < len(f); {
		start := i
		for i < len(f) {
			c, n := rune(f[i]), 1
			if c >= utf8.RuneSelf {
				c, n = utf8.DecodeRuneInString(f[i:])
				if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
					break
				}
			} else if !asciiWord[c] {
				break
			}
			i += n
		}
		if i == start {
			_, n := utf8.DecodeRuneInString(f[i:])
			i += n
			continue
		}
		if len(out) >= maxWords {
			break
		}
		w := f[start:i]
		if x, ok := expansionTable.get(w); ok {
			for _, e := range x {
				add(e)
			}
			continue
		}
		add(syllableI(w))
	}
	return append(out[:n0], agencies(out[n0:])...)
}

// agencies writes the ministry's and departments' name "Lao động -
// Thương binh và Xã hội" (and "LĐ-TBXH", "TBXH") as one word "ldtbxh":
// the name of the agency speaks of no invalids.
func agencies(ws []string) []string {
	i := 0
	for i < len(ws) && ws[i] != "thuong" && ws[i] != "tbxh" {
		i++
	}
	if i == len(ws) {
		return ws // most phrases: no agency
	}
	out := ws[:i]
	for ; i < len(ws); i++ {
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

// foldInto is fold, building the folded text in buf (when it fits) so
// that it costs one allocation.
func foldInto(buf []byte, s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	return string(vntext.AppendFold(append(buf, s[:i]...), s[i:]))
}
