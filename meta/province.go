package meta

import (
	"baocao/vntext"
	"strings"
	"unicode/utf8"

	"baocao/place"
)

// maxBody bounds how much of the text the province and year counts read.
const maxBody = 256 << 10

// provinceOf finds the report's province: the place written before ", ngày"
// in the header, else a place in the agency lines ("UBND TỈNH LẠNG SƠN",
// "UBND HUYỆN BÁC ÁI"), else the province the body names most.
func provinceOf(text string, h header) (string, Span) {
	var placeLine []place.Mention
	p := h.date.place
	if p != (Span{}) {
		placeLine = findPlaceLine(text[p.Start:p.End])
		for _, m := range placeLine {
			if m.Province != "" && m.Kind != place.KindDistrict {
				return m.Province, Span{p.Start + m.Start, p.Start + m.End}
			}
		}
	}
	// The agency comes before a district in the place line: a Hà Tây
	// report dated in Hà Đông is from Hà Tây, though Hà Đông is in Hà
	// Nội's district list.
	for _, c := range h.agencyCells() {
		for _, m := range place.Find(c.text) {
			if m.Province != "" && m.Qualified {
				return m.Province, Span{c.start + m.Start, c.start + m.End}
			}
		}
	}
	for _, m := range placeLine {
		if m.Province != "" {
			return m.Province, Span{p.Start + m.Start, p.Start + m.End}
		}
	}
	body := prefix(text, maxBody)
	return mostNamed(body, place.Find(body))
}

// findPlaceLine is place.Find on the place of a place-and-date line,
// through a cache shared by all calls: reports of one province name the
// same place, and finding it costs more than the rest of the line. The
// mentions are shared: callers only read them.
func findPlaceLine(s string) []place.Mention {
	if len(s) > 64 {
		return place.Find(s)
	}
	return placeCache.get(s, place.Find, cloneMentions)
}

// cloneMentions copies ms so that they hold no piece of the caller's text.
func cloneMentions(ms []place.Mention) []place.Mention {
	out := make([]place.Mention, len(ms))
	for i, m := range ms {
		m.Text = strings.Clone(m.Text)
		out[i] = m
	}
	return out
}

var placeCache = newLineCache[[]place.Mention](512)

// mostNamed scores the provinces the mentions name and returns the best,
// with the span of its first mention. Weak mentions (a district without
// "huyện", "Hồ Chí Minh" that may be the man) count only when there is
// nothing else. A province named in a list ("thành phố Hồ Chí Minh, tỉnh
// Bình Dương, tỉnh Đồng Nai") scores a share of one mention: a report names
// its own province alone, and the others in lists. A district counts half
// for its province. Ties go to the province named first.
func mostNamed(text string, ms []place.Mention) (string, Span) {
	for _, weak := range []bool{false, true} {
		var use []place.Mention
		for _, m := range ms {
			if m.Province != "" && m.Weak == weak && !(weak && isTheMan(m)) {
				use = append(use, m)
			}
		}
		if len(use) == 0 {
			continue
		}
		score := map[string]float64{}
		first := map[string]place.Mention{}
		for i := 0; i < len(use); {
			j := i + 1
			for j < len(use) && listed(text[use[j-1].End:use[j].Start]) {
				j++
			}
			for _, m := range use[i:j] {
				w := 1 / float64(j-i)
				if m.Kind == place.KindDistrict {
					w /= 2
				}
				score[m.Province] += w
				if _, ok := first[m.Province]; !ok {
					first[m.Province] = m
				}
			}
			i = j
		}
		best := ""
		for p, s := range score {
			b := score[best]
			if best == "" || s > b || s == b && first[p].Start < first[best].Start {
				best = p
			}
		}
		m := first[best]
		return best, Span{m.Start, m.End}
	}
	return "", Span{}
}

// isTheMan reports a bare "Hồ Chí Minh": without "thành phố" or "TP" a
// report means the president (tư tưởng, đạo đức, phong cách Hồ Chí Minh),
// so it does not count even as a last resort.
func isTheMan(m place.Mention) bool {
	return m.Name == "Hồ Chí Minh" && vntext.Fold(m.Text) == "ho chi minh"
}

// listWords may stand between the items of a list of places.
var listWords = map[string]bool{
	"va": true, "tinh": true, "thanh": true, "pho": true, "tp": true, "huyen": true,
	"quan": true, "thi": true, "xa": true, "cac": true, "hoac": true, "voi": true,
}

// listed reports whether sep, the text between two mentions, only joins
// items of one list: commas, "và", "tỉnh", "thành phố", ...
func listed(sep string) bool {
	if len(sep) > 40 || strings.ContainsAny(sep, "\n.") {
		return false
	}
	for _, w := range words(sep, 0) {
		if !listWords[w.fold] {
			return false
		}
	}
	return true
}

// prefix returns text cut to at most n bytes, on a rune boundary.
func prefix(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}
