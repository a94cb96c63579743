package extract

import (
	"math/big"
	"strings"
)

// Qualifiers and the interval each allows around the written value v:
//
//	khoảng, xấp xỉ, ~   [0,9·v; 1,1·v]  (a tenth either way)
//	gần                 [0,9·v; v]
//	trên, hơn, >        [v; ∞)
//	ít nhất, tối thiểu, ≥, "v trở lên"  [v; ∞)
//	dưới, <             [0; v]
//	tối đa, ≤, không (vượt) quá  [0; v]
//	ước, dự kiến, dự ước, ước tính  v (a forecast; its arithmetic still holds)
var qualWords = map[string]string{
	"khoảng": "khoảng", "chừng": "khoảng", "xấp xỉ": "khoảng", "gần": "gần",
	"trên": "trên", "hơn": "hơn", "dưới": "dưới", "ít nhất": "ít nhất", "tối thiểu": "ít nhất",
	"tối đa": "tối đa", "ước": "ước", "ước tính": "ước", "dự ước": "ước", "dự kiến": "dự kiến",
}

// lastOfPair holds the last words of the two-word keys of qualWords.
var lastOfPair = lastWords(qualWords)

func lastWords[V any](m map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		if _, last, ok := strings.Cut(k, " "); ok {
			out[last] = true
		}
	}
	return out
}

var qualSymbols = []struct{ sym, qual string }{
	{"≤", "tối đa"}, {"≥", "ít nhất"}, {"≈", "khoảng"}, {"<", "dưới"}, {">", "trên"}, {"~", "khoảng"},
}

// symbolEnds holds the last bytes of the qualSymbols.
var symbolEnds = func() (set [256]bool) {
	for _, s := range qualSymbols {
		set[s.sym[len(s.sym)-1]] = true
	}
	return set
}()

// filler reports whether w may stand between a qualifier and its figure:
// "ước đạt 60,3%". A switch: it is asked for nearly every figure.
func filler(w string) bool {
	switch w {
	case "đạt", "được", "là", "còn", "có":
		return true
	}
	return false
}

// tenth is read only: the interval arithmetic below never writes it.
var tenth = big.NewRat(1, 10)

// qualify sets Qualifier, QStart, the value with its scale and the
// interval; m is the mantissa and hi the upper end of a range (m itself
// otherwise).
func (n *Number) qualify(t, low string, m, hi mantissa, al *rats, wb *wordMemo) {
	var found []string
	p := n.Start
	q := p
	if q > 0 && t[q-1] == ' ' {
		q--
	}
	for _, s := range qualSymbols {
		if q == 0 || !symbolEnds[t[q-1]] {
			break // most figures have no symbol before them
		}
		if strings.HasSuffix(t[:q], s.sym) {
			found = append(found, s.qual)
			n.QStart = q - len(s.sym)
			p = n.QStart
			break
		}
	}
	if len(found) == 0 {
		for cur, words := p, 0; words < 4; words++ {
			w, s := wb.before(t, low, cur)
			if w == "" {
				break
			}
			if w == "quá" { // "không (vượt) quá 7%" is a ceiling, "vượt quá 7%" a floor
				w2, s2 := wordBefore(t, low, s, "")
				w3, s3 := wordBefore(t, low, s2, "")
				switch {
				case w2 == "không":
					found, n.QStart = append(found, "tối đa"), s2
				case w2 == "vượt" && w3 == "không":
					found, n.QStart = append(found, "tối đa"), s3
				case w2 == "vượt":
					found, n.QStart = append(found, "trên"), s2
				}
				break
			}
			if lastOfPairIdx.has(w) { // the word before is read only when it can make a pair
				w2, s2 := wordBefore(t, low, s, "")
				if q, ok := qualWordsIdx.get(pairOf(t, low, w2, s2, w, s)); ok && w2 != "" {
					found, n.QStart, cur = append(found, q), s2, s2
					continue
				}
			}
			if q, ok := qualWordsIdx.get(w); ok {
				found, n.QStart, cur = append(found, q), s, s
				continue
			}
			if !filler(w) {
				break
			}
			cur = s
		}
	}
	if strings.HasPrefix(t[n.End:], " trở lên") {
		found = append([]string{"ít nhất"}, found...)
	}
	n.Qualifier = pickQualifier(found)
	if al != nil && al.none {
		return
	}
	if al != nil && al.valueOnly {
		if v, ok := m.frac(); ok && n.ScaleExp < len(pow10) {
			if v, ok = v.scale(uint64(pow10[n.ScaleExp]), 1); ok {
				if n.Value = al.of(v); n.Value != nil {
					return
				}
			}
		}
		n.Value = m.rat()
		n.Value.Mul(n.Value, scaleRat(n.ScaleExp))
		return
	}
	if n.fracBounds(m, hi, al) {
		return
	}
	n.bigBounds(m.rat(), hi.rat())
}

