package meta

import (
	"baocao/vntext"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

type found struct {
	text string
	span Span
}

// numberRe matches the "Số:" label that starts a number cell. Its case is
// free ("SỐ:", "Số"), its tone is not: "Sở" is an agency.
// Without diacritics it needs its colon: "So: 5/BC-UBND".
// A law writes its kind first: "Luật số: 18/2003/QH11".
var numberRe = regexp.MustCompile(`^(?:(?i:luật|pháp lệnh|lệnh)\s+)?(?:(?i:số)\s*[:.]?|(?i:so)\s*:)\s*`)

// numberPrefix is numberRe.FindStringIndex, with a cheap test of the
// first byte first: every cell of the header is tried.
func numberPrefix(s string) []int {
	if s == "" || strings.IndexByte("lLpPsS\xc5", s[0]) < 0 { // \xc5: ſ, which (?i) takes for s
		return nil
	}
	// "Số" in any case: the regexp's first branch, greedy (\s is
	// [\t\n\f\r ]), written out.
	if len(s) >= 4 && (s[0] == 'S' || s[0] == 's') && s[1] == 0xE1 && s[2] == 0xBB && (s[3] == 0x90 || s[3] == 0x91) {
		i := skipPerlSpace(s, 4)
		if i < len(s) && (s[i] == ':' || s[i] == '.') {
			i++
		}
		return []int{0, skipPerlSpace(s, i)}
	}
	// After an s the pattern needs "số" or "so" in some case: "SỞ", "Sau"
	// and "Sở" need not reach the regexp.
	if rest, ok := strings.CutPrefix(s, "ſ"); ok || s[0] == 's' || s[0] == 'S' {
		if !ok {
			rest = s[1:]
		}
		if !strings.HasPrefix(rest, "o") && !strings.HasPrefix(rest, "O") && !strings.HasPrefix(rest, "ố") && !strings.HasPrefix(rest, "Ố") {
			return nil
		}
	}
	return numberRe.FindStringIndex(s)
}

// skipPerlSpace returns where the run of regexp \s characters at s[i]
// ends.
func skipPerlSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// parseNumber reads the document number in a cell "Số: 17/BC- SLĐ-TBXH".
// Spaces around its hyphens and slashes are dropped and dashes become
// hyphens: "17/BC-SLĐ-TBXH". A draft with the number left blank ("Số:
// /BC-SLĐTBXH") keeps its code, "/BC-SLĐTBXH": the code still tells the type
// and the agency, and the missing number shows it was a draft.
func parseNumber(c cell) (found, bool) {
	loc := numberPrefix(c.text)
	if loc == nil {
		return found{}, false
	}
	rest := c.text[loc[1]:]
	// Join space-separated pieces only where a hyphen or slash links them,
	// so "17/BC-UBND Lạng Sơn, ngày" stops before the place.
	end, prev := 0, ""
	for f := range strings.FieldsSeq(rest) {
		at := end + strings.Index(rest[end:], f)
		if prev != "" && !endsLink(prev) && !startsLink(f) {
			break
		}
		end, prev = at+len(f), f
	}
	raw := rest[:end]
	if cut := numberCut(raw); cut >= 0 {
		raw = raw[:cut]
	}
	raw = strings.TrimRight(raw, " .-–")
	num := dropSpaces(raw)
	if strings.IndexByte(num, 0xE2) >= 0 { // the first byte of both dashes
		num = dashes.Replace(num)
	}
	slash := strings.IndexByte(num, '/')
	if slash < 0 || !hasLetters(num[slash+1:], 2) {
		return found{}, false
	}
	start := c.start + loc[1]
	return found{text: num, span: Span{start, start + len(raw)}}, true
}

// numberCut returns the index of the first rune of s that a number cannot
// hold (numberRune), or -1; ASCII bytes are told from a table.
func numberCut(s string) int {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiNumber[c] {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !numberRune(r) {
			return i
		}
		i += n
	}
	return -1
}

// numberRune reports whether r may be part of a document number as
// written: letters, digits, marks, spaces, slashes, dashes, "&" and ".".
func numberRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || isSpace(r) || strings.ContainsRune("/-–—&.", r)
}

