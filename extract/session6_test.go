package extract

import (
	"reflect"
	"strings"
	"testing"

	"baocao/gen"
)

// The functions the sixth session rewrote, as they were: the new ones
// are held to them at every place of many texts.

// blankBeforeRef is blankBefore as it was.
func (pl *sections) blankBeforeRef(t string, from, pos int) bool {
	s := segStart(t, from, pos)
	for w := range strings.FieldsSeq(pl.lower(t, s, pos)) {
		w = strings.Trim(w, "-–+*_•.)(/")
		if w != "" && w != "trong" && w != "đó" && w != "có" && w != "và" && w != "duy" && w != "trì" && w != "đảm" && w != "bảo" {
			return false
		}
	}
	return true
}

// session6Texts are the texts the rewritten functions are held to their
// references on: the fast paths' edge cases, the fixtures and seeds, and
// generated reports.
func session6Texts(t testing.TB) []string {
	texts := append([]string(nil), fastTexts...)
	texts = append(texts, "– • 12 người", "•– và –•đó 3 hộ", "(1) - 100% trẻ em", "** trong đó: 3 hộ")
	for _, s := range goldenInputs(t) {
		texts = append(texts, s[:min(len(s), 4000)])
	}
	return append(texts, gen.Texts(20, 6)...)
}

func TestSession6Agrees(t *testing.T) {
	for _, text := range session6Texts(t) {
		checkSession6(t, text)
	}
}

func FuzzSession6Agrees(f *testing.F) {
	for _, s := range fastTexts {
		f.Add(s)
	}
	addLines(f)
	f.Fuzz(checkSession6)
}

func checkSession6(t *testing.T, text string) {
	low := lowerText(text)
	pl := newSections(text, low)
	for s := 0; s <= len(text); s++ {
		if !isBoundary(text, s) {
			continue
		}
		for e := s; e <= min(len(text), s+60); e++ {
			if !isBoundary(text, e) {
				continue
			}
			if got, want := pl.blankBefore(text, s, e), pl.blankBeforeRef(text, s, e); got != want {
				t.Fatalf("blankBefore(%q) = %v, want %v", text[s:e], got, want)
			}
		}
	}
}

// periodOrTyTexts hold the words at the start, the end, cut short and
// next to each other.
var periodOrTyTexts = []string{
	"", "năm", "nă", "ăm", "xnămx", "đoạn", "đoạ", "đến", "đế", "tháng", "thán", "tỷ", "t", "\xc4", "\xc4\x91",
	"tỷ lệ hộ nghèo năm 2020", "giai đoạn 2016", "tính đến hết", "6 tháng đầu năm", "tăng năng", "đăng ký", "tỷtháng",
}

func TestPeriodOrTy(t *testing.T) {
	texts := append([]string(nil), periodOrTyTexts...)
	for _, s := range session6Texts(t) {
		for i := 0; i < len(s); i += 37 {
			texts = append(texts, s[i:min(len(s), i+50)])
		}
	}
	for _, s := range texts {
		p, ty := periodOrTy(s)
		if want := containsAnyOf(s, periodWords); p != want || ty != strings.Contains(s, "tỷ") {
			t.Errorf("periodOrTy(%q) = %v, %v, want %v, %v", s, p, ty, want, strings.Contains(s, "tỷ"))
		}
	}
}

func FuzzPeriodOrTy(f *testing.F) {
	for _, s := range periodOrTyTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ty := periodOrTy(s)
		if want := containsAnyOf(s, periodWords); p != want || ty != strings.Contains(s, "tỷ") {
			t.Errorf("periodOrTy(%q) = %v, %v, want %v, %v", s, p, ty, want, strings.Contains(s, "tỷ"))
		}
	})
}

