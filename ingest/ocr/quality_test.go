package ocr

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/vntext"
)

// Page-sized texts written for these tests, and what the garbage rule must
// say about them.
var garbageTests = []struct {
	name string
	text string
	want bool
}{
	{"report", strings.Repeat("Trong quý, toàn huyện đã giải quyết việc làm cho 1.245 lao động, đạt 83,6% kế hoạch năm; UBND xã tổ chức 12 lớp đào tạo nghề. ", 4), false},
	{"numbers table", strings.Repeat("STT 1 2021 1.245 83,6% 2022 1.300 90,1%\n", 10), false},
	{"few words", "Nơi nhận:", false},
	{"tiếng Việt không dấu", strings.Repeat("Trong quy, toan huyen da giai quyet viec lam cho lao dong, dat ke hoach nam. ", 4), false},
	{"shifted glyph codes", strings.Repeat("Wurqj txb, wrdq kxbhq gd jldl txbhw ylhf odp fkr odr ärqj. ", 4), true},
	{"replacement characters", strings.Repeat("Trong \uFFFD\uFFFD\uFFFD, to\uFFFDn huy\uFFFD\uFFFDn \uFFFD\uFFFD gi\uFFFD\uFFFDi ", 8), true},
	{"private use", strings.Repeat("\uF020\uF041\uF042\uF043 \uF044\uF045 ", 30), true},
	{"symbol soup", strings.Repeat("§¶ ¤¥ ¦© ª« ®¯ ±² ³µ ·¸ ¹º »¼ ", 6), true},
	{"english", strings.Repeat("The district created jobs for many workers this quarter, reaching most of the plan. ", 4), true},
}

func TestGarbage(t *testing.T) {
	for _, tt := range garbageTests {
		if got := scoreText(tt.text).garbage(); got != tt.want {
			t.Errorf("%s: scoreText(%.30q).garbage() = %v (%+v), want %v", tt.name, tt.text, got, scoreText(tt.text), tt.want)
		}
	}
}

var betterTests = []struct {
	name       string
	ocr, layer string
	want       bool
}{
	{"scan under an empty layer", "Trong quý, toàn huyện đã giải quyết việc làm cho lao động đạt kế hoạch năm", "", true},
	{"scan under a stamp", strings.Repeat("toàn huyện đã giải quyết việc làm cho lao động ", 10), "ĐÃ KÝ", true},
	{"same short page", "Nơi nhận: như trên; lưu VT.", "Nơi nhận: như trên; lưu VT.", false},
	{"ocr of a garbage layer", "toàn huyện đã giải quyết việc làm cho lao động", "Wrdq kxbhq gd jldl txbhw ylhf odp fkr odr ärqj", true},
	{"ocr read nothing", "", "toàn huyện đã giải quyết", false},
}

func TestBetter(t *testing.T) {
	for _, tt := range betterTests {
		if got := scoreText(tt.ocr).better(scoreText(tt.layer)); got != tt.want {
			t.Errorf("%s: better(%q over %q) = %v, want %v", tt.name, tt.ocr, tt.layer, got, tt.want)
		}
	}
}

// seedPages cuts the shared seed reports into page-sized pieces, or skips.
func seedPages(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("no shared seeds")
	}
	var pages []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		for len(s) > 0 {
			n := min(len(s), 3000)
			for n < len(s) && !utf8.RuneStart(s[n]) {
				n++
			}
			pages = append(pages, s[:n])
			s = s[n:]
		}
	}
	return pages
}

// TestGarbageSeeds checks the rule on real report text: every page-sized
// piece of the seeds is good text, in Unicode and, decoded as PDF's
// pageTexts decodes it, in TCVN3 and VNI; the same pieces through a broken
// font (letters shifted, as a font without a usable map gives them) are
// garbage. The syllable shares are logged: they are the measurement the
// thresholds come from.
func TestGarbageSeeds(t *testing.T) {
	pages := seedPages(t)
	lo, hi := 1.0, 0.0
	for i, p := range pages {
		for _, enc := range []vntext.Encoding{"", vntext.TCVN3, vntext.VNI} {
			text, font := p, ""
			if enc != "" {
				b, err := vntext.Encode(enc, p)
				if err != nil {
					continue // a character the legacy encoding lacks
				}
				text, font = latin1(b), map[vntext.Encoding]string{vntext.TCVN3: ".VnTime", vntext.VNI: "VNI-Times"}[enc]
			}
			text, _ = vntext.Repair(text, font)
			q := scoreText(text)
			if q.words >= minWords {
				lo = min(lo, q.validShare())
			}
			if q.garbage() {
				t.Errorf("seed piece %d (%s) is garbage: %+v share %.2f", i, enc, q, q.validShare())
			}
		}
		q := scoreText(shift(p))
		if q.words >= minWords {
			hi = max(hi, q.validShare())
			if !q.garbage() {
				t.Errorf("shifted seed piece %d is not garbage: %+v share %.2f", i, q, q.validShare())
			}
		}
	}
	t.Logf("%d pieces: lowest syllable share of real text %.3f, highest of shifted text %.3f", len(pages), lo, hi)
}

// latin1 reads legacy bytes as the Latin-1 characters a PDF or Word reader
// reports for them.
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// shift moves every ASCII letter three places, the way text looks through
// a font whose glyph codes are not the characters' codes.
func shift(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+3)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+3)%26
		}
		return r
	}, s)
}

func BenchmarkScoreText(b *testing.B) {
	text := strings.Repeat(garbageTests[0].text, 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		scoreText(text)
	}
}
