package rtf

import (
	"context"
	"errors"
	"flag"
	"strings"
	"testing"

	"baocao"
)

var update = flag.Bool("update", false, "rewrite golden files")

// render shows blocks compactly: a font change as <font>, BreakCell as
// " | ", BreakLine as " / ", BreakPara as " ¶ ", BreakPage as " § ".
func render(c *baocao.Content) string {
	var b strings.Builder
	font := ""
	for _, bl := range c.Blocks {
		if bl.Font != font {
			b.WriteString("<" + bl.Font + ">")
			font = bl.Font
		}
		b.WriteString(bl.Text)
		switch bl.Break {
		case baocao.BreakCell:
			b.WriteString(" | ")
		case baocao.BreakLine:
			b.WriteString(" / ")
		case baocao.BreakPara:
			b.WriteString(" ¶ ")
		case baocao.BreakPage:
			b.WriteString(" § ")
		}
	}
	return strings.TrimSpace(b.String())
}

const fonts = `{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0{\*\panose 020b7200000000000000}.VnTime;}` +
	`{\f2\fcharset163 Arial;}{\f3\fcharset204 Arial Cyr;}{\f4\fcharset0 VNI-Times;}{\f5\fcharset162 .VnTimeH Tur;}}`

func doc(body string) string { return `{\rtf1\ansi\ansicpg1252\deff0` + fonts + body + `}` }

var readTests = []struct {
	name, in, want string
}{
	{"plain", doc(`Hello\par World`), `<Times New Roman>Hello ¶ World ¶`},
	{"line", doc(`a\line b`), `<Times New Roman>a / b ¶`},
	{"fonts", doc(`{\f1 Ngh\'de \'ae\'denh}{\f0  ok}\par`), `<.VnTime>NghÞ ®Þnh<Times New Roman> ok ¶`},
	{"cp1252 undefined bytes kept", doc(`{\f1 \'80\'81\'8d\'9f}`), "<.VnTime>€\u0081\u008dŸ ¶"},
	{"vni", doc(`{\f4 Vi\'e6t}`), `<VNI-Times>Viæt ¶`},
	{"vntime variant charset", doc(`{\f5 \'a7i\'d2u}`), `<.VnTimeH Tur>§iÒu ¶`},
	{"cp1258", doc(`{\f2 Vi\'ea\'f2t Nam \'e0 a\'ec}`), "<Arial>Viê\u0323t Nam à a\u0301 ¶"},
	{"cyrillic", doc(`{\f3 \'cf\'f0\'e8}`), `<Arial Cyr>При ¶`},
	{"ansicpg", `{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fcharset0 Arial;}}\'cf\'f0\'e8}`, `<Arial>При ¶`},
	{"unicode uc1", doc(`Vi\u7879?t \u-3913?x`), "<Times New Roman>Việt \uf0b7x ¶"},
	{"unicode uc0", doc(`\uc0 Vi\u7879 t`), "<Times New Roman>Việt ¶"},
	{"unicode uc2 hex fallback", doc(`\uc2 a\u7879\'e9\'ea b`), "<Times New Roman>aệ b ¶"},
	{"uc scoped to group", doc(`{\uc2 \u7879\'e9\'ea}\u7879?`), "<Times New Roman>ệệ ¶"},
	{"surrogate pair", doc(`\u-10179?\u-8704?`), "<Times New Roman>\U0001f600 ¶"},
	{"symbols", doc(`a\~b\-c\_d\{\}\\ \endash\emdash\lquote\rquote\ldblquote\rdblquote\bullet`), "<Times New Roman>a\u00a0bc\u2011d{}\\ –—‘’“”• ¶"},
	{"tab", doc(`a\tab b`), "<Times New Roman>a\tb ¶"},
	{"unknown starred skipped", doc(`a{\*\foo secret {nested}}b`), `<Times New Roman>ab ¶`},
	{"tables skipped", doc(`{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}x`), `<Times New Roman>x ¶`},
	{"picture skipped", doc(`a{\pict\wmetafile8 0a0b0c}b`), `<Times New Roman>ab ¶`},
	{"binary skipped", doc(`a{\pict\bin4 {}\x}b`), `<Times New Roman>ab ¶`},
	{"field result kept", doc(`{\field{\*\fldinst { PAGE }}{\fldrslt {12}}}`), `<Times New Roman>12 ¶`},
	{"hyperlink", doc(`see {\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt here}} now`), `<Times New Roman>see here now ¶`},
	{"hidden", doc(`a{\v hidden}b\v c\v0 d`), `<Times New Roman>abd ¶`},
	{"plain resets font", doc(`{\f1 a\plain b}`), `<.VnTime>a<Times New Roman>b ¶`},
	{"table", doc(`\trowd\cellx100\cellx200 a\cell b\cell\row \trowd c\cell\cell\row after\par`), `<Times New Roman>a | b / c |  / after ¶`},
	{"empty paragraphs collapse", doc(`a\par\par\par b\par`), `<Times New Roman>a ¶ b ¶`},
	{"page", doc(`a\page b`), `<Times New Roman>a § b ¶`},
	{"footnote after paragraph", doc(`n\'e3m 2020{\super\chftn}{\footnote\pard{\super\chftn} Ghi ch\'fa.} ti\'e1p\par sau\par`),
		`<Times New Roman>nãm 2020[1] tiáp ¶ [1]  Ghi chú. ¶ sau ¶`},
	{"two footnotes", doc(`a{\chftn{\footnote x}} b{\chftn{\footnote y}}\par`), `<Times New Roman>a[1] b[2] ¶ [1] x ¶ [2] y ¶`},
	{"superscript digits", doc(`2020{\super 6} m{\up6 2}`), "<Times New Roman>2020⁶ m² ¶"},
	{"superscript digits in a legacy font", doc(`{\f1 2020{\super 6}}`), "<.VnTime>2020[6] ¶"},
	{"header dropped", doc(`{\header head\par}{\footerf foot\par}body\par`), `<Times New Roman>body ¶`},
	{"numbering dropped", doc(`{\pntext\f0 1.\tab}item\par{\listtext a)\tab}next\par`), `<Times New Roman>item ¶ next ¶`},
	{"info title only", doc(`{\info{\title Ti\'eau \'ae\'c1}{\author someone}{\creatim\yr2002}}x`), `<Times New Roman>x ¶`},
	{"upr", doc(`{\upr{ansi}{\*\ud{uni\u7879?}}}`), "<Times New Roman>uniệ ¶"},
	{"text box", doc(`{\shp{\*\shpinst{\sp{\sn x}{\sv 1}}{\shptxt box\par}}{\shprslt dup}}`), `<Times New Roman>box ¶`},
	{"nested table fallback", doc(`a\nestcell b\nestcell{\*\nesttableprops\trowd\nestrow}{\nonesttables dup}\cell\row`), `<Times New Roman>a | b /  /`},
	{"old par", doc("a\\\nb"), `<Times New Roman>a ¶ b ¶`},
	{"crlf ignored", doc("ab\r\ncd"), `<Times New Roman>abcd ¶`},
	{"raw high bytes", doc("{\\f3 \xcf\xf0\xe8}"), `<Arial Cyr>При ¶`},
	{"truncated", `{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 half {\b bold`, `<Arial>half bold ¶`},
	{"font table without groups", `{\rtf1{\fonttbl\f0\fswiss Helvetica;\f1\fcharset0 .VnTime;}\f1 x\f0 y}`, `<.VnTime>x<Helvetica>y ¶`},
}

