package meta

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// splitCellsRef is splitCells as it was before its plain-byte loop took
// in Vietnamese letters and single spaces; TestSplitCells holds the new
// one to it.
func splitCellsRef(out []cell, text string, start, end int) []cell {
	from := start
	emit := func(to int) {
		s, e := trimSpan(text, from, to)
		if s < e {
			out = append(out, cell{text: text[s:e], start: s, end: e})
		}
	}
	for i := start; i < end; {
		for i < end && plainByte[text[i]] {
			i++
		}
		if i == end {
			break
		}
		c := text[i]
		if c == '\t' || c == '|' {
			emit(i)
			from = i + 1
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				i++
				continue
			}
		} else if !spaceLead(text, i) {
			i++
			continue
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !isSpace(r) {
			i += n
			continue
		}
		{ // a run of spaces starts at i
			j, spaces := i, 0
			for j < end {
				if b := text[j]; b < utf8.RuneSelf {
					if !asciiSpace[b] || b == '\t' {
						break
					}
					j++
				} else {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !isSpace(r2) {
						break
					}
					j += n2
				}
				spaces++
			}
			if spaces >= 3 {
				emit(i)
				from = j
			}
			i = j
		}
	}
	emit(end)
	return out
}

// TestSplitCells compares splitCells with splitCellsRef on random lines of
// fieldTokens and cell separators.
func TestSplitCells(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	tokens := append(slices.Clone(fieldTokens), "   ", " \t ", "|", "x y", "ạ ", " ạ")
	var b strings.Builder
	for range 100000 {
		b.Reset()
		for range rng.IntN(12) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		b.WriteString(tokens[rng.IntN(len(tokens))] + "*_<\u00a0\u2003"[rng.IntN(7):][:1])
		s := b.String()
		got := splitCells(nil, s, 0, len(s))
		want := splitCellsRef(nil, s, 0, len(s))
		for k, c := range got {
			// simple is splitCells' own: it promises what cleanTitle
			// makes of the cell
			if c.simple && (oneSpaced(c.text) != c.text || strings.ContainsAny(c.text, "<*_|")) {
				t.Fatalf("splitCells(%q): cell %q is not simple", s, c.text)
			}
			got[k].simple = false
		}
		if !slices.Equal(got, want) {
			t.Fatalf("splitCells(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLowerIs compares lowerIs with strings.ToLower.
func TestLowerIs(t *testing.T) {
	for _, s := range []string{"SỞ", "Sở", "sở", "SƠ", "Bộ", "BỘ", "ban", "BAN", "Phòng", "PHÒNG", "s\xffở", "sởa", "s", "", "ſở", "K"} {
		for _, w := range []string{"sở", "bộ", "ban", "cục", "phòng", "k", ""} {
			if got, want := lowerIs(s, w), strings.ToLower(s) == w; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestFirstFold compares firstFold with the first word appendWords reads,
// on random lines of fieldTokens.
func TestFirstFold(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	tokens := append(slices.Clone(fieldTokens), "BÁO", "Cáo", "\u0301", "1", "Đ", "-", "ǅ")
	var b strings.Builder
	for range 50000 {
		b.Reset()
		for range rng.IntN(6) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		s := b.String()
		got, ok := firstFold(nil, s)
		ws := appendWords(nil, s, 0, 1)
		if ok != (len(ws) > 0) || ok && string(got) != ws[0].fold {
			t.Fatalf("firstFold(%q) = %q, %v; appendWords gives %v", s, got, ok, ws)
		}
	}
}

// lowerHasPrefixRef is lowerHasPrefix by its definition.
func lowerHasPrefixRef(s, prefix string) bool {
	n := utf8.RuneCountInString(prefix)
	end := 0
	for k := 0; k < n && end < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	return strings.HasPrefix(strings.ToLower(s[:end]), prefix)
}

// TestLowerHasPrefix compares lowerHasPrefix with its definition on random
// strings of fieldTokens and capitals.
func TestLowerHasPrefix(t *testing.T) {
	tokens := append(fieldTokens, "c", "C", "ủ", "Ủ", "của", "CỦA", "Của", "\xff", "İ", "K")
	rng := rand.New(rand.NewPCG(5, 6))
	var b strings.Builder
	for range 100000 {
		b.Reset()
		for range rng.IntN(5) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		s := b.String()
		for _, p := range []string{"của", "ca", ""} {
			if got, want := lowerHasPrefix(s, p), lowerHasPrefixRef(s, p); got != want {
				t.Fatalf("lowerHasPrefix(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}
