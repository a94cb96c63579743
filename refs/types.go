package refs

import (
	"baocao/vntext"
	"maps"
	"strings"
	"unicode"
)

// types are the document types a citation names, as written canonically;
// they are matched folded, longest first.
var types = []string{
	"Thông tư liên tịch", "Nghị quyết liên tịch", "Chương trình hành động", "Chương trình phối hợp",
	"Nghị quyết", "Quyết định", "Chỉ thị", "Thông tư", "Nghị định", "Kế hoạch", "Công văn",
	"Văn bản", "Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp", "Chương trình", "Hướng dẫn", "Báo cáo",
	"Thông báo", "Tờ trình", "Kết luận", "Đề án", "Quy định", "Quy chế", "Công điện", "Lệnh",
	"Thông tri", "Quy hoạch", "Biên bản",
}

// canonicalType maps a matched type to the one reported: the kinds of
// Chương trình are one type.
var canonicalType = map[string]string{
	"Chương trình hành động": "Chương trình",
	"Chương trình phối hợp":  "Chương trình",
}

// typeCodes are the abbreviations that open a number's code ("68/NQ-CP",
// "26-KH/TU"), folded to upper case without diacritics.
var typeCodes = map[string]string{
	"NQ": "Nghị quyết", "QD": "Quyết định", "CT": "Chỉ thị", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
	"NQLT": "Nghị quyết liên tịch", "ND": "Nghị định", "KH": "Kế hoạch", "BC": "Báo cáo", "TB": "Thông báo",
	"HD": "Hướng dẫn", "CTR": "Chương trình", "TTR": "Tờ trình", "KL": "Kết luận", "QC": "Quy chế",
	"QYD": "Quy định", "QDI": "Quy định", "CV": "Công văn", "CD": "Công điện", "DA": "Đề án", "L": "Lệnh",
	"PL": "Pháp lệnh", "BB": "Biên bản", "VB": "Văn bản",
}

// bareTypes may cite a number without a code ("Quyết định 22", "Đề án
// 999", "Chương trình 135").
var bareTypes = map[string]bool{
	"Nghị quyết": true, "Quyết định": true, "Chỉ thị": true, "Kế hoạch": true, "Đề án": true,
	"Chương trình": true, "Công văn": true, "Văn bản": true, "Thông báo": true, "Kết luận": true,
	"Nghị định": true, "Thông tư": true, "Hướng dẫn": true, "Báo cáo": true, "Tờ trình": true,
	"Công điện": true,
}

// named types cite a name between the type and the number ("Bộ luật Lao
// động số 45/2019/QH14").
var namedTypes = map[string]bool{"Luật": true, "Bộ luật": true, "Pháp lệnh": true, "Hiến pháp": true}

// typeWords holds the folded words of each type, longest first.
var typeWords = func() [][]string {
	out := make([][]string, len(types))
	for i, t := range types {
		out[i] = strings.Fields(vntext.Fold(t))
	}
	return out
}()

// typeEnds holds the last folded word of each type.
var typeEnds = func() map[string]bool {
	m := map[string]bool{}
	for _, tw := range typeWords {
		m[tw[len(tw)-1]] = true
	}
	return m
}()

// typeCodeWords holds the keys of typeCodes in lower case: the folded
// words that write them.
var typeCodeWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range typeCodes {
		m[strings.ToLower(k)] = true
	}
	return m
}()

// typeEndOrCode holds typeEnds and typeCodeWords in one map: the word
// before every figure is looked up in both, and is in neither.
var typeEndOrCode = func() map[string]bool {
	m := maps.Clone(typeEnds)
	maps.Copy(m, typeCodeWords)
	return m
}()

// isLetter is unicode.IsLetter, from a table below letterLimit: the
// letters of Vietnamese (U+1EA0-U+1EF9) would each cost a search of
// unicode's tables, and Find asks it around every figure.
func isLetter(c rune) bool {
	if 0 <= c && c < letterLimit {
		return letterTable[c>>6]&(1<<(c&63)) != 0
	}
	return unicode.IsLetter(c)
}

const letterLimit = 0x2000

var letterTable = func() (t [letterLimit / 64]uint64) {
	for r := range rune(letterLimit) {
		if unicode.IsLetter(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

func isDigit(c rune) bool { return '0' <= c && c <= '9' }
func isUpper(c rune) bool { return unicode.IsUpper(c) || c == 'Đ' }
