package index

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"baocao"

	"github.com/blevesearch/bleve/v2"
)

// corpus is a small fixture with known contents. d3 holds "tầng"/"tặng"
// several times but never "tăng"; d4 spells "hòa", d5 "hoà"; d6 has the
// words of "giải quyết việc làm" but not the phrase.
var corpus = []baocao.Document{
	{ID: "d1", File: "ls/2021.txt", Title: "Báo cáo kết quả năm 2021", Province: "Lạng Sơn", Year: 2021, Type: "Báo cáo", Format: "txt", Encoding: "utf-8",
		Text: "Giải quyết việc làm cho 28.101 lao động.\nCông tác an ninh trật tự được giữ vững."},
	{ID: "d2", File: "ls/2020.pdf", Title: "Báo cáo ngân sách", Province: "Lạng Sơn", Year: 2020, Type: "Báo cáo", Format: "pdf", Encoding: "tcvn3",
		Text: "Tổng thu ngân sách tăng 12% so với cùng kỳ. Sản xuất nông nghiệp phát triển ổn định."},
	{ID: "d3", File: "hn/kh.docx", Title: "Kế hoạch xây dựng", Province: "Hà Nội", Year: 2021, Type: "Kế hoạch", Format: "docx", Encoding: "utf-8",
		Text: "Xây dựng nhà văn hoá ba tầng. Tầng một làm hội trường, tầng hai làm thư viện, tầng ba làm kho, tầng mái chống nóng. Tặng quà cho hộ nghèo, tặng bằng khen."},
	{ID: "d4", File: "hn/hoa-giai.txt", Title: "Báo cáo công tác tư pháp", Province: "Hà Nội", Year: 2021, Type: "Báo cáo", Format: "txt", Encoding: "vni",
		Text: "Công tác hòa giải ở cơ sở được quan tâm."},
	{ID: "d5", File: "cb/tu-phap.doc", Title: "Báo cáo tư pháp", Province: "Cao Bằng", Year: 2019, Type: "Báo cáo", Format: "doc", Encoding: "tcvn3",
		Text: "Tổ hoà giải hoạt động đều. Bảo đảm quyền tự do tín ngưỡng. Quản lý in ấn tài liệu."},
	{ID: "d6", File: "cb/tb.txt", Title: "Thông báo", Province: "Cao Bằng", Year: 2019, Type: "Thông báo", Format: "txt", Encoding: "utf-8",
		Text: "Giải quyết khiếu nại kịp thời. Tạo việc làm mới cho thanh niên."},
}

