package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
)

// Kinds of whole-file failure, carried from the child process as text.
const (
	kindCorrupt   = "corrupt"
	kindEncrypted = "encrypted"
	kindTooLarge  = "too large"
)

// maxTreeNodes bounds the page-tree walk: a tree whose Kids loop back on
// themselves must not be walked forever.
const maxTreeDepth = 64

// extract reads every page's glyphs with the library and builds lines. A
// page the library fails on gets Err and no lines; the rest go on. Panics
// are recovered per page and for the whole file; the caller must still run
// this where it can be abandoned (see Reader), since the library can loop.
func extract(ctx context.Context, data []byte, maxPages int) (d *docText) {
	d = &docText{}
	defer func() {
		if v := recover(); v != nil {
			d.Err, d.Kind = fmt.Sprintf("pdf library panic: %v", v), kindCorrupt
		}
	}()
	if prevLoop(data) {
		d.Err, d.Kind = "cross-reference sections form a loop", kindCorrupt
		return d
	}
	if xrefTooLarge(data) {
		d.Err, d.Kind = "cross-references declare more objects than the file has bytes", kindCorrupt
		return d
	}
	if fixed, ok := expandFilters(data); ok {
		data = fixed
		d.Warnings = append(d.Warnings, "abbreviated stream filter names spelt out and cross-references rebuilt")
	}
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		d.Err, d.Kind = err.Error(), kindCorrupt
		if errors.Is(err, lpdf.ErrInvalidPassword) || strings.Contains(strings.ToLower(err.Error()), "encrypt") {
			d.Kind = kindEncrypted
		}
		return d
	}
	d.Title = docTitle(r)
	pages := walkPages(r.Trailer().Key("Root").Key("Pages"), maxPages+1)
	d.Count = len(pages)
	if n := int(r.Trailer().Key("Root").Key("Pages").Key("Count").Int64()); n > d.Count && d.Count <= maxPages {
		d.Warnings = append(d.Warnings, fmt.Sprintf("page tree lists %d pages, %d found", n, d.Count))
	}
	if len(pages) > maxPages {
		pages = pages[:maxPages]
		d.Truncated = true
		d.Warnings = append(d.Warnings, fmt.Sprintf("only the first %d pages read", maxPages))
	}
	fonts := map[string]bool{}
	for i, p := range pages {
		if ctx.Err() != nil {
			d.Err, d.Kind = ctx.Err().Error(), kindCorrupt
			return d
		}
		d.Pages = append(d.Pages, readPage(p, i+1, fonts, &d.Warnings))
	}
	return d
}

// docTitle is the document information dictionary's /Title, if any.
func docTitle(r *lpdf.Reader) (title string) {
	defer func() {
		if recover() != nil {
			title = ""
		}
	}()
	t := r.Trailer().Key("Info").Key("Title").Text()
	return strings.Join(strings.Fields(strings.ToValidUTF8(t, "")), " ")
}

// walkPages lists the page objects of a page tree in order, visiting the
// tree once (the library's Reader.Page walks it from the root on every
// call). A Pages node met twice (Kids looping back) is skipped; the walk
// also stops after max pages or maxTreeDepth levels.
func walkPages(root lpdf.Value, max int) []lpdf.Value {
	var out []lpdf.Value
	seen := map[string]bool{}
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		if len(out) >= max || depth > maxTreeDepth {
			return
		}
		switch v.Key("Type").Name() {
		case "Page":
			out = append(out, v)
			return
		case "Pages", "":
			// The dictionary's text names its Kids, Parent and Count by
			// reference: distinct nodes differ, a revisited node does not.
			key := v.String()
			if seen[key] {
				return
			}
			seen[key] = true
			kids := v.Key("Kids")
			if kids.Kind() != lpdf.Array {
				if v.Key("Contents").Kind() != lpdf.Null {
					out = append(out, v) // a page without /Type
				}
				return
			}
			for i := 0; i < kids.Len() && len(out) < max; i++ {
				walk(kids.Index(i), depth+1)
			}
		}
	}
	walk(root, 0)
	return out
}

// pageHeight is the height of the page's media box, A4 when it has none.
func pageHeight(p lpdf.Value) float64 {
	v := p
	for i := 0; i < maxTreeDepth && !v.IsNull(); i++ {
		if mb := v.Key("MediaBox"); mb.Len() == 4 {
			if h := mb.Index(3).Float64() - mb.Index(1).Float64(); h > 0 {
				return h
			}
			break
		}
		v = v.Key("Parent")
	}
	return 842
}