// TestJoinTrimmed holds joinTrimmed to joinSpans on the fields of every
// stretch of the texts.
func TestJoinTrimmed(t *testing.T) {
	for _, text := range append(session6Texts(t), "*a* _b_ c", "a  b", "_ a", "a\tb *") {
		for s := 0; s < len(text); s += 3 {
			for e := s; e <= min(len(text), s+60); e += 7 {
				if !isBoundary(text, s) || !isBoundary(text, e) {
					continue
				}
				words := appendFields(nil, text, s, e)
				for k := 0; k <= len(words); k++ {
					if got, want := joinTrimmed(text, words[k:]), joinSpans(text, words[k:], trimMarks); got != want {
						t.Fatalf("joinTrimmed(%q) = %q, want %q", text[s:e], got, want)
					}
				}
			}
		}
	}
}

// TestTableRowsFigures holds tableRows reading cells from the text's
// figures to tableRows reading every cell again, on many generated
// reports (tables with and without headers, units, scales) and the
// fixtures.
func TestTableRowsFigures(t *testing.T) {
	texts := session6Texts(t)
	texts = append(texts, gen.Texts(200, 61)...)
	for _, s := range goldenInputs(t) {
		texts = append(texts, s)
	}
	rows := 0
	for _, s := range texts {
		rows += checkTableRows(t, s)
	}
	if rows < 100 {
		t.Errorf("%d table rows read: the texts hardly test tableRows", rows)
	}
}

func FuzzTableRowsFigures(f *testing.F) {
	for _, s := range gen.Texts(10, 3) {
		f.Add(s[:min(len(s), 1500)])
	}
	f.Add("Chỉ tiêu\tĐVT\tKH\tTH\tTỷ lệ (%)\nLao động\tngười\t1.000\t1.200\t120\nVốn\ttriệu đồng\t5\t6,5\t130%\n")
	f.Fuzz(func(t *testing.T, s string) { checkTableRows(t, s) })
}

func checkTableRows(t *testing.T, s string) int {
	low := lowerText(s)
	for _, valueOnly := range []bool{false, true} {
		ns := scanWith(s, low, valueOnly)
		fs := make([]figure, len(ns))
		for i := range ns {
			fs[i] = figure{Number: &ns[i]}
		}
		got, gotTaken := tableRows(s, newSections(s, low), nil, nil, fs)
		want, wantTaken := tableRows(s, newSections(s, low), nil, nil, nil)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotTaken, wantTaken) {
			t.Fatalf("tableRows(%.200q) with figures = %v, want %v", s, got, want)
		}
		if valueOnly {
			return len(got)
		}
	}
	return 0
}

// bareFigureRef is bareFigure as it was: every cell scanned.
func bareFigureRef(c string) bool {
	c = strings.TrimSpace(c)
	if nextDigit(c, 0) == len(c) {
		return false
	}
	bare := false
	scanEach(c, false, placesOnly, func(n Number) {
		bare = bare || (n.QStart == 0 && n.End >= len(strings.TrimRight(c, " %")))
	})
	return bare
}

// bareCells are numeric cells of every shape readMantissa tells apart.
var bareCells = []string{
	"0", "1", "12", "2021", "1900", "2100", "1899", "2101", "02021", "1.500", "1.5", "1.50", "1.", "1.5.", "2.1.3",
	"0203.3812.345", "0912345678", "091234567", "1,234,567", "1,5", "73,95", "13.676,5", "1.234.5", "28.101,", ",5",
	"1,2,3", "1..5", "12.345.678", "1.234,56", "1.2345", "0,5", "00", "100", " 12 ", "3)", "1-", "2021,5", "1.2021",
}

func TestBareFigure(t *testing.T) {
	cells := append([]string(nil), bareCells...)
	for _, s := range session6Texts(t) {
		for _, line := range strings.Split(s, "\n") {
			cells = append(cells, strings.Split(line, "\t")...)
		}
	}
	for _, c := range cells {
		if got, want := bareFigure(c), bareFigureRef(c); got != want {
			t.Errorf("bareFigure(%q) = %v, want %v", c, got, want)
		}
	}
}

func FuzzBareFigure(f *testing.F) {
	for _, c := range bareCells {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, c string) {
		if got, want := bareFigure(c), bareFigureRef(c); got != want {
			t.Errorf("bareFigure(%q) = %v, want %v", c, got, want)
		}
	})
}
