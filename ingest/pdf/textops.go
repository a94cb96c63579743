package pdf

import (
	"math"
	"strings"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
)

// The library's Page.Content positions glyphs without word spacing (Tw),
// gives CID fonts no widths and re-parses a font's Unicode map on every
// font change. This interpreter uses the library's content-stream parser
// (lpdf.Interpret) and its font encoders but keeps its own text state.

// affine is a PDF transformation matrix [a b c d e f].
type affine [6]float64

var identity = affine{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m affine) mul(n affine) affine {
	return affine{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// fontInfo is what the interpreter needs of one font, parsed once a page.
type fontInfo struct {
	name    string
	enc     lpdf.TextEncoding
	twoByte bool // Type0: two-byte codes
	noMap   bool // Type0 without ToUnicode: codes cannot be read
	first   int
	widths  []float64       // simple fonts, from FirstChar
	cid     map[int]float64 // Type0, from the descendant's W array
	dw      float64         // Type0 default width
	missing float64
	decoded map[int]string // code → text: the library's map lookup is a linear scan
}

const maxCIDWidths = 1 << 16

func loadFont(v lpdf.Value) *fontInfo {
	f := &fontInfo{name: fontName(v)}
	lf := lpdf.Font{V: v}
	if enc := v.Key("Encoding"); enc.IsNull() || enc.Name() == "Identity-H" {
		mustCloseHex(v.Key("ToUnicode")) // the encodings for which Encoder interprets it
	}
	f.enc = lf.Encoder()
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		f.noMap = v.Key("ToUnicode").Kind() != lpdf.Stream
		d := v.Key("DescendantFonts").Index(0)
		f.dw = 1000
		if w := d.Key("DW"); w.Kind() == lpdf.Integer || w.Kind() == lpdf.Real {
			f.dw = w.Float64()
		}
		f.cid = map[int]float64{}
		w := d.Key("W")
		for i := 0; i < w.Len() && len(f.cid) < maxCIDWidths; {
			c := int(w.Index(i).Int64())
			next := w.Index(i + 1)
			if next.Kind() == lpdf.Array {
				for j := 0; j < next.Len() && len(f.cid) < maxCIDWidths; j++ {
					f.cid[c+j] = next.Index(j).Float64()
				}
				i += 2
				continue
			}
			last := int(next.Int64())
			wd := w.Index(i + 2).Float64()
			for c2 := c; c2 <= last && c2-c < maxCIDWidths && len(f.cid) < maxCIDWidths; c2++ {
				f.cid[c2] = wd
			}
			i += 3
		}
		return f
	}
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	for i := 0; i < ws.Len() && i < 256; i++ {
		f.widths = append(f.widths, ws.Index(i).Float64())
	}
	f.missing = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	return f
}

// width is the advance of code in thousandths of an em, 0 when unknown.
func (f *fontInfo) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.cid[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return f.missing
}

// tstate is the graphics and text state the interpreter tracks.
type tstate struct {
	ctm            affine
	tm, tlm        affine
	tc, tw, th, tl float64
	rise, size     float64
	font           *fontInfo
}

// Bounds on one page's interpretation.
const (
	maxFormDepth  = 8
	maxForms      = 500
	maxStateDepth = 1000
	maxGlyphs     = 2_000_000
)

// interp interprets one page's content and collects its glyphs.
type interp struct {
	glyphs  []glyph
	fonts   map[string]*fontInfo // by resource dictionary and name
	forms   int
	partial bool // some text was not read: a bound was hit or a font is missing
	// image is the pixel area of the largest image drawn; imageUnknown
	// says the page may draw images the interpreter does not follow
	// (inline images, patterns, Type3 glyphs, forms past the bounds).
	image        int64
	imageUnknown bool
}

// pageGlyphs returns the glyphs drawn on a page; partial says that some
// text was skipped (pdftotext may read more of the page). image is the
// pixel area of the largest image the page draws (stencil masks aside),
// or -1 when that cannot be told from what the interpreter follows.
func pageGlyphs(p lpdf.Value) (glyphs []glyph, partial bool, image int64) {
	in := &interp{fonts: map[string]*fontInfo{}}
	res := inheritedResources(p)
	in.run(p.Key("Contents"), res, identity, 0, "p")
	if in.imageUnknown {
		in.image = -1
	}
	return in.glyphs, in.partial, in.image
}

// drawImage notes an image XObject drawn on the page. Stencil masks are
// left out, as pdfimages' list is read (ocr).
func (in *interp) drawImage(xo lpdf.Value) {
	if xo.Key("ImageMask").Bool() {
		return
	}
	w, h := xo.Key("Width").Int64(), xo.Key("Height").Int64()
	if w <= 0 || h <= 0 || w > 1<<24 || h > 1<<24 {
		in.imageUnknown = true // an image whose size cannot be read
		return
	}
	in.image = max(in.image, w*h)
}

func inheritedResources(p lpdf.Value) lpdf.Value {
	v := p
	for i := 0; i < maxTreeDepth && !v.IsNull(); i++ {
		if r := v.Key("Resources"); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return lpdf.Value{}
}

// run interprets a content stream with its resources; scope names the
// resource dictionary so that fonts of different forms do not collide.
func (in *interp) run(strm, res lpdf.Value, ctm affine, depth int, scope string) {
	if strm.Kind() != lpdf.Stream && strm.Kind() != lpdf.Array {
		return
	}
	g := tstate{ctm: ctm, tm: identity, tlm: identity, th: 1}
	var stack []tstate
	font := func(name string) *fontInfo {
		key := scope + "/" + name
		f, ok := in.fonts[key]
		if !ok {
			fv := res.Key("Font").Key(name)
			if fv.IsNull() {
				f = nil
			} else {
				f = loadFont(fv)
				// a Type3 glyph is a content stream: it may draw images
				in.imageUnknown = in.imageUnknown || fv.Key("Subtype").Name() == "Type3"
			}
			in.fonts[key] = f
		}
		return f
	}
	mustCloseHex(strm)
	lpdf.Interpret(strm, func(stk *lpdf.Stack, op string) {
		args := make([]lpdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			if len(stack) < maxStateDepth {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = affine{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "BT":
			g.tm, g.tlm = identity, identity
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.rise = num(0)
		case "Tf":
			if len(args) == 2 {
				g.font = font(args[0].Name())
				g.size = num(1)
			}
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -num(1)
				}
				g.tlm = affine{1, 0, 0, 1, num(0), num(1)}.mul(g.tlm)
				g.tm = g.tlm
			}
		case "Tm":
			if len(args) == 6 {
				g.tlm = affine{num(0), num(1), num(2), num(3), num(4), num(5)}
				g.tm = g.tlm
			}
		case "T*":
			g.tlm = affine{1, 0, 0, 1, 0, -g.tl}.mul(g.tlm)
			g.tm = g.tlm
		case "Tj", "'", "\"":
			if len(args) == 0 {
				return
			}
			if op != "Tj" {
				if op == "\"" && len(args) == 3 {
					g.tw, g.tc = num(0), num(1)
				}
				g.tlm = affine{1, 0, 0, 1, 0, -g.tl}.mul(g.tlm)
				g.tm = g.tlm
			}
			in.show(&g, args[len(args)-1].RawString())
		case "TJ":
			if len(args) == 0 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == lpdf.String {
					in.show(&g, x.RawString())
				} else {
					tx := -x.Float64() / 1000 * g.size * g.th
					g.tm = affine{1, 0, 0, 1, tx, 0}.mul(g.tm)
				}
			}
		case "BI": // an inline image, whose size the library does not parse
			in.imageUnknown = true
		case "scn", "SCN": // a pattern's cell may draw images
			if len(args) > 0 && args[len(args)-1].Kind() == lpdf.Name {
				in.imageUnknown = true
			}
		case "Do":
			if len(args) != 1 {
				in.imageUnknown = true
				return
			}
			name := args[0].Name()
			xo := res.Key("XObject").Key(name)
			switch xo.Key("Subtype").Name() {
			case "Image":
				in.drawImage(xo)
				return
			case "Form":
			default:
				in.imageUnknown = true
				return
			}
			if depth >= maxFormDepth || in.forms >= maxForms {
				in.partial, in.imageUnknown = true, true
				return
			}
			in.forms++
			m := identity
			if mv := xo.Key("Matrix"); mv.Len() == 6 {
				for i := range 6 {
					m[i] = mv.Index(i).Float64()
				}
			}
			fres := xo.Key("Resources")
			fscope := scope + "/" + name
			if fres.IsNull() {
				fres, fscope = res, scope
			}
			in.run(xo, fres, m.mul(g.ctm), depth+1, fscope)
		}
	})
}

// direction classifies the text direction of a glyph matrix's x axis.
func direction(a, b float64) int8 {
	switch {
	case math.Abs(b) > math.Abs(a) && b > 0:
		return 1
	case math.Abs(b) > math.Abs(a):
		return -1
	case a < 0:
		return 2
	}
	return 0
}

// show draws a string in the current font, one glyph per code.
func (in *interp) show(g *tstate, s string) {
	f := g.font
	if f == nil {
		in.partial = in.partial || s != ""
		return
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(s); i += step {
		if len(in.glyphs) >= maxGlyphs {
			in.partial = true
			return
		}
		raw := s[i : i+step]
		code := int(raw[0])
		if step == 2 {
			code = code<<8 | int(raw[1])
		}
		text, ok := f.decoded[code]
		if !ok {
			text = "\uFFFD"
			if !f.noMap {
				text = f.enc.Decode(raw)
			}
			if !utf8.ValidString(text) {
				text = strings.ToValidUTF8(text, "\uFFFD")
			}
			if f.decoded == nil {
				f.decoded = map[int]string{}
			}
			f.decoded[code] = text
		}
		w0 := f.width(code)
		trm := affine{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(g.tm).mul(g.ctm)
		scale := math.Hypot(trm[2], trm[3]) // the glyph's height in user space
		adv := (w0/1000*g.size + g.tc) * g.th
		if step == 1 && code == ' ' {
			adv += g.tw * g.th
		}
		m := g.tm.mul(g.ctm)
		in.glyphs = append(in.glyphs, glyph{
			X: trm[4], Y: trm[5],
			W:    w0 / 1000 * g.size * g.th * math.Hypot(m[0], m[1]),
			Size: scale, Font: f.name, S: text, Rot: direction(trm[0], trm[1]),
		})
		g.tm = affine{1, 0, 0, 1, adv, 0}.mul(g.tm)
	}
}