// readPage reads one page's glyphs, recovering from the library's panics.
func readPage(p lpdf.Value, num int, seen map[string]bool, warnings *[]string) (pg page) {
	fallback := ""
	defer func() {
		if v := recover(); v != nil {
			// The fonts still hint at the encoding of pdftotext's text.
			pg = page{Err: fmt.Sprint(v), Font: fallback, Image: -1}
		}
	}()
	fallback = checkFonts(lpdf.Page{V: p}, seen, warnings)
	glyphs, partial, image := pageGlyphs(p)
	partial = partial || guessedPlaces(glyphs)
	pg.Lines, pg.Font = buildLines(glyphs)
	pg.Height = pageHeight(p)
	annots := annotationText(p)
	pg.Partial = partial || droppedGlyphs(pg.Lines) || annots
	if pg.Image = image; annots {
		pg.Image = -1 // an appearance stream may draw an image
	}
	return pg
}

// guessedPlaces reports whether some glyph has no advance width (a simple
// font without Widths, such as an unembedded standard font): the glyphs
// after it are then placed on top of it, and words run together or are
// taken for a fake bold. pdftotext knows the standard fonts' metrics.
func guessedPlaces(gs []glyph) bool {
	for i := range gs {
		if gs[i].W <= 0 && strings.TrimSpace(gs[i].S) != "" {
			return true
		}
	}
	return false
}

// droppedGlyphs reports whether lines were built without glyphs taken for
// the second stroke of a fake bold: pdftotext may have kept them.
func droppedGlyphs(lines []line) bool {
	for i := range lines {
		if lines[i].dropped > 0 {
			return true
		}
	}
	return false
}

// maxAnnots bounds the annotations looked at on one page.
const maxAnnots = 1000

// annotationText reports whether a page has annotations that may draw
// text: form fields, free text, stamps... anything with an appearance
// stream but links and pop-ups. The interpreter does not read them;
// pdftotext does.
func annotationText(p lpdf.Value) (found bool) {
	defer func() {
		if recover() != nil {
			found = true // unreadable annotations: let pdftotext try
		}
	}()
	annots := p.Key("Annots")
	if annots.Len() > maxAnnots {
		return true
	}
	for i := 0; i < annots.Len(); i++ {
		a := annots.Index(i)
		switch a.Key("Subtype").Name() {
		case "Link", "Popup":
			continue
		}
		if !a.Key("AP").IsNull() {
			return true
		}
	}
	return false
}

// checkFonts warns once per font whose codes have no usable Unicode map. It
// returns the page's first legacy Vietnamese font, or its first font: the
// hint for the page's text when only pdftotext can read it.
func checkFonts(p lpdf.Page, seen map[string]bool, warnings *[]string) (hint string) {
	fonts := p.Resources().Key("Font")
	keys := fonts.Keys()
	sort.Strings(keys)
	for _, k := range keys {
		f := fonts.Key(k)
		name := fontName(f)
		if hint == "" || legacyFont(name) && !legacyFont(hint) {
			hint = name
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		enc := f.Key("Encoding")
		hasMap := f.Key("ToUnicode").Kind() == lpdf.Stream
		switch {
		case f.Key("Subtype").Name() == "Type3" && !hasMap:
			*warnings = append(*warnings, fmt.Sprintf("font %q (Type3) has no ToUnicode map: its text may be unreadable", name))
		case enc.Kind() == lpdf.Name && strings.HasPrefix(enc.Name(), "Identity") && !hasMap:
			*warnings = append(*warnings, fmt.Sprintf("font %q (%s) has no ToUnicode map: its text is unreadable", name, enc.Name()))
		}
	}
	return hint
}

// fontName is a font's BaseFont without the subset tag, as valid UTF-8
// (names are bytes; stray high bytes are read as Latin-1).
func fontName(f lpdf.Value) string {
	name := stripSubset(f.Key("BaseFont").Name())
	if utf8.ValidString(name) {
		return name
	}
	r := make([]rune, len(name))
	for i := range len(name) {
		r[i] = rune(name[i])
	}
	return string(r)
}

// stripSubset removes the "ABCDEF+" subset tag from a BaseFont name.
func stripSubset(name string) string {
	if i := strings.IndexByte(name, '+'); i == 6 {
		return name[i+1:]
	}
	return name
}
