package vntext

import (
	"strings"
	"sync/atomic"
)

// fontHint reads what a font name says about the encoding of its text:
// .VnTime, .VnArial, .Vn3DH, ... are TCVN3 (ABC) fonts, and those whose
// name ends in H (.VnTimeH, .VnArial NarrowH) show every letter as a
// capital; VNI-Times, VNI-Helve, ... are VNI; a known Unicode font means the
// text is Unicode. ok is false when the name says nothing.
func fontHint(font string) (c cand, caps, ok bool) {
	if font == "" {
		return 0, false, false
	}
	// a document sets thousands of blocks in a handful of fonts
	slot := &fontCache[fnv32(font)&(fontSlots-1)]
	if e := slot.Load(); e != nil && e.font == font {
		return e.c, e.caps, e.ok
	}
	c, caps, ok = readFont(font)
	if len(font) <= 64 {
		slot.Store(&fontEntry{font: strings.Clone(font), c: c, caps: caps, ok: ok})
	}
	return c, caps, ok
}

const fontSlots = 1 << 8

type fontEntry struct {
	font     string
	c        cand
	caps, ok bool
}

var fontCache [fontSlots]atomic.Pointer[fontEntry]

// readFont is fontHint without the cache.
func readFont(font string) (c cand, caps, ok bool) {
	f := strings.TrimSpace(font)
	// RTF font tables append the charset to the family: ".VnTimeH Tur"
	for _, suf := range []string{" CE", " Cyr", " Greek", " Tur", " Baltic", " (Hebrew)", " (Arabic)", " (Vietnamese)", " (Western)"} {
		f = strings.TrimSuffix(f, suf)
	}
	l := strings.ToLower(f)
	switch {
	case strings.HasPrefix(l, ".vn") && !strings.HasPrefix(l, ".vni"),
		// the dot is sometimes lost: "VnTime", "VnArialH"
		len(f) > 2 && strings.HasPrefix(l, "vn") && !strings.HasPrefix(l, "vni") && f[2] >= 'A' && f[2] <= 'Z':
		return candTCVN3, strings.HasSuffix(f, "H"), true
	case strings.HasPrefix(l, "vni-") || strings.HasPrefix(l, "vni "):
		return candVNI, false, true
	case f == "":
		return 0, false, false
	}
	for _, u := range unicodeFonts {
		if strings.HasPrefix(l, u) {
			return candIdent, false, true
		}
	}
	return 0, false, false
}

// unicodeFonts are families that shipped with Unicode Vietnamese glyphs;
// text in them is taken as already Unicode unless the words say otherwise.
var unicodeFonts = []string{"times new roman", "arial", "tahoma", "verdana", "calibri", "cambria",
	"courier new", "segoe", "palatino linotype", "garamond", "georgia", "helvetica"}

// capsFont reports whether font is a TCVN3 capitals font.
func capsFont(font string) bool {
	c, caps, ok := fontHint(font)
	return ok && c == candTCVN3 && caps
}