// fracBounds sets Value, Lo and Hi from uint64 fractions, when they fit.
func (n *Number) fracBounds(m, hi mantissa, al *rats) bool {
	v, ok := m.frac()
	h, ok2 := v, true // hi is m but for a range
	if n.Range {
		h, ok2 = hi.frac()
	}
	if !ok || !ok2 {
		return false
	}
	if n.ScaleExp != 0 {
		if n.ScaleExp >= len(pow10) {
			return false
		}
		v, ok = v.scale(uint64(pow10[n.ScaleExp]), 1)
		h, ok2 = h.scale(uint64(pow10[n.ScaleExp]), 1)
		if !ok || !ok2 {
			return false
		}
	}
	lo, bounded := v, true
	switch n.Qualifier {
	case "khoảng":
		lo, ok = v.scale(9, 10)
		h, ok2 = h.scale(11, 10)
	case "gần":
		lo, ok = v.scale(9, 10)
	case "trên", "hơn", "ít nhất":
		bounded = false
	case "dưới", "tối đa":
		lo = frac{0, 1}
	}
	if !ok || !ok2 {
		return false
	}
	n.Value, n.Hi = al.of(v), nil
	if al == nil {
		// Parse's figures are the caller's own, to shift as it likes
		// (Lo and Hi apart from Value): no two share a Rat.
		n.Lo = al.of(lo)
		if bounded {
			n.Hi = al.of(h)
		}
		return n.Value != nil && n.Lo != nil && (n.Hi != nil || !bounded)
	}
	// A text's figures come by the hundred and most are exact: their
	// Lo and Hi are their Value, one Rat rather than three (read only,
	// as Number says).
	n.Lo, n.Hi = al.same(lo, v, n.Value), nil
	if bounded {
		n.Hi = al.same(h, v, n.Value)
	}
	return n.Value != nil && n.Lo != nil && (n.Hi != nil || !bounded)
}

// same is the Rat of f: r, the Rat of v, when f is v.
func (a *rats) same(f, v frac, r *big.Rat) *big.Rat {
	if f == v {
		return r
	}
	return a.of(f)
}

// bigBounds sets Value, Lo and Hi from the unscaled value and upper end.
func (n *Number) bigBounds(v, hi *big.Rat) {
	if n.ScaleExp != 0 {
		mult := scaleRat(n.ScaleExp)
		v.Mul(v, mult)
		hi.Mul(hi, mult)
	}
	n.Value = v
	// Lo and Hi never alias Value or each other: callers shift them apart.
	bounds := new([2]big.Rat) // one allocation for both
	lo := bounds[0].Set(n.Value)
	hi = bounds[1].Set(hi)
	switch n.Qualifier {
	case "khoảng":
		n.Lo = new(big.Rat).Sub(lo, new(big.Rat).Mul(lo, tenth))
		n.Hi = new(big.Rat).Add(hi, new(big.Rat).Mul(hi, tenth))
	case "gần":
		n.Lo = new(big.Rat).Sub(lo, new(big.Rat).Mul(lo, tenth))
		n.Hi = hi
	case "trên", "hơn", "ít nhất":
		n.Lo, n.Hi = lo, nil
	case "dưới", "tối đa":
		n.Lo, n.Hi = new(big.Rat), hi
	default:
		n.Lo, n.Hi = lo, hi
	}
}

// scaleRats holds 10^e for the scale words' exponents, read only.
var scaleRats = func() (r [len(pow10)]*big.Rat) {
	for e := range r {
		r[e] = new(big.Rat).SetInt64(pow10[e])
	}
	return r
}()

// scaleRat is 10^e (1 for e < 0, as big.Int.Exp gives), not to be written.
func scaleRat(e int) *big.Rat {
	if e >= 0 && e < len(scaleRats) {
		return scaleRats[e]
	}
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil))
}

func pickQualifier(found []string) string {
	for _, q := range found {
		switch q {
		case "trên", "hơn", "dưới", "ít nhất", "tối đa":
			return q
		}
	}
	for _, pref := range []string{"khoảng", "gần"} {
		for _, q := range found {
			if q == pref {
				return q
			}
		}
	}
	if len(found) > 0 {
		return found[0]
	}
	return ""
}