func TestRead(t *testing.T) {
	for _, tt := range readTests {
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: tt.name + ".rtf", Data: []byte(tt.in)})
		if err != nil {
			t.Errorf("%s: Read(%q) error %v", tt.name, tt.in, err)
			continue
		}
		if got := render(c); got != tt.want {
			t.Errorf("%s: Read(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

var optionTests = []struct {
	name string
	r    Reader
	in   string
	want string
}{
	{"headers kept", Reader{Headers: true}, doc(`{\header head\par}body\par`), `<Times New Roman>head ¶ body ¶`},
	{"numbering kept", Reader{Numbering: true}, doc(`{\pntext 1.\tab}item\par`), "<Times New Roman>1.\titem ¶"},
}

func TestReadOptions(t *testing.T) {
	for _, tt := range optionTests {
		c, err := tt.r.Read(context.Background(), baocao.Source{Name: "x.rtf", Data: []byte(tt.in)})
		if err != nil {
			t.Errorf("%s: Read(%q) error %v", tt.name, tt.in, err)
			continue
		}
		if got := render(c); got != tt.want {
			t.Errorf("%s: Read(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestTitle(t *testing.T) {
	in := doc(`{\info{\title  Ngh\'de  \'ae\'denh }{\author x}}body`)
	c, err := new(Reader).Read(context.Background(), baocao.Source{Name: "x.rtf", Data: []byte(in)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "NghÞ ®Þnh"; c.Title != want {
		t.Errorf("Title = %q, want %q", c.Title, want)
	}
	if c.Format != "rtf" || c.Reader != "rtf" || c.Pages != 0 {
		t.Errorf("Format, Reader, Pages = %q, %q, %d, want rtf, rtf, 0", c.Format, c.Reader, c.Pages)
	}
}

var errorTests = []struct {
	name string
	r    Reader
	in   string
	want error
}{
	{"empty", Reader{}, "", baocao.ErrEmpty},
	{"blank", Reader{}, " \r\n", baocao.ErrEmpty},
	{"not rtf", Reader{}, "hello world", baocao.ErrCorrupt},
	{"deep", Reader{}, `{\rtf1 ` + strings.Repeat("{", maxDepth+10), baocao.ErrCorrupt},
	{"too large", Reader{MaxSize: 10}, `{\rtf1 hello world}`, baocao.ErrTooLarge},
	{"too much text", Reader{MaxText: 100}, `{\rtf1 ` + strings.Repeat("abcdefgh ", 100) + `}`, baocao.ErrTooLarge},
}

func TestReadErrors(t *testing.T) {
	for _, tt := range errorTests {
		_, err := tt.r.Read(context.Background(), baocao.Source{Name: tt.name + ".rtf", Data: []byte(tt.in)})
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Read(%.40q) error = %v, want %v", tt.name, tt.in, err, tt.want)
		}
	}
}

func TestReadCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := new(Reader).Read(ctx, baocao.Source{Name: "x.rtf", Data: []byte(doc("x"))})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read with canceled ctx: error = %v, want context.Canceled", err)
	}
}
