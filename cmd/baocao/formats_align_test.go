package main

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// charAccuracy aligns got with truth the way score_diacritics.py does:
// whitespace collapsed, words aligned first, then characters inside the
// stretches where the words differ. recall is the share of truth's
// characters matched, precision the share of got's. ok is false when the
// texts are too far apart to align within the edit budget.
func charAccuracy(got, truth string) (recall, precision float64, ok bool) {
	g, w := strings.Fields(got), strings.Fields(truth)
	ops, ok := diff(w, g, 2000)
	if !ok {
		return 0, 0, false
	}
	// a word's following space counts when both sides have one
	spaced := func(toks []string, i, j int) string {
		s := strings.Join(toks[i:j], " ")
		if j < len(toks) {
			s += " "
		}
		return s
	}
	matched := 0
	for _, op := range ops {
		if op.equal {
			for i := op.a1; i < op.a2; i++ {
				matched += utf8.RuneCountInString(w[i])
				if i < len(w)-1 && op.b1+i-op.a1 < len(g)-1 {
					matched++
				}
			}
			continue
		}
		if op.a1 == op.a2 || op.b1 == op.b2 {
			continue
		}
		ra := []rune(spaced(w, op.a1, op.a2))
		rb := []rune(spaced(g, op.b1, op.b2))
		inner, ok := diff(ra, rb, 2000)
		if !ok {
			return 0, 0, false
		}
		for _, o := range inner {
			if o.equal {
				matched += o.a2 - o.a1
			}
		}
	}
	size := func(toks []string) int { return utf8.RuneCountInString(strings.Join(toks, " ")) }
	return share(matched, size(w)), share(matched, size(g)), true
}

// share is n/of, and 1 for an empty whole (nothing to recover).
func share(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// span is a stretch a[a1:a2] against b[b1:b2], equal or not.
type span struct {
	a1, a2, b1, b2 int
	equal          bool
}

// diff is Myers' shortest edit script between a and b, as alternating
// equal and differing spans. It gives up (ok false) past maxD edits, which
// keeps memory at O(maxD²) on texts that have nothing in common.
func diff[T comparable](a, b []T, maxD int) (spans []span, ok bool) {
	n, m := len(a), len(b)
	maxD = min(maxD, n+m)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int // trace[d][k+d+1]: furthest x on diagonal k before round d
	for d := 0; d <= maxD; d++ {
		trace = append(trace, slices.Clone(v[off-d-1:off+d+2]))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(trace, n, m), true
			}
		}
	}
	return nil, false
}

func backtrack(trace [][]int, n, m int) []span {
	var spans []span
	add := func(s span) {
		if s.a1 == s.a2 && s.b1 == s.b2 {
			return
		}
		if len(spans) > 0 && spans[len(spans)-1].equal == s.equal {
			last := &spans[len(spans)-1]
			last.a1, last.b1 = s.a1, s.b1
			return
		}
		spans = append(spans, s)
	}
	x, y := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d]
		at := func(k int) int { return v[k+d+1] }
		k := x - y
		var pk int
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		if d == 0 {
			px, py = 0, 0
		}
		// the snake from (px,py) after one edit down to (x,y)
		sx, sy := x, y
		for sx > px && sy > py {
			sx--
			sy--
		}
		add(span{sx, x, sy, y, true})
		if d > 0 {
			add(span{px, sx, py, sy, false})
		}
		x, y = px, py
	}
	slices.Reverse(spans)
	return spans
}

// accuracyCases hold texts whose character accuracy is known by counting.
var accuracyCases = []struct {
	got, truth        string
	recall, precision float64
}{
	{"", "", 1, 1},
	{"abc", "abc", 1, 1},
	{"  a\n\tb  c ", "a b c", 1, 1}, // whitespace collapses
	{"Công văn số 7", "Cụng văn số 7", 12.0 / 13, 12.0 / 13}, // one letter of 13
	{"a b c d", "a b c d e f", 7.0 / 11, 1},                  // a lost tail
	{"x a b c d e f", "a b c d e f", 1, 11.0 / 13},           // boilerplate before
	{"xyz", "abc", 0, 0},
	{"ab", "abc", 2.0 / 3, 1},
}

func TestCharAccuracy(t *testing.T) {
	for _, c := range accuracyCases {
		r, p, ok := charAccuracy(c.got, c.truth)
		if !ok || !near(r, c.recall) || !near(p, c.precision) {
			t.Errorf("charAccuracy(%q, %q) = %.4f, %.4f, %v, want %.4f, %.4f", c.got, c.truth, r, p, ok, c.recall, c.precision)
		}
	}
	if _, _, ok := charAccuracy(strings.Repeat("a ", 3000), strings.Repeat("b ", 3000)); ok {
		t.Errorf("charAccuracy of texts with no word in common aligned within the budget")
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