// asciiNumber is numberRune on ASCII bytes.
var asciiNumber = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = numberRune(c)
	}
	return t
}()

// dropSpaces is strings.Join(strings.FieldsFunc(s, isSpace), ""), s itself
// when it holds no space.
func dropSpaces(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		n := 1
		space := false
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else if spaceLead(s, i) {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
		}
		switch {
		case space && b == nil:
			b = append(make([]byte, 0, len(s)), s[:i]...)
		case !space && b != nil:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}

// dashes become hyphens in a number.
var dashes = strings.NewReplacer("–", "-", "—", "-")

func endsLink(s string) bool {
	return strings.HasSuffix(s, "-") || strings.HasSuffix(s, "/") || strings.HasSuffix(s, "–")
}
func startsLink(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "/") || strings.HasPrefix(s, "–")
}

func hasLetters(s string, n int) bool {
	if n <= 0 {
		return true
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				n--
			} else {
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if !unicode.IsLetter(r) {
				continue
			}
			n--
		}
		if n == 0 {
			return true // a title's letters need not all be counted
		}
	}
	return false
}

// typeCodes maps the type code that follows the slash of a number (folded,
// without punctuation) to the document type it stands for.
var typeCodes = map[string]string{
	"bc": "Báo cáo", "kh": "Kế hoạch", "qd": "Quyết định", "ttr": "Tờ trình",
	"tb": "Thông báo", "nq": "Nghị quyết", "ct": "Chỉ thị", "hd": "Hướng dẫn",
	"ctr": "Chương trình", "da": "Đề án", "kl": "Kết luận", "bb": "Biên bản",
	"gm": "Giấy mời", "cd": "Công điện", "pa": "Phương án", "qc": "Quy chế",
	"tt": "Thông tư", "nd": "Nghị định", "cv": "Công văn", "qyd": "Quy định",
}

// codePieces returns the letter codes after a number's first slash,
// without year pieces: "12/2001/QĐ-BTC" gives QĐ, BTC; the old style
// "1141-TC/QĐ/CĐKT" gives QĐ, CĐKT.
func codePieces(num string) []string {
	_, codes, ok := strings.Cut(num, "/")
	if !ok {
		return nil
	}
	var out []string
	for _, p := range strings.FieldsFunc(codes, func(r rune) bool { return r == '/' || r == '-' || r == '.' }) {
		if strings.TrimFunc(p, unicode.IsDigit) != "" {
			out = append(out, p)
		}
	}
	return out
}

// typeFromNumber returns the type a number's code names: "17/BC-UBND" is a
// Báo cáo. A number whose first code is an agency ("123/UBND-VX") is a
// Công văn, which carries no type code.
func typeFromNumber(num string) string {
	ps := codePieces(num)
	if len(ps) == 0 {
		return ""
	}
	if t, ok := typeCodes[codeKey(ps[0])]; ok {
		return t
	}
	if _, ok := agencyCodes[codeKey(ps[0])]; ok {
		return "Công văn"
	}
	return ""
}

// agencyFromNumber returns the agency named by the code after the type code:
// "17/BC-SLĐ-TBXH" was issued by the Sở Lao động - Thương binh và Xã hội.
func agencyFromNumber(num string) string {
	ps := codePieces(num)
	if len(ps) > 0 {
		if _, isType := typeCodes[codeKey(ps[0])]; isType {
			ps = ps[1:]
		}
	}
	// The agency code may itself hold hyphens (SLĐ-TBXH); try the longest
	// run of pieces first.
	for n := len(ps); n > 0; n-- {
		key := codeKey(strings.Join(ps[:n], ""))
		if a, ok := agencyCodes[key]; ok {
			return a
		}
		// The Quốc hội numbers its codes by term: QH11.
		if a, ok := agencyCodes[strings.TrimRight(key, "0123456789")]; ok {
			return a
		}
	}
	return ""
}

// codeKey folds a code and drops what is not a letter or digit: "SLĐ&TBXH"
// and "sldtbxh" share a key.
func codeKey(s string) string {
	var b strings.Builder
	for _, r := range vntext.Fold(s) {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
