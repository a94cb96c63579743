package ingest

import "strings"

var superscript = [10]rune{'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'}

// Raised returns the text of a superscript run so that it can never merge
// with the figure before it: "2020" followed by footnote mark 6 must not
// read 20206. Digits become superscript digits (m² stays readable); in a
// legacy Vietnamese font, where ¹²³ are Latin-1 code points that vntext
// would read as TCVN3 letters, a run of digits is bracketed instead: [6].
// This is the convention the RTF and PDF readers follow too.
func Raised(s string, legacyFont bool) string {
	if legacyFont {
		if t := strings.TrimSpace(s); t != "" && strings.Trim(t, "0123456789") == "" {
			return strings.Replace(s, t, "["+t+"]", 1)
		}
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return superscript[r-'0']
		}
		return r
	}, s)
}

// LegacyFont reports whether a font name is one of the Vietnamese legacy
// families whose text vntext repairs: TCVN3 (".VnTime", ".VnArial", ...),
// VNI ("VNI-Times", ...) and the like ("VN Times", "VN-Arial").
func LegacyFont(name string) bool {
	l := strings.ToLower(strings.TrimSpace(name))
	return strings.HasPrefix(l, ".vn") || strings.HasPrefix(l, "vni") || strings.HasPrefix(l, "vn-") || strings.HasPrefix(l, "vn ")
}