// mustOpen creates an index in a temporary folder holding corpus.
func mustOpen(tb testing.TB) *Index {
	tb.Helper()
	ix, err := Create(filepath.Join(tb.TempDir(), "index"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := ix.Close(); err != nil {
			tb.Error(err)
		}
	})
	b := ix.NewBatch()
	for i := range corpus {
		if err := b.Add(&corpus[i], []string{"viec_lam", "viec_lam", "ngan_sach"}); err != nil {
			tb.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		tb.Fatal(err)
	}
	return ix
}

func mustSearch(t *testing.T, ix *Index, q Query) Result {
	t.Helper()
	res, err := ix.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return res
}

func ids(res Result) string {
	var s []string
	for _, h := range res.Hits {
		s = append(s, h.Doc)
	}
	return strings.Join(s, " ")
}

var searchTests = []struct {
	q      Query
	want   string // hit ids, best first
	sorted bool   // compare as a set: the order is not part of the test
}{
	{Query{Text: "giai quyet viec lam"}, "d1 d6", false}, // the words together first
	{Query{Text: "giải quyết việc làm"}, "d1 d6", false},
	{Query{Text: `"giải quyết việc làm"`}, "d1", false},
	{Query{Text: `"giai quyet viec lam"`}, "d1", false},
	{Query{Text: `"GIẢI QUYẾT VIỆC LÀM"`}, "d1", false},
	{Query{Text: `"việc làm cho 28.101"`}, "d1", false},
	{Query{Text: `"an ninh"`}, "d1", false},
	{Query{Text: `"tự do"`}, "d5", false},
	{Query{Text: `"in ấn"`}, "d5", false},
	{Query{Text: "tăng"}, "d2 d3", false},    // exact before folded-only
	{Query{Text: "tầng"}, "d3 d2", false},    // and the other way round
	{Query{Text: "hòa giải"}, "d4 d5", true}, // both exact: one tone placement
	{Query{Text: "hoà giải"}, "d4 d5", true},
	{Query{Text: `"hòa giải" -hoa`}, "", false}, // -hoa: typed folded, excludes every spelling
	{Query{Text: "giải -hòa"}, "d1 d6", true},   // -hòa excludes "hoà" too
	{Query{Text: "hoa giai"}, "d4 d5", true},
	{Query{Text: "tang", Province: "Hà Nội"}, "d3", false},
	{Query{Text: "tang", Province: "ha noi"}, "d3", false},
	{Query{Text: "báo cáo", Year: 2021}, "d1 d4", true},
	{Query{Text: "tang -tầng"}, "d2", false},
	{Query{Text: "tang -tang"}, "", false},
	{Query{Text: "giải quyết -\"việc làm mới\""}, "d1", false},
	{Query{Text: "", Format: "txt"}, "d1 d4 d6", true},
	{Query{Text: "", Encoding: "tcvn3", Type: "Báo cáo"}, "d2 d5", true},
	{Query{Text: "thông báo"}, "d6", false}, // title only
	{Query{Text: "!!!"}, "", false},
	{Query{Text: "không có từ này"}, "", false},
	{Query{Text: "", Limit: 2, Offset: 5}, "d6", false},
	// Query syntax (syntax.go).
	{Query{Text: "khiếu OR ngân"}, "d2 d6", true},
	{Query{Text: "hòa OR tầng giải OR ba"}, "d3 d4 d5", true},
	{Query{Text: "khiế*"}, "d6", false},
	{Query{Text: "ngan* -tầng"}, "d2", false}, // ngân sách; d2 says "tăng", not "tầng"
	{Query{Text: "ngan* -tang"}, "", false},
	{Query{Text: `"tư pháp"`}, "d4 d5", true}, // titles only
	{Query{Text: `"làm cho"`}, "d1", false},   // d3 has "làm hội", "làm thư", "làm kho"
	{Query{Text: `"viec lam" -"việc làm mới"`}, "d1", false},
	{Query{Text: `báo province:"lạng sơn"`}, "d1 d2", true},
	{Query{Text: `province:"Lạng Sơn" OR province:"cao bang" -type:"thông báo"`}, "d1 d2 d5", true},
	{Query{Text: "year:2019..2020"}, "d2 d5 d6", true},
	{Query{Text: "year:>=2021 hoa*"}, "d3 d4", true},
	{Query{Text: "year:hai"}, "", false},
	{Query{Text: `type:"kế hoạch"`}, "d3", false},
	{Query{Text: "format:PDF"}, "d2", false},
	{Query{Text: "encoding:tcvn3 -format:doc"}, "d2", false},
	{Query{Text: `indicator:ngan_sach "tư pháp"`}, "d4 d5", true},
	{Query{Text: "indicator:khong_co"}, "", false},
	{Query{YearFrom: 2020}, "d1 d2 d3 d4", true},
	{Query{YearTo: 2019, Indicator: "viec_lam"}, "d5 d6", true},
	{Query{Type: "bao cao", Format: "TXT"}, "d1 d4", true},
}

func TestSearch(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range searchTests {
		res := mustSearch(t, ix, tt.q)
		got := ids(res)
		if tt.sorted {
			s := strings.Fields(got)
			slices.Sort(s)
			got = strings.Join(s, " ")
		}
		if got != tt.want {
			t.Errorf("Search(%+v) = [%s], want [%s]", tt.q, got, tt.want)
		}
		if tt.q.Offset == 0 && res.Total != uint64(len(res.Hits)) {
			t.Errorf("Search(%+v).Total = %d, want %d", tt.q, res.Total, len(res.Hits))
		}
	}
}

func TestFacets(t *testing.T) {
	ix := mustOpen(t)
	res := mustSearch(t, ix, Query{Facets: true})
	want := map[string]string{
		"province": "Cao Bằng:2 Hà Nội:2 Lạng Sơn:2",
		"year":     "2019:2 2020:1 2021:3",
		"type":     "Báo cáo:4 Kế hoạch:1 Thông báo:1",
		"format":   "doc:1 docx:1 pdf:1 txt:3",
		"encoding": "tcvn3:2 utf-8:3 vni:1",
	}
	for name, w := range want {
		var parts []string
		for _, fc := range res.Facets[name] {
			parts = append(parts, fmt.Sprintf("%s:%d", fc.Value, fc.Count))
		}
		slices.Sort(parts)
		if got := strings.Join(parts, " "); got != w {
			t.Errorf("facet %s = %s, want %s", name, got, w)
		}
	}
	res = mustSearch(t, ix, Query{Text: "báo cáo", Province: "Lạng Sơn", Facets: true})
	if got := fmt.Sprint(res.Facets["year"]); got != "[{2021 1} {2020 1}]" && got != "[{2020 1} {2021 1}]" {
		t.Errorf("year facet of a filtered search = %s, want 2020 and 2021 once each", got)
	}
	if res := mustSearch(t, ix, Query{Text: "x"}); res.Facets != nil {
		t.Errorf("facets without Facets: %v", res.Facets)
	}
}

var highlightTests = []struct {
	q    string
	doc  string
	want string // one of the fragments
}{
	{"viec lam", "d1", "Giải quyết <mark>việc</mark> <mark>làm</mark> cho 28.101 lao động. Công tác an ninh trật tự được giữ vững."},
	{`"giai quyet viec lam"`, "d1", "<mark>Giải</mark> <mark>quyết</mark> <mark>việc</mark> <mark>làm</mark> cho 28.101"},
	{"tăng", "d3", "Xây dựng nhà văn hoá ba <mark>tầng</mark>. <mark>Tầng</mark> một"},
	{"hoa giai", "d5", "Tổ <mark>hoà</mark> <mark>giải</mark> hoạt động"},
	{"khiế*", "d6", "Giải quyết <mark>khiếu</mark> nại"},
	{`"tầng một" OR xyz`, "d3", "ba tầng. <mark>Tầng</mark> <mark>một</mark> làm"}, // the phrase, not every "tầng"
}

func TestHighlights(t *testing.T) {
	ix := mustOpen(t)
	for _, tt := range highlightTests {
		res := mustSearch(t, ix, Query{Text: tt.q})
		found := false
		for _, h := range res.Hits {
			if h.Doc != tt.doc {
				continue
			}
			found = true
			if !slices.ContainsFunc(h.Fragments, func(f string) bool { return strings.Contains(f, tt.want) }) {
				t.Errorf("Search(%q) fragments of %s = %q, want one containing %q", tt.q, tt.doc, h.Fragments, tt.want)
			}
			want := corpus[slices.IndexFunc(corpus, func(d baocao.Document) bool { return d.ID == h.Doc })]
			if h.File != want.File || h.Title != want.Title || h.Province != want.Province || h.Year != want.Year || h.Score <= 0 {
				t.Errorf("Search(%q) hit %+v lacks file, title or score", tt.q, h)
			}
		}
		if !found {
			t.Errorf("Search(%q) did not find %s", tt.q, tt.doc)
		}
	}
}

func TestHTMLFragment(t *testing.T) {
	in := `a < b & <mark>"c"</mark>`
	want := `a &lt; b &amp; <mark>&#34;c&#34;</mark>`
	if got := HTMLFragment(in); got != want {
		t.Errorf("HTMLFragment(%q) = %q, want %q", in, got, want)
	}
}

func TestDeleteReopenReset(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := OpenOrCreate(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := ix.NewBatch()
	for i := range corpus {
		b.Add(&corpus[i], nil)
	}
	b.Delete("d2") // replaces the pending addition of d2
	if b.Len() != len(corpus) {
		t.Errorf("Batch.Len() = %d, want %d", b.Len(), len(corpus))
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete("d1"); err != nil {
		t.Fatal(err)
	}
	if n, err := ix.DocCount(); err != nil || n != uint64(len(corpus)-2) {
		t.Errorf("DocCount() = %d, %v; want %d", n, err, len(corpus)-2)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err = OpenOrCreate(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if res := mustSearch(t, ix, Query{Text: "hoa giai"}); res.Total != 2 {
		t.Errorf("after reopen, Search(hoa giai).Total = %d, want 2", res.Total)
	}
	if err := ix.Reset(); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.DocCount(); n != 0 {
		t.Errorf("DocCount() after Reset = %d, want 0", n)
	}
	b = ix.NewBatch()
	b.Add(&corpus[0], nil)
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if res := mustSearch(t, ix, Query{Text: "an ninh"}); res.Total != 1 {
		t.Errorf("after Reset and Add, Search(an ninh).Total = %d, want 1", res.Total)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	if _, err := Open(dir); !errors.Is(err, ErrNoIndex) {
		t.Errorf("Open(empty) = %v, want ErrNoIndex", err)
	}
	ix, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if ix2, err := Open(dir); !errors.Is(err, ErrLocked) {
		if err == nil {
			ix2.Close()
		}
		t.Errorf("second Open = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 3*lockTimeout {
		t.Errorf("second Open took %v", d)
	}
	if ro, err := OpenReadOnly(dir); !errors.Is(err, ErrLocked) {
		if err == nil {
			ro.Close()
		}
		t.Errorf("OpenReadOnly while open for writing = %v, want ErrLocked", err)
	}
	if err := ix.bi.SetInternal(versionKey, []byte("vi-0")); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := Open(dir); !errors.Is(err, ErrStale) {
		t.Errorf("Open(other analysis) = %v, want ErrStale", err)
	}
	if _, err := Create(dir); err == nil {
		t.Error("Create over an existing index succeeded")
	}
	// Make it current again, underneath.
	bi, err := bleve.OpenUsing(dir, runtimeConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := bi.SetInternal(versionKey, []byte(analysisVersion)); err != nil {
		t.Fatal(err)
	}
	bi.Close()
	ro1, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	ro2, err := OpenReadOnly(dir)
	if err != nil {
		t.Errorf("second OpenReadOnly = %v, want a shared open", err)
	} else {
		ro2.Close()
	}
	if err := ro1.Delete("x"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Delete on a read-only index = %v, want ErrReadOnly", err)
	}
	b := ro1.NewBatch()
	b.Add(&corpus[0], nil)
	if err := b.Commit(); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Commit on a read-only index = %v, want ErrReadOnly", err)
	}
	if res := mustSearch(t, ro1, Query{Text: "x"}); res.Total != 0 {
		t.Errorf("search of an empty read-only index found %d", res.Total)
	}
	ro1.Close()
	if err := Remove(dir); err != nil {
		t.Fatal(err)
	}
	if err := Remove(t.TempDir()); !errors.Is(err, ErrNoIndex) {
		t.Errorf("Remove(not an index) = %v, want ErrNoIndex", err)
	}
	ix, err = Create(dir)
	if err != nil {
		t.Fatalf("Create after Remove: %v", err)
	}
	ix.Close()
}
