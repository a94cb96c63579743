package place

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTables(t *testing.T) {
	ps := Provinces()
	if len(ps) != 63 {
		t.Errorf("len(Provinces()) = %d, want 63", len(ps))
	}
	if n := len(Units2025()); n != 34 {
		t.Errorf("len(Units2025()) = %d, want 34", n)
	}
	names := map[string]bool{}
	for _, p := range ps {
		if names[p.Name] {
			t.Errorf("province %q listed twice", p.Name)
		}
		names[p.Name] = true
	}
	for _, u := range Units2025() {
		if !names[u] && u != "Huế" {
			t.Errorf("2025 unit %q is not named after a province of the 63", u)
		}
	}
	for _, p := range ps {
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			got, ok := Lookup(s)
			if !ok || got.Name != p.Name {
				t.Errorf("Lookup(%q) = %q, %v, want %q", s, got.Name, ok, p.Name)
			}
			ms := Find(s)
			if len(ms) != 1 || ms[0].Province != p.Name || ms[0].Kind != KindProvince || ms[0].Text != s {
				t.Errorf("Find(%q) = %+v, want one mention of %q", s, ms, p.Name)
			}
		}
	}
	for _, h := range Historical() {
		for _, s := range h.Successors {
			if !names[s] {
				t.Errorf("historical %q: successor %q is not a province", h.Name, s)
			}
		}
		ms := Find(h.Name)
		if len(ms) != 1 || ms[0].Kind != KindHistorical || ms[0].Name != h.Name {
			t.Errorf("Find(%q) = %+v, want the historical unit", h.Name, ms)
		}
	}
	seen := map[string]bool{}
	for _, d := range Districts() {
		if !names[d.Province] {
			t.Errorf("district %q: province %q is not one of the 63", d.Name, d.Province)
		}
		key := d.Province + "/" + d.Name
		if seen[key] {
			t.Errorf("district %q listed twice", key)
		}
		seen[key] = true
		ms := Find("huyện " + d.Name)
		if len(ms) != 1 || ms[0].Kind != KindDistrict || !slices.Contains(ms[0].Candidates, d.Province) {
			t.Errorf("Find(%q) = %+v, want a district of %q", "huyện "+d.Name, ms, d.Province)
		}
	}
	if n := len(Districts()); n < 650 {
		t.Errorf("len(Districts()) = %d, want at least 650", n)
	}
}

var lookupTests = []struct {
	in, name, current string
}{
	{"Hoà Bình", "Hòa Bình", "Phú Thọ"},
	{"hoa binh", "Hòa Bình", "Phú Thọ"},
	{"Tỉnh Thanh Hoá", "Thanh Hóa", "Thanh Hóa"},
	{"Khánh Hoà", "Khánh Hòa", "Khánh Hòa"},
	{"TP.HCM", "Hồ Chí Minh", "Hồ Chí Minh"},
	{"Thành phố Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"},
	{"Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"},
	{"Bắc Cạn", "Bắc Kạn", "Thái Nguyên"},
	{"Huế", "Thừa Thiên Huế", "Huế"},
	{"Hà Tây", "Hà Tây", "Hà Nội"},
	{"Hà Nam Ninh", "Hà Nam Ninh", "Ninh Bình"},
	{"Nghệ Tĩnh", "Nghệ Tĩnh", ""},
	{"Hoàng Liên Sơn", "Hoàng Liên Sơn", "Lào Cai"},
	{"Sông Bé", "Sông Bé", ""},
	{"Ninh Thuận", "Ninh Thuận", "Khánh Hòa"},
	{"Lạng Sơn", "Lạng Sơn", "Lạng Sơn"},
}

func TestLookup(t *testing.T) {
	for _, tt := range lookupTests {
		p, ok := Lookup(tt.in)
		if !ok || p.Name != tt.name || p.Current2025 != tt.current {
			t.Errorf("Lookup(%q) = %q (2025: %q), %v, want %q (2025: %q)", tt.in, p.Name, p.Current2025, ok, tt.name, tt.current)
		}
	}
	for _, s := range []string{"Bác Ái", "Sơn", "", "tỉnh"} {
		if p, ok := Lookup(s); ok {
			t.Errorf("Lookup(%q) = %q, want not found", s, p.Name)
		}
	}
}

