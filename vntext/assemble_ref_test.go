package vntext

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"baocao"
)

// The Assemble of the fifth session's start, kept as the reference the
// faster one is compared with (TestAssembleRef, FuzzAssembleRef): its
// short cut (plainUnicodeRef) took fewer blocks, its join cleaned every
// line, and its tally was a map. Detection proper (analyse, choose,
// render) is shared.

func assembleRef(c *baocao.Content, opt Options) (Text, error) {
	var dec decoded
	var err error
	if opt.From != "" {
		var enc Encoding
		if enc, err = ParseEncoding(opt.From); err != nil {
			return Text{}, fmt.Errorf("assemble: %w", err)
		}
		dec, err = decodeForced(c.Blocks, enc, opt.CapsFonts)
	} else {
		dec, err = decodeDetectRef(c, opt.CapsFonts)
	}
	if err != nil {
		return Text{}, fmt.Errorf("assemble: %w", err)
	}
	t := joinRef(c, dec.texts)
	var w tallyRef
	for e, n := range dec.words.byName() {
		w.add(e, n)
	}
	t.Encoding = string(labelRef(&dec, &w, c.Encoding))
	return t, nil
}

// byName returns the tally's counts by encoding name.
func (t *tally) byName() map[Encoding]int {
	m := map[Encoding]int{}
	for k, e := range tallyEncodings {
		if t.n[k] != 0 {
			m[e] = t.n[k]
		}
	}
	if extra := t.total - sum(m); extra != 0 {
		m["(other)"] = extra // kept out of result, counted in the total
	}
	return m
}

func sum(m map[Encoding]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func labelRef(d *decoded, words *tallyRef, readerEnc string) Encoding {
	if d.enc != "" {
		return d.enc
	}
	if e := words.result(); e != "" {
		if r := readerLabel(readerEnc); (e == UTF8 || e == NFD) && r != UTF8 {
			return r
		}
		return e
	}
	if d.raw != "" {
		return d.raw
	}
	return readerLabel(readerEnc)
}

func decodeDetectRef(c *baocao.Content, capsFonts bool) (decoded, error) {
	d := decoded{texts: make([]string, len(c.Blocks))}
	if err := decodeRaw(c.Blocks, &d); err != nil {
		return d, err
	}
	if isVIQRDocument(c.Blocks) {
		for i, bl := range c.Blocks {
			d.texts[i] = decodeVIQR(bl.Text)
		}
		d.enc = VIQR
		return d, nil
	}
	ds := make([]blockDecision, len(c.Blocks))
	for i, bl := range c.Blocks {
		if bl.Raw != nil || bl.Text == "" {
			ds[i].done = true
			continue
		}
		if u, ok := unMojibake(bl.Text); ok && mojibakeWins(bl.Text, u) {
			d.texts[i] = composeNFC(u)
			pos, neg := scoreUnicode(d.texts[i])
			d.words.add(Mojibake, pos+neg)
			ds[i].done = true
			continue
		}
		hint, _, hasHint := readFont(bl.Font)
		if plainDetect && (!hasHint || hint == candIdent) {
			if n, stable, ok := plainUnicodeRef(bl.Text, !hasHint); ok {
				d.texts[i], ds[i].label = bl.Text, UTF8
				if !stable {
					d.texts[i], ds[i].label = composeNFC(bl.Text), candLabel(candIdent, bl.Text)
				}
				ds[i].main, ds[i].sure, ds[i].plain = candIdent, true, n
				continue
			}
		}
		p := analyse(bl.Text, false, hasHint && hint != candIdent)
		ds[i].p = p
		ds[i].main, ds[i].sure = p.choose(hint, hasHint)
	}
	inherit(ds)
	for i, bl := range c.Blocks {
		if ds[i].done {
			continue
		}
		if ds[i].p == nil {
			d.words.add(ds[i].label, ds[i].plain)
			continue
		}
		var counts [nCand]int
		d.texts[i] = ds[i].p.render(ds[i].main, capsFonts && capsFont(bl.Font), &counts, false)
		for k, n := range counts {
			d.words.add(candLabel(cand(k), bl.Text), n)
		}
	}
	return d, nil
}

func plainUnicodeRef(s string, needWitness bool) (words int, stable, ok bool) {
	props := runeProps()
	witness := !needWitness
	stable = true
	start := -1
	nonASCII, legacyFree := false, true
	for i := 0; ; {
		var r rune
		n := 1
		var p uint8
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				r, p = rune(c), props[c]
			} else {
				r, n = DecodeLatin(s, i)
				p = runeProp(props, r)
			}
		}
		if i < len(s) && p&propWord != 0 {
			if start < 0 {
				start, nonASCII, legacyFree = i, false, true
			}
			if r >= utf8.RuneSelf {
				nonASCII = true
				legacyFree = legacyFree && p&propCP1252 == 0
			}
		} else if start >= 0 {
			if w := s[start:i]; nonASCII && !footnoteMark(w) {
				if identClass(w) <= 0 {
					return 0, false, false
				}
				witness = witness || legacyFree
			}
			if nonASCII {
				words++
			}
			start = -1
		}
		if i >= len(s) {
			break
		}
		stable = stable && (r < utf8.RuneSelf || p&propStable != 0)
		i += n
	}
	return words, stable, witness
}

func joinRef(c *baocao.Content, texts []string) Text {
	var b strings.Builder
	var starts []int
	page := 0
	for i := 0; i < len(c.Blocks); {
		j := i
		for j+1 < len(c.Blocks) && c.Blocks[j].Break == baocao.BreakNone && c.Blocks[j+1].Page == c.Blocks[i].Page {
			j++
		}
		for page < c.Blocks[i].Page {
			starts = append(starts, b.Len())
			page++
		}
		if i == j {
			b.WriteString(Clean(texts[i]))
		} else {
			var g strings.Builder
			for k := i; k <= j; k++ {
				g.WriteString(texts[k])
			}
			b.WriteString(Clean(g.String()))
		}
		switch c.Blocks[j].Break {
		case baocao.BreakCell:
			b.WriteString(BreakCellSep)
		case baocao.BreakLine:
			b.WriteByte('\n')
		case baocao.BreakPara, baocao.BreakPage:
			b.WriteString("\n\n")
		}
		i = j + 1
	}
	t := Text{Text: strings.TrimRight(b.String(), " \n\t") + "\n"}
	if c.Pages > 0 || len(starts) > 0 {
		for len(starts) < c.Pages {
			starts = append(starts, len(t.Text))
		}
		for i := range starts {
			if starts[i] > len(t.Text) {
				starts[i] = len(t.Text)
			}
		}
		t.PageStarts = starts
	}
	return t
}

type tallyRef struct {
	n     map[Encoding]int
	total int
}

func (t *tallyRef) add(e Encoding, n int) {
	if n == 0 {
		return
	}
	if t.n == nil {
		t.n = map[Encoding]int{}
	}
	if e == TCVN3H {
		e = TCVN3
	}
	t.n[e] += n
	t.total += n
}

func (t *tallyRef) result() Encoding {
	var best, second Encoding
	for _, e := range Encodings() {
		if t.n[e] > t.n[best] {
			best, second = e, best
		} else if t.n[e] > t.n[second] {
			second = e
		}
	}
	if best == "" || t.n[best] == 0 {
		return ""
	}
	if n := t.n[second]; second != "" && n >= 3 && n*20 >= t.total {
		return Mixed
	}
	return best
}

// isCP1252Ref is isCP1252 before the property table.
func isCP1252Ref(s string) bool {
	for _, r := range s {
		if _, ok := cp1252Byte(r); !ok {
			return false
		}
	}
	return true
}