// findTests list each text with the mentions expected, written as
// "text=province" (or "text=province?" for a weak mention, "text=" for a
// district whose province is ambiguous).
var findTests = []struct {
	in   string
	want []string
}{
	{"Lạng Sơn, ngày 20 tháng 01 năm 2021", []string{"Lạng Sơn=Lạng Sơn"}},
	{"UBND TỈNH HÀ TĨNH", []string{"HÀ TĨNH=Hà Tĩnh"}},
	{"huyện Bác Ái giảm 5,5%", []string{"Bác Ái=Ninh Thuận"}},
	{"vùng Bac Ai", []string{"Bac Ai=Ninh Thuận?"}},
	{"tỉnh Hoà Bình và tỉnh Hòa Bình", []string{"Hoà Bình=Hòa Bình", "Hòa Bình=Hòa Bình"}},
	{"huyện Hòa Bình, tỉnh Bạc Liêu", []string{"Hòa Bình=Bạc Liêu", "Bạc Liêu=Bạc Liêu"}},
	{"huyện Quảng Ninh", []string{"Quảng Ninh=Quảng Bình"}},
	{"tỉnh Quảng Ninh", []string{"Quảng Ninh=Quảng Ninh"}},
	{"tỉnh Hà Nam Ninh cũ", []string{"Hà Nam Ninh=Hà Nam Ninh"}},
	{"Hà Nam, Ninh Bình", []string{"Hà Nam=Hà Nam", "Ninh Bình=Ninh Bình"}},
	{"tỉnh Sơn La và huyện Sơn Động", []string{"Sơn La=Sơn La", "Sơn Động=Bắc Giang"}},
	{"về Sơn", nil},
	{"TP.HCM, Tp. HCM, TPHCM", []string{"TP.HCM=Hồ Chí Minh", "Tp. HCM=Hồ Chí Minh", "TPHCM=Hồ Chí Minh"}},
	{"tphcm hn", nil},
	{"Hà Nội (HN)", []string{"Hà Nội=Hà Nội", "HN=Hà Nội"}},
	{"học tập theo tư tưởng Hồ Chí Minh", []string{"Hồ Chí Minh=Hồ Chí Minh?"}},
	{"thành phố Hồ Chí Minh", []string{"Hồ Chí Minh=Hồ Chí Minh"}},
	{"đồng chí Nguyễn Long Biên", nil},
	{"quận Long Biên", []string{"Long Biên=Hà Nội"}},
	{"chị Bích Huệ, TP Huế", []string{"Huế=Thừa Thiên Huế"}},
	{"cơ quan Hà Tĩnh", []string{"Hà Tĩnh=Hà Tĩnh"}},
	{"huyện Châu Thành", []string{"Châu Thành="}},
	{"huyện Tân Phú", []string{"Tân Phú="}},
	{"thị xã Sơn Tây", []string{"Sơn Tây="}},
	{"tỉnh Phú Yên, huyện Phù Yên", []string{"Phú Yên=Phú Yên", "Phù Yên=Sơn La"}},
	{"Ia H'Drai", []string{"Ia H'Drai=Kon Tum?"}},
	{"tỉnh Bà Rịa – Vũng Tàu", []string{"Bà Rịa – Vũng Tàu=Bà Rịa - Vũng Tàu"}},
	{"Bà Rịa,\nVũng Tàu", []string{"Bà Rịa=Bà Rịa - Vũng Tàu?", "Vũng Tàu=Bà Rịa - Vũng Tàu?"}},
	{"thành phố Vinh; vinh dự", []string{"Vinh=Nghệ An"}},
	{"Long An", []string{"Long An=Long An"}},
	{"long an", nil},
	{"tỉnh Bắc Cạn", []string{"Bắc Cạn=Bắc Kạn"}},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		var got []string
		for _, m := range Find(tt.in) {
			s := m.Text + "=" + m.Province
			if m.Weak {
				s += "?"
			}
			got = append(got, s)
			if tt.in[m.Start:m.End] != m.Text {
				t.Errorf("Find(%q): span [%d,%d) is %q, not %q", tt.in, m.Start, m.End, tt.in[m.Start:m.End], m.Text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSeeds checks that the real reports name their province, when the
// shared seeds are present.
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	want := map[string]string{"001": "Ninh Thuận", "002": "Lạng Sơn", "003": "Bắc Kạn", "004": "Hà Tĩnh"}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds in", dir)
	}
	for _, f := range files {
		w, ok := want[filepath.Base(f)[:3]]
		if !ok {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range Find(string(b)) {
			found = found || m.Province == w && !m.Weak
		}
		if !found {
			t.Errorf("Find(%s) has no strong mention of %q", filepath.Base(f), w)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.in)
	}
	f.Add("Ninh Thua\u0323\u0302n")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range Find(s) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("Find(%q): bad span [%d,%d) after %d", s, m.Start, m.End, last)
			}
			if s[m.Start:m.End] != m.Text || !utf8.ValidString(m.Text) && utf8.ValidString(s) {
				t.Fatalf("Find(%q): text %q does not match span", s, m.Text)
			}
			if m.Province == "" && len(m.Candidates) < 2 {
				t.Fatalf("Find(%q): %+v has neither a province nor candidates", s, m)
			}
			last = m.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn báo cáo kết quả tại huyện Bác Ái, thành phố Hồ Chí Minh và các huyện, thành phố. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

// TestLookupExact checks Lookup's table of spelled names against the
// folded lookup, for every name and alias.
func TestLookupExact(t *testing.T) {
	for _, s := range names(provinceRows, historicalRows) {
		want, wok := byKey[lookupKey(s)]
		got, ok := Lookup(s)
		if ok != wok || got.Name != want.Name || got.Current2025 != want.Current2025 {
			t.Errorf("Lookup(%q) = %v, %v, want %v, %v", s, got.Name, ok, want.Name, wok)
		}
	}
}
